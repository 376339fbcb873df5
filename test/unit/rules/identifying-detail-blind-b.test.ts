// Second blind batch of 2026-11-30 for identifying-detail (test/corpus/names/blind-2026-11-30-b.ts): written
// before reading the rule or the other corpora. Every identifying-detail finding counts (any kind); a report
// case is right when a finding overlaps the nth occurrence of its span and covers it or lies inside it; a
// silent case when the rule reports nothing. Prints precision and recall per class.
//
// First run (held out, rule as of 5e5137f): 115 cases (54 report, 61 silent); recall 0.28 (15/54), precision
// 0.94 (15 right reports, 1 false alarm), 60/61 silent cases silent. Per class, recall/precision (report+silent
// cases): bare-surname 0.00/- (7+0: "Okonkwo told officers" after "Mr Okonkwo"), bracket-name 0.33/1.00 (6+6),
// nickname 0.20/1.00 (5+5), handle 0.40/1.00 (5+3), phone 0.00/- (3+3), vehicle 0.00/- (2+2; "Ford Focus" was
// reported as a person instead of the registration), reference-number 0.00/- (3+2), named-setting 0.71/1.00
// (7+4: a church and a mosque missed), village 0.00/- (2+0), employer 0.00/- (2+1), date-with-age 0.50/1.00
// (4+3), family-words 0.00/- (3+3: a given name alone inside quoted speech), word-paste 0.50/1.00 (4+3),
// table-list 1.00/1.00 (1+1); silent classes cited-author (2), national-case (4), region (4), organisation (4),
// role (2), name-like-word (5) all silent; pseudonym 3/4 silent (false alarm: "Leo" in "the young person is
// called Leo, a name he chose himself").
// After generalising the rule by sentence and document structure (so no longer held out): recall 0.98 (53/54),
// precision 1.00, no false alarm; every class 1.00/1.00 but family-words (2/3: an unlisted given name alone in
// quotes, "Tell Shireen I'm sorry", is still missed). The other two corpora are unchanged (cases.ts 1.00/1.00,
// the first blind batch recall 0.98, precision 1.00). 20 fresh probes written after the changes: 18/20 on first
// run (8/10 reported, 10/10 silent); misses "In October Adeyemi-Clarke noted" (a month before a bare surname,
// then fixed) and "Father was a cleaner at Westgate Leisure Centre" (an employer with no verb of work, left).
import { describe, expect, it } from 'vitest';
import { Linter, applyFix, type Finding } from '../../../src/engine/index';
import { BLIND_CASES_2026_11_30_B, type BlindBCase } from '../../corpus/names/blind-2026-11-30-b';

const RULE_ID = 'identifying-detail';
const PREFIX = '# Local Child Safeguarding Practice Review: Child J\n\n## Background\n\n';

function draftOf(testCase: BlindBCase): string {
  return testCase.document ? testCase.text : `${PREFIX}${testCase.text}\n`;
}

const linters = new Map<string, Linter>();
function lint(text: string, allowNames: string[] = []): Finding[] {
  const key = JSON.stringify(allowNames);
  let linter = linters.get(key);
  if (!linter) linters.set(key, (linter = new Linter({ allowNames })));
  return linter.lint(text).findings;
}

/** Offset in the draft of the nth occurrence of the case's span. */
function spanStart(testCase: BlindBCase): number {
  const base = testCase.document ? 0 : PREFIX.length;
  let at = -1;
  for (let seen = 0; seen <= (testCase.nth ?? 0); seen++) {
    at = testCase.text.indexOf(testCase.span!, at + 1);
    if (at < 0) throw new Error(`span ${JSON.stringify(testCase.span)} (occurrence ${testCase.nth ?? 0}) not in ${JSON.stringify(testCase.text)}`);
  }
  return base + at;
}

interface Outcome {
  testCase: BlindBCase;
  correct: boolean;
  found: string[];
}

