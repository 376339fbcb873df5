import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes, type EngineSettings } from '../../../src/engine/index';
import { describeBoundedTime, describeDocumentationExamples, findingsOf, sample } from './support';

const RULE_ID = 'undefined-acronym';

const findings = findingsOf(RULE_ID);

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child J\n\n## Background\n\n${body}\n`;
}

/** The acronyms reported for a body, in order. */
function reported(body: string, settings: EngineSettings = {}): string[] {
  return findings(draft(body), settings).map((finding) => finding.data!.acronym);
}

describe('undefined-acronym', () => {
  it('reports an acronym that is never spelled out, once, at its first use, as a warning', () => {
    const text = draft('He was referred to CAMHS but did not meet the criteria. CAMHS wrote to the GP.');
    const [finding, ...rest] = findings(text);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe('warning');
    expect(finding.range.start.offset).toBe(text.indexOf('CAMHS'));
    expect(finding.range.end.offset).toBe(text.indexOf('CAMHS') + 'CAMHS'.length);
    expect(finding.message).toBe('Spell out CAMHS at its first use: write "Child and Adolescent Mental Health Services (CAMHS)", or list it in the glossary.');
  });

  it('offers the spell-out of a known acronym as a suggestion, never as a fix', () => {
    const text = draft('He was referred to CAMHS. CAMHS declined.');
    const [finding] = findings(text);
    expect(finding.fix).toBeUndefined();
    expect(finding.suggestions?.[0].edits).toEqual([{ start: text.indexOf('CAMHS'), end: text.indexOf('CAMHS') + 5, text: 'Child and Adolescent Mental Health Services (CAMHS)' }]);
    expect(applyFixes(text, [finding]).applied).toBe(0);
    const fixed = applyFixes(text, [finding], { suggestionsOf: new Set([RULE_ID]) }).output;
    expect(fixed).toContain('referred to Child and Adolescent Mental Health Services (CAMHS). CAMHS declined.');
    expect(findings(fixed)).toEqual([]);
  });

  describe('spell-outs keep the grammar or are not offered', () => {
    const spelled = (body: string) => {
      const text = draft(body);
      const [finding] = findings(text);
      const suggestion = finding?.suggestions?.[0];
      return suggestion ? applyFix(text, suggestion).output.split('\n')[4] : undefined;
    };
    it.each([
      ['The rapid review recommended an LCSPR.', 'The rapid review recommended a Local Child Safeguarding Practice Review (LCSPR).'],
      ['An NRM referral was made.', 'A National Referral Mechanism (NRM) referral was made.'],
      ['He was seen in ED after the fall.', 'He was seen in the Emergency Department (ED) after the fall.'],
      ['Child J was briefly LAC in 2022.', 'Child J was briefly a looked-after child (LAC) in 2022.'],
      ['There was DA in the home.', 'There was domestic abuse (DA) in the home.'],
      ['The HV visited twice.', 'The health visitor (HV) visited twice.'],
      ['She was referred to MASH.', 'She was referred to the Multi-Agency Safeguarding Hub (MASH).'],
      ['MASH received the referral.', 'The Multi-Agency Safeguarding Hub (MASH) received the referral.'],
      ['The family were known to the YJS.', 'The family were known to the Youth Justice Service (YJS).'],
      ['He was referred to CAMHS.', 'He was referred to Child and Adolescent Mental Health Services (CAMHS).'],
      ['Two RHI visits were declined.', 'Two return home interview (RHI) visits were declined.'],
      // A pupil referral unit is a kind of school, written in lower case like other common nouns.
      ['She was placed in a PRU after her exclusion.', 'She was placed in a pupil referral unit (PRU) after her exclusion.'],
      ['He was placed at the PRU.', 'He was placed at the pupil referral unit (PRU).'],
      ['Child J was briefly LAC and then returned home.', 'Child J was briefly a looked-after child (LAC) and then returned home.'],
    ])('%s', (body, expected) => {
      expect(spelled(body)).toBe(expected);
    });
    it('offers nothing where the grammar around it cannot be read', () => {
      expect(spelled('Weekly MASH meetings were held.')).toBeUndefined();
      expect(spelled('The placement was PRU based.')).toBeUndefined();
      expect(spelled('She was PRU educated until Year 11.')).toBeUndefined();
      // An acronym made a verb cannot take its expansion in place.
      expect(spelled("The case was NFA'd by the police.")).toBeUndefined();
    });
  });

  it('does not take shouting or capitals for emphasis in quoted speech for acronyms', () => {
    expect(reported('He shouted "STOP IT" and ran upstairs.')).toEqual([]);
    expect(reported("He shouted 'NO' at her.")).toEqual([]);
    expect(reported('She said "I HATE him" and later said she hated school.')).toEqual([]);
    expect(reported('He wrote GET OUT NOW on the wall.')).toEqual([]);
    expect(reported('She screamed "HELP ME!" from the bedroom.')).toEqual([]);
    // Two words in capitals after a verb of writing or saying are the words written or said.
    expect(reported('On his bedroom wall he had written KEEP OUT in red paint. The sign read NO ENTRY.')).toEqual([]);
    // A word raised by an intensifier, at the end of its phrase or before "that".
    expect(reported("Child T texted her friend: 'im so SCARED'. She was so ANGRY that she left.")).toEqual([]);
    // Not an acronym the sentence goes on from, nor one used after "said".
    expect(reported('The assessment said MACE had met.')).toEqual(['MACE']);
    // A real acronym in quoted speech is still one.
    expect(reported('The teacher said "the MACE panel will decide".')).toEqual(['MACE']);
    expect(reported('Mother said "CAMHS never called back".')).toEqual(['CAMHS']);
  });

  it('does not take a UK postcode for an acronym', () => {
    expect(reported('The family lived near SW1A 1AA and later CR0 2AB; the flat at EC1A1BB.')).toEqual([]);
    expect(reported('The SW team met.')).toEqual(['SW']);
  });

  it('offers no fix when it does not know the expansion, and says how to write one', () => {
    const [finding] = findings(draft('The MACE meeting discussed him.'));
    expect(finding.fix).toBeUndefined();
    expect(finding.message).toContain('the words in full followed by "(MACE)"');
  });

  it('accepts "Expansion (ACR)" and "ACR (Expansion)" at or before the first use', () => {
    expect(reported('He was referred to Child and Adolescent Mental Health Services (CAMHS) and CAMHS declined.')).toEqual([]);
    expect(reported('He was referred to CAMHS (Child and Adolescent Mental Health Services). CAMHS declined.')).toEqual([]);
    expect(reported('An Education, Health and Care Plan (EHCP) was agreed; the Multi-Agency Safeguarding Hub (MASH) and Speech and Language Therapy (SALT) were involved.')).toEqual([]);
    expect(reported('A Domestic Abuse, Stalking and Honour Based Violence (DASH) risk assessment was done.')).toEqual([]);
    expect(reported('Mother had the ICON (Infant crying is normal, Comforting methods can help, It\'s OK to walk away, Never shake a baby) leaflet.')).toEqual([]);
  });

  it('counts an expansion in brackets a few words on in the same sentence, but not in the next', () => {
    expect(reported('There was an ICPC on 4 May (Initial Child Protection Conference). The ICPC made a plan.')).toEqual([]);
    expect(reported('There was an ICPC on 4 May. The conference was quorate (Initial Child Protection Conference).')).toEqual(['ICPC']);
    expect(reported('The MACE and the ICPC met on 4 May (Initial Child Protection Conference).')).toEqual(['MACE']);
  });

  it('reports a use before a later definition, naming the line where it is spelled out', () => {
    const text = draft('CAMHS declined the referral.\n\nLater, Child and Adolescent Mental Health Services (CAMHS) reviewed the decision.');
    const [finding] = findings(text);
    expect(finding.range.start.offset).toBe(text.indexOf('CAMHS'));
    expect(finding.message).toContain(`spelled out later (line ${text.split('\n').findIndex((line) => line.startsWith('Later')) + 1})`);
  });

  it('does not take a bracketed use for a definition unless the words before spell it', () => {
    const text = draft('He was seen at hospital (ED).');
    const [finding] = findings(text);
    expect(finding.data?.acronym).toBe('ED');
    // Spelling it out inside the brackets would nest them; the author rewrites the sentence.
    expect(finding.fix).toBeUndefined();
    expect(reported('He was seen in the Emergency Department (ED).')).toEqual([]);
  });

  it('treats a plural as the acronym ("RHIs" → RHI) and offers no fix for it', () => {
    const [finding] = findings(draft('The RHIs were offered. Later an RHI was held.'));
    expect(finding.data?.acronym).toBe('RHI');
    expect(finding.fix).toBeUndefined();
    expect(reported('Return Home Interviews (RHIs) were offered. Each RHI was declined.')).toEqual([]);
  });

  it('accepts the allowlist, config glossary, placeholders, roman numerals and capitalised words', () => {
    expect(reported('The NHS, the GP and the UK; OK. The MACE meeting discussed him.', { glossary: { MACE: 'Multi-Agency Child Exploitation' } })).toEqual([]);
    expect(reported('TODO: check. Date TBC. XX. FIXME. Part II and Appendix IV. OFFICIAL SENSITIVE: she said NO and DO NOT come.')).toEqual([]);
    // "S47" has one capital: a section number, not an acronym.
    expect(reported('The S47 enquiry was closed.')).toEqual([]);
  });

  it('keeps acronyms made of roman-numeral letters other than I, V and X', () => {
    expect(reported('The DC and the DV advocate spoke to CID officers.')).toEqual(['DC', 'DV', 'CID']);
  });

  it('does not count a heading as the first use, but counts a definition in a heading', () => {
    const text = '# LCSPR: Child S\n\n## Background\n\nThe LCSPR was commissioned in 2023.\n';
    const [finding] = findings(text);
    expect(finding.range.start.line).toBe(5);
    expect(findings('# Local Child Safeguarding Practice Review (LCSPR): Child S\n\n## Background\n\nThe LCSPR was commissioned.\n')).toEqual([]);
  });

  it('counts entries of a glossary section, wherever it is, but not passing mentions in it', () => {
    const glossary = '\n## Glossary\n\n| Term | Meaning |\n|---|---|\n| CSC | Children\'s Social Care |\n\n- **YJS**: Youth Justice Service\n\nTAF – Team Around the Family\nLAC – Looked After Child\n\nTerms such as NRM are explained in the text.\n';
    const text = draft('The family were known to CSC, the YJS and the NRM team; a TAF meeting was held while he was LAC.') + glossary;
    expect(findings(text).map((finding) => finding.data!.acronym)).toEqual(['NRM']);
  });

  describe('sample drafts', () => {
    it('reports exactly the thirteen acronyms lcspr-gaps never defines, each at its first body line', () => {
      const text = sample('lcspr-gaps.md');
      const lines = text.split('\n');
      const bodyStart = lines.findIndex((line) => line.startsWith('-->')) + 1;
      const expected = ['LCSPR', 'YJS', 'CSC', 'EHCP', 'PRU', 'RHI', 'NRM', 'CCE', 'ED', 'CAMHS', 'TAF', 'LAC', 'ASB'];
      const found = findings(text, { template: 'lcspr' });
      expect(found.map((finding) => finding.data!.acronym)).toEqual(expected);
      for (const finding of found) {
        const acronym = finding.data!.acronym;
        const firstLine = lines.findIndex((line, index) => index >= bodyStart && !line.startsWith('#') && new RegExp(`\\b${acronym}s?\\b`).test(line)) + 1;
        expect(finding.range.start.line, acronym).toBe(firstLine);
      }
    });

    it('reports only SGO in lcspr-messy, whose glossary is empty and whose front matter names the LCSPR', () => {
      expect(findings(sample('lcspr-messy.md'), { template: 'lcspr' }).map((finding) => finding.data!.acronym)).toEqual(['SGO']);
    });

    it('reports nothing in lcspr-complete and the rapid review', () => {
      expect(findings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });
  });

  describeDocumentationExamples(RULE_ID, findings);

  describeBoundedTime(RULE_ID, {
    'one long run of capitals': 'A'.repeat(100_000),
    'many short acronyms': 'AB '.repeat(33_000),
    'bracketed acronyms after connectives': `${'and '.repeat(25_000)}(AAAAAAAAAAAAAAAA)`,
    'repeated definitions': 'Aa Bb Cc (ABC) '.repeat(7_000),
    'open brackets': 'ABC ('.repeat(20_000),
    'ampersands and digits': 'A&1'.repeat(33_000),
    'one long line of glossary-like leads': '- AB\n'.repeat(20_000),
    'roman numerals': 'XVI '.repeat(25_000),
  });
});
