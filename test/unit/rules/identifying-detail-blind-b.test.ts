// Sentence and document structure that identifying-detail reads, written after the second blind batch of
// 2026-11-30 (test/corpus/names/blind-2026-11-30-b.ts, judged with its per-class figures in
// identifying-detail-corpus.test.ts): each shape both ways, with the traps next to it.
import { describe, expect, it } from 'vitest';
import { Linter, type Finding } from '../../../src/engine/index';

const RULE_ID = 'identifying-detail';
const PREFIX = '# Local Child Safeguarding Practice Review: Child J\n\n## Background\n\n';

const linter = new Linter({});
function lint(text: string): Finding[] {
  return linter.lint(text).findings;
}

/** The identifying-detail findings of a text under "## Background", as "kind:text". */
function found(body: string): string[] {
  const text = `${PREFIX}${body}\n`;
  return lint(text)
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
    for (const body of ['Sibling 2 (aged 6) was not seen alone.', 'Practitioner 3 (Health Visitor) recalled it.', 'Sibling 1 (Deceased) was not in the household.', 'Agency 3 (Police) shared the log.', 'Father (Albanian) declined to take part.', 'Child C (Deaf) was not offered an interpreter.', 'Child D (Nonverbal) used Makaton.', 'Child B (Reception) was seen.', 'Sibling 1 (Child E) was placed with kin.']) {
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
    expect(found('Mother gave her landline, 01942 404404, to the school.')).toEqual(['phone:01942 404404']);
    expect(found('Father texted from 07700 900123; the number +44 7700 900461 was saved as “Uncle”.')).toEqual(['phone:07700 900123', 'phone:+44 7700 900461']);
    expect(found('Police stopped a silver Ford Focus, registration KX19 LMO.')).toEqual(['vehicle:KX19 LMO']);
    expect(found('The crime reference (CR/0412876/22) was not shared; Mother’s National Insurance number is QQ 12 34 56 C.')).toEqual(['reference-number:CR/0412876/22', 'reference-number:QQ 12 34 56 C']);
    for (const body of [
      'Copies are available from safeguarding.partnership@example.gov.uk.',
      'Child K used Snapchat and TikTok every evening; Facebook 2019 data was not checked.',
      'Nobody told Child K about Childline (0800 1111) or the NSPCC helpline (0808 800 5000).',
      'The office line is 0121 496 0000.',
      'Contact: 01234 567890 (Safeguarding Partnership Business Unit).',
      'Tel: 01942 404404',
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
    expect(found('Father was a cleaner at Westgate Leisure Centre for six years.')).toEqual(['employer:Westgate Leisure Centre']);
    for (const body of [
      'The Al-Noor Mosque offered the family food parcels.',
      'She attended the local Baptist Church; he went to the After School Club and the Youth Club.',
      'The family moved from Greater Manchester to rural Cumbria, a county of small villages.',
      'The health visitor was employed by Bridgewater Community Healthcare NHS Foundation Trust.',
      'Mother worked at Tesco; Father worked nights as a hospital porter.',
      'Mother worked hard for Child K and her brother.',
      'Mother was a patient at Royal Oldham Hospital for two weeks; she was a concern for Children’s Social Care.',
      'They moved to the village of Child K’s grandmother.',
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