function run(testCase: BlindBCase): Outcome {
  const text = draftOf(testCase);
  const findings = lint(text, testCase.allowNames).filter((finding) => finding.ruleId === RULE_ID);
  const found = findings.map((finding) => text.slice(finding.range.start.offset, finding.range.end.offset));
  if (testCase.expect === 'silent') return { testCase, correct: findings.length === 0, found };
  const start = spanStart(testCase);
  const end = start + testCase.span!.length;
  const correct = findings.some((finding) => {
    const from = finding.range.start.offset;
    const to = finding.range.end.offset;
    const covers = from <= start && to >= end;
    const inside = from >= start && to <= end && to - from >= 2;
    return covers || inside;
  });
  return { testCase, correct, found };
}

/** One row of a per-class table: how many cases each way, recall, precision and false alarms. */
function classRow(name: string, mine: readonly Outcome[]) {
  const reports = mine.filter((outcome) => outcome.testCase.expect === 'report');
  const silents = mine.filter((outcome) => outcome.testCase.expect === 'silent');
  const truePositives = reports.filter((outcome) => outcome.correct).length;
  const falseAlarms = silents.filter((outcome) => !outcome.correct).length;
  const precision = truePositives + falseAlarms === 0 ? 1 : truePositives / (truePositives + falseAlarms);
  const recall = reports.length === 0 ? 1 : truePositives / reports.length;
  return { class: name, report: reports.length, silent: silents.length, recall: recall.toFixed(2), precision: precision.toFixed(2), 'false alarms': falseAlarms };
}

describe('identifying-detail blind batch 2026-11-30-b (held out when written)', () => {
  const outcomes = BLIND_CASES_2026_11_30_B.map(run);

  it('prints precision and recall per class', () => {
    const classes = [...new Set(outcomes.map((outcome) => outcome.testCase.class))];
    const rows = [...classes.map((cls) => classRow(cls, outcomes.filter((outcome) => outcome.testCase.class === cls))), classRow('ALL', outcomes)];
    console.log(`identifying-detail blind batch 2026-11-30-b: ${outcomes.length} cases`);
    console.table(rows);
    const failures = outcomes.filter((outcome) => !outcome.correct);
    if (failures.length > 0) console.log(failures.map((outcome) => `${outcome.testCase.expect} [${outcome.testCase.class}] ${JSON.stringify(outcome.testCase.text.slice(0, 110))} → ${JSON.stringify(outcome.found)}`).join('\n'));
    expect(outcomes.length).toBeGreaterThanOrEqual(80);
    // Floors at the figures after the rule was generalised (no longer held out; see the comment above).
    const reports = outcomes.filter((outcome) => outcome.testCase.expect === 'report');
    const silents = outcomes.filter((outcome) => outcome.testCase.expect === 'silent');
    expect(reports.filter((outcome) => outcome.correct).length / reports.length).toBeGreaterThanOrEqual(0.95);
    expect(silents.filter((outcome) => !outcome.correct).map((outcome) => outcome.testCase.text)).toEqual([]);
  });

  it('applying any suggestion of any of its findings adds no finding anywhere', () => {
    let applied = 0;
    for (const testCase of BLIND_CASES_2026_11_30_B) {
      const text = draftOf(testCase);
      const before = lint(text, testCase.allowNames);
      const beforeKeys = before.map((finding) => finding.ruleId);
      for (const finding of before.filter((candidate) => candidate.ruleId === RULE_ID)) {
        for (const suggestion of finding.suggestions ?? []) {
          const outcome = applyFix(text, suggestion);
          expect(outcome.conflict, suggestion.title).toBe(false);
          const remaining = [...beforeKeys];
          for (const key of lint(outcome.output, testCase.allowNames).map((after) => after.ruleId)) {
            const at = remaining.indexOf(key);
            expect(at, `${suggestion.title} on ${JSON.stringify(testCase.text)} added: ${key}`).toBeGreaterThanOrEqual(0);
            remaining.splice(at, 1);
          }
          applied++;
        }
      }
    }
    expect(applied).toBeGreaterThan(10);
  }, 120_000);
});

