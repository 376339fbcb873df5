import { describe, expect, it } from 'vitest';
import { covered, describeBoundedTime, describeDocumentationExamples, findingsOf, sample } from './support';

const RULE_ID = 'blame-language';

const findings = findingsOf(RULE_ID);

function draft(body: string): string {
  return `# Local Child Safeguarding Practice Review: Child J\n\n## Findings\n\n${body}\n`;
}

/** The phrases reported in a body, in order. */
function reported(body: string): string[] {
  const text = draft(body);
  return covered(text, findings(text));
}

function suggestion(body: string): string | undefined {
  return findings(draft(body))[0]?.suggestions?.[0]?.edits[0]?.text;
}

describe('blame-language', () => {
  it('reports "failed to" as info, says what to write instead, and suggests "did not" without fixing', () => {
    const text = draft('The team failed to follow up the missing episodes.');
    const [finding, ...rest] = findings(text);
    expect(rest).toEqual([]);
    expect(finding.severity).toBe('info');
    expect(text.slice(finding.range.start.offset, finding.range.end.offset)).toBe('failed to');
    expect(finding.message).toContain('"did not", "was not able to"');
    expect(finding.fix).toBeUndefined();
    expect(finding.suggestions).toEqual([{ title: 'Replace "failed to" with "did not"', edits: [{ start: finding.range.start.offset, end: finding.range.end.offset, text: 'did not' }] }]);
  });

  it('reports the blame and hindsight phrases of the domain brief', () => {
    const body = [
      'It is inexcusable. There was no excuse. They were at fault. Blame lies with the school. This was a dereliction of duty.',
      'Officers should have known the signs; it should have been obvious. The risk was clearly missed.',
      'With the benefit of hindsight, the risk was high. In hindsight the decision was wrong. He was obviously distressed.',
      'The nurse was careless and negligent; incompetence was alleged. Practitioners did not do their job properly.',
      'This could have been prevented. The outcome could have been avoided.',
    ].join('\n\n');
    expect(reported(body)).toEqual([
      'inexcusable', 'no excuse', 'at fault', 'Blame lies with', 'dereliction',
      'should have known', 'should have been obvious', 'clearly missed',
      'With the benefit of hindsight', 'In hindsight', 'obviously',
      'careless', 'negligent', 'incompetence', 'did not do their job properly',
      'could have been prevented', 'could have been avoided',
    ]);
  });

  it('keeps the capital of a sentence-initial phrase in the suggestion', () => {
    expect(suggestion('Failed to attend appointments three times.')).toBe('Did not');
    expect(suggestion('The police clearly missed the significance of the cash.')).toBe('did not recognise');
  });

  it('offers no suggestion where the replacement would not read ("had failed to", "was clearly missed")', () => {
    expect(reported('The social worker had failed to see him alone.')).toEqual(['failed to']);
    expect(suggestion('The social worker had failed to see him alone.')).toBeUndefined();
    expect(suggestion('The significance was clearly missed.')).toBeUndefined();
  });

  it('skips words in quotation marks and blockquotes: a parent\'s own words are evidence', () => {
    expect(reported('Her mother said "they failed to help us" and cried.')).toEqual([]);
    expect(reported('Her mother said “they failed to help us” and cried.')).toEqual([]);
    expect(reported('Her mother said ‘they failed to help us, they didn’t listen’ and cried.')).toEqual([]);
    expect(reported('> The school failed to listen to me, she said.')).toEqual([]);
    // The same sentence outside quotation marks is the reviewer's judgement.
    expect(reported('Her mother said they failed to help.')).toEqual(['failed to']);
  });

  it('needs whole words and leaves neutral wording alone', () => {
    expect(reported('The review has tried to avoid hindsight bias. Practitioners did not see Child J alone; the system did not support them.')).toEqual([]);
    expect(reported('Staff were unfailingly kind. The carelessness-free design.')).toEqual([]);
  });

  it('reads grammatical variants, not a fixed list', () => {
    expect(reported('Agencies failed the family. The school repeatedly failed Child J.')).toEqual(['failed the family', 'failed Child J']);
    expect(reported('The social worker ought to have realised the bruise mattered. The GP should not have closed the case.')).toEqual(['ought to have realised', 'should not have closed']);
    expect(reported('The school let her down. Child J was let down by the system. They kept letting the family down.')).toEqual(['let her down', 'let down', 'letting the family down']);
    expect(reported('There was a litany of failings by the police. The delay was unacceptable.')).toEqual(['litany of failings', 'unacceptable']);
    expect(reported('It was obvious that she was struggling. It was clearly evident that the home was cold.')).toEqual(['obvious', 'clearly evident']);
    expect(reported('Practitioners must have known. The death was preventable.')).toEqual(['must have known', 'preventable']);
  });

  it('stays silent on analysis of the system, the future, medicine and denials', () => {
    expect(reported('The plan failed to specify dates. The referral form failed to ask about fathers. The system did not enable practitioners to see the pattern.')).toEqual([]);
    expect(reported('Agencies should have a shared protocol. By March 2026 every agency should have reviewed its policy.')).toEqual([]);
    expect(reported('The baby was admitted with failure to thrive. Grandfather died of heart failure. There were systemic failings in information sharing.')).toEqual([]);
    expect(reported('It was not obvious at the time. There was no obvious sign. Practitioners could not have known. The review tried to avoid hindsight bias.')).toEqual([]);
    expect(reported('The court found an unacceptable risk of harm. The health visitor never failed to visit.')).toEqual([]);
  });

  it('reads the passive, the quantity as subject, an imagined better practitioner and where blame is placed', () => {
    expect(reported('Child J was failed by every agency. The family had been repeatedly failed.')).toEqual(['failed', 'failed']);
    expect(reported('More could have been done to protect him. The school could have done far more.')).toEqual(['could have been done', 'could have done far more']);
    expect(reported('Any competent practitioner would have seen the pattern. A more experienced worker would have asked.')).toEqual(['would have seen', 'would have asked']);
    expect(reported('Responsibility for the drift rests squarely with the social worker. Blame for the delay lies firmly with the manager.')).toEqual(['Responsibility for the drift rests squarely with', 'Blame for the delay lies firmly with']);
    expect(reported('Clearly, the risk posed by Mr B was missed by all the agencies. Clearly, nobody recognised how frightened she was.')).toEqual(['Clearly', 'Clearly']);
  });

  it('reads judgements of timing, nouns and adverbs of fault, and incredulity in place of explanation', () => {
    expect(reported('The DSL ought not to have accepted the explanation. Agencies could have acted sooner.')).toEqual(['ought not to have accepted', 'could have acted sooner']);
    expect(reported('It was a grave error of judgement. This was a serious lapse in professional standards. The response was woefully inadequate.')).toEqual(['error of judgement', 'lapse in', 'woefully inadequate']);
    expect(reported('It is hard to see how the social worker could have missed the bruise. It is difficult to understand why nobody acted.')).toEqual(['hard to see how', 'difficult to understand why']);
    // Not the verb "lapse", nor a question the review goes on to answer.
    expect(reported('The plan was allowed to lapse in May. It is difficult to understand why the family moved so often; the review heard that rent rose each year.')).toEqual([]);
  });

  it('stays silent where the clause is denied, asked, set aside or names hindsight as a limit', () => {
    // A subject that denies a possibility ("no one could have"), unlike one that judges ("nobody should have").
    expect(reported('No single agency could have prevented what happened. Nothing could have been done once he was injured. The council could have done little more.')).toEqual([]);
    expect(reported('Nobody in the duty team should have accepted the explanation.')).toEqual(['should have accepted']);
    // Indirect questions.
    expect(reported('The review considered whether practitioners should have recognised the signs. It asked whether the outcome was avoidable. It asked if the school had failed to act.')).toEqual([]);
    expect(reported('Whether or not it was intended, the school failed Child J.')).toEqual(['failed Child J']);
    // Judgements named in order to set them aside.
    expect(reported('It would be unfair to say that the police failed to act. It would be wrong to the nursery to call it negligent. It is tempting to conclude that the GP must have known.')).toEqual([]);
    expect(reported('It is fair to say that the police failed to act.')).toEqual(['failed to']);
    // Hindsight named as what makes the past look plain.
    expect(reported('It is only with hindsight that the pattern can be seen. With hindsight, it is easy to see the pattern.')).toEqual([]);
    // Medicine, the system as the one failing someone, and responsibility as a duty.
    expect(reported('Baby R was failing to thrive. The school nurse was failed by the lack of supervision. Responsibility rests entirely with the partnership to put this right. Fault lies with the system.')).toEqual([]);
    expect(reported('Responsibility for chairing the conference rests with the independent chair. The blame rests with no single agency.')).toEqual([]);
  });

  it('reports "should have" in findings but not in the recommendations', () => {
    const text = '# Review\n\n## Findings\n\nThe GP should have referred her.\n\n## Recommendations\n\n1. The ICB should have issued guidance to every practice.\n';
    expect(covered(text, findings(text))).toEqual(['should have referred']);
  });

  it('hides quoted speech but not a scare quote around the reviewer\'s own judgement', () => {
    expect(reported("Mother said 'they let us down' and cried.")).toEqual([]);
    expect(reported('Father described the response as "unacceptable".')).toEqual([]);
    expect(reported('The agency\'s "failure" was \'obvious\'.')).toEqual(['failure', 'obvious']);
    expect(reported('The response was, frankly, "inexcusable".')).toEqual(['inexcusable']);
  });

  describe('sample drafts', () => {
    it('reports every blame and hindsight phrase the lcspr-gaps header lists, on its line', () => {
      const text = sample('lcspr-gaps.md');
      const found = findings(text, { template: 'lcspr' });
      const phrases = covered(text, found);
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
      expect(phrases.filter((phrase) => phrase === 'failed to')).toHaveLength(5);
      for (const phrase of ['should have known', 'negligent', 'inexcusable', 'clearly missed', 'did not do their jobs properly', 'could have been avoided']) {
        const offset = text.indexOf(phrase, text.indexOf('-->'));
        const finding = found.find((candidate) => candidate.range.start.offset === offset);
        expect(finding, phrase).toBeDefined();
        expect(finding!.range.start.line).toBe(lineOf(offset));
        expect(finding!.range.end.offset).toBe(offset + phrase.length);
      }
      // Nothing in the quoted words of Child J's mother or the practitioners.
      const quoteMarksBefore = (offset: number) => (text.slice(text.lastIndexOf('\n', offset) + 1, offset).match(/"/g) ?? []).length;
      expect(found.filter((finding) => quoteMarksBefore(finding.range.start.offset) % 2 === 1)).toEqual([]);
    });

    it('reports nothing in lcspr-complete, lcspr-messy and the rapid review', () => {
      expect(findings(sample('lcspr-complete.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('lcspr-messy.md'), { template: 'lcspr' })).toEqual([]);
      expect(findings(sample('rapid-review.md'), { template: 'rapid-review' })).toEqual([]);
    });
  });

  describeDocumentationExamples(RULE_ID, findings);

  describeBoundedTime(RULE_ID, {
    'phrase prefixes': 'should have been '.repeat(6_000),
    'repeated phrases': 'failed to '.repeat(10_000),
    'phrases inside many quotes': '"failed to" '.repeat(8_000),
    'unclosed curly quotes': '“failed to '.repeat(8_000),
    'single quotes and apostrophes': '‘didn’t ’s '.repeat(9_000),
    'straight single quotes': "'a 'failed' b' didn't ".repeat(5_000),
    'modal chains': 'should have should ought to have been '.repeat(3_000),
    'whitespace runs': `did${' '.repeat(100_000)}not`,
    'letters': 'a'.repeat(100_000),
  });
});