/** The identifying-detail findings of a text under "## Background", as "kind:text". */
function found(body: string, allowNames: string[] = []): string[] {
  const text = `${PREFIX}${body}\n`;
  return lint(text, allowNames)
    .filter((finding) => finding.ruleId === RULE_ID)
    .map((finding) => `${finding.data?.kind}:${text.slice(finding.range.start.offset, finding.range.end.offset)}`);
}

describe('identifying-detail: sentence and document structure (blind batch 2026-11-30-b)', () => {
  it('reports a bare surname once the draft has named the person, in any section, not a word a sentence capitalises', () => {
    expect(found('Police arrested Mr Okonkwo at home. Okonkwo told officers that Child D had fallen.')).toEqual(['name:Mr Okonkwo', 'name:Okonkwo']);
    expect(found('DC Aldous spoke to Father. In October Aldous completed a risk assessment.')).toEqual(['name:DC Aldous', 'name:Aldous']);
    const draft = '# Review: Child D\n\n## Background\n\nMs Nowakowska, Mother’s sister, called the police.\n\n## Findings\n\nNowakowska’s concerns were not passed on.\n';
    expect(lint(draft).filter((finding) => finding.ruleId === RULE_ID).map((finding) => draft.slice(finding.range.start.offset, finding.range.end.offset))).toEqual(['Ms Nowakowska', 'Nowakowska']);
    // Opening a sentence, a surname that is also a word is the person only before a possessive, a comma or a verb.
    expect(found('Mr Young was the landlord. Young people on the estate knew him.')).toEqual(['name:Mr Young']);
    expect(found('Mrs Best said no. Best practice was followed.')).toEqual(['name:Mrs Best']);
    expect(found('Mr Young was the landlord. Young later told police he was away.')).toEqual(['name:Mr Young', 'name:Young']);
    // Not a citation, nor part of another capitalised run.
    expect(found('Dr Okafor saw Child D. Okafor (2019) is a different author; Okafor Road is a street.')).toEqual(['name:Dr Okafor']);
    // A surname never reported (a cited author, a published case) is not looked for.
    expect(found('Munro (2011) argued for learning. Munro also warned against compliance.')).toEqual([]);
  });

  it('reports one capitalised word in brackets after a role label, not an age, a role, a status or a nationality', () => {
    expect(found('Sibling 2 (Oliwia) was not spoken to.')).toEqual(['name:Oliwia']);
    expect(found('Child B (Amelia, aged 4) was taken to the GP.')).toEqual(['name:Amelia']);
    expect(found('Maternal Aunt [Shannon] attended the conference.')).toEqual(['name:Shannon']);
    expect(found('The youngest sibling (Reuben) stayed with Maternal Grandmother.')).toEqual(['name:Reuben']);
    for (const body of ['Sibling 2 (aged 6) was not seen alone.', 'Practitioner 3 (Health Visitor) recalled it.', 'Sibling 1 (Deceased) was not in the household.', 'Agency 3 (Police) shared the log.', 'Father (Albanian) declined to take part.', 'Sibling 1 (Child E) was placed with kin.']) {
      expect(found(body), body).toEqual([]);
    }
  });

  it('reports nicknames in quotes after "known … as" and "went by", and a given name in quoted speech', () => {
    expect(found('Child R was known on the estate as ‘Tank’.')).toEqual(['name:Tank']);
    expect(found('He went by "Bones" online.')).toEqual(['name:Bones']);
    expect(found("Older boys called him 'Lil Skip'.")).toEqual(['name:Lil Skip']);
    expect(found('Police linked Child T to an older male known as "Dread".')).toEqual(['name:Dread']);
    expect(found('Maternal Grandmother said: “Our Jayden was never any trouble.”')).toEqual(['name:Jayden']);
    for (const body of ['The partnership uses the approach known as ‘Signs of Safety’.', 'Young people called the police ‘the feds’.', '“Grace was the word I kept coming back to,” Mother said.', 'Mother said: “He loved watching Ben and Holly.”', 'Child R called the foster carer ‘Nana’.']) {
      expect(found(body), body).toEqual([]);
    }
  });

  it('keeps a declared pseudonym declared ("a name he chose", "known in this report as") and not a bare "known as"', () => {
    expect(found('The young person is called Leo, a name he chose himself. Leo was 12.')).toEqual([]);
    expect(found('The young person, known in this report as Noor, was 14. Noor went missing twice.')).toEqual([]);
    expect(found('A man known as Tosin Bakare was staying at the address.')).toEqual(['name:Tosin Bakare']);
  });

  it('reports e-mail addresses, handles named by their platform, phone numbers, registrations and reference numbers', () => {
    expect(found('Mother emailed from sharon.t1984@hotmail.co.uk.')).toEqual(['email:sharon.t1984@hotmail.co.uk']);
    expect(found('Messages from the Snapchat account lilmaz.2008 were found.')).toEqual(['handle:lilmaz.2008']);
    expect(found('He contacted her on Discord as DarkKnight_99.')).toEqual(['handle:DarkKnight_99']);
    expect(found('Father texted from 07700 900123; the number +44 7700 900461 was saved as “Uncle”.')).toEqual(['phone:07700 900123', 'phone:+44 7700 900461']);
    expect(found('Police stopped a silver Ford Focus, registration KX19 LMO.')).toEqual(['vehicle:KX19 LMO']);
    expect(found('The crime reference (CR/0412876/22) was not shared; Mother’s National Insurance number is QQ 12 34 56 C.')).toEqual(['reference-number:CR/0412876/22', 'reference-number:QQ 12 34 56 C']);
    for (const body of [
      'Copies are available from safeguarding.partnership@example.gov.uk.',
      'Child K used Snapchat and TikTok every evening; Facebook 2019 data was not checked.',
      'Nobody told Child K about Childline (0800 1111) or the NSPCC helpline (0808 800 5000).',
      'The office line is 0121 496 0000.',
      'Mother rang 999 at 02:14. Between 2019 and 2023, 1,247 children were referred.',
      'They travelled on the M62; Child T was in Year 6 (KS2).',
      'Paragraph 5.3.2 of Working Together 2023; Recommendation 4 (R4); the 2023/24 reference year.',
    ]) {
      expect(found(body), body).toEqual([]);
    }
  });

  it('reports a named place of worship or club someone attended, a named village and a relative’s named employer', () => {
    expect(found('Mother and the children attended St Aidan’s Church most Sundays.')).toEqual(['community-setting:St Aidan’s Church']);
    expect(found('After school he went to classes at the Al-Noor Mosque.')).toEqual(['community-setting:Al-Noor Mosque']);
    expect(found('The family moved to the village of Lower Brackenthwaite.')).toEqual(['village:Lower Brackenthwaite']);
    expect(found('In Fellside Green, a village of about 300 people, they knew no one.')).toEqual(['village:Fellside Green']);
    expect(found('Father worked nights as a porter at St Mary’s Hospital, Wigan.')).toEqual(['employer:St Mary’s Hospital']);
    for (const body of [
      'The Al-Noor Mosque offered the family food parcels.',
      'She attended the local Baptist Church; he went to the After School Club and the Youth Club.',
      'The family moved from Greater Manchester to rural Cumbria, a county of small villages.',
      'The health visitor was employed by Bridgewater Community Healthcare NHS Foundation Trust.',
      'Mother worked at Tesco; Father worked nights as a hospital porter.',
    ]) {
      expect(found(body), body).toEqual([]);
    }
  });

  it('reports an exact date beside an age in days or weeks (a date of birth given away), not beside an age in years', () => {
    expect(found('On 14 March 2023 Baby T, then 19 days old, was seen by the GP.')).toEqual(['dated-age:On 14 March 2023']);
    expect(found('Baby H was admitted on 02/08/2022 at seven weeks old.')).toEqual(['dated-age:on 02/08/2022']);
    for (const body of ['On 14 March 2023 Child T (aged 7) was seen by the GP.', 'In March 2023 Baby T, then three weeks old, was seen by the GP.', 'Baby M was born at 34 weeks and went home on 3 May 2023.']) {
      expect(found(body), body).toEqual([]);
    }
  });
});
