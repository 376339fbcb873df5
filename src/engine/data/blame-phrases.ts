// Hindsight and blame phrasing (domain brief, section 7). Reviews look for learning about the
// system, not fault (Working Together 2023, chapter 5); each phrase carries advice on what to write
// instead, and a direct replacement where one reads correctly in place.
//
// Phrase syntax, kept small so the list stays readable:
//   words separated by spaces; any run of whitespace in the text matches one space;
//   "a|b"   one of several words ("job|jobs", "careless|carelessly");
//   "(w)"   an optional word ("(properly)");
//   "*"     a possessive pronoun (his, her, their, its);
//   "'"     matches a straight or curly apostrophe.
// Matching ignores case and needs whole words.

export type BlameKind = 'blame' | 'hindsight';

export interface BlamePhrase {
  phrase: string;
  kind: BlameKind;
  /** What to write instead, as an instruction to the author. */
  advice: string;
  /** A replacement that reads correctly in place of the phrase; offered as a suggestion, never applied. */
  replacement?: string;
}

const NOT_ABLE = 'say what did not happen ("did not", "was not able to") and what made it hard at the time';
const SYSTEM = 'describe what happened and what in the system did not support the practitioner';
const AT_THE_TIME = 'describe what was known at the time, and what would have helped practitioners see it then';
const OUTCOME = 'describe what might have made a difference, without judging decisions by the outcome';

export const BLAME_PHRASES: readonly BlamePhrase[] = [
  { phrase: 'failed to', kind: 'blame', advice: NOT_ABLE, replacement: 'did not' },
  { phrase: 'failing to', kind: 'blame', advice: NOT_ABLE },
  { phrase: 'failure to', kind: 'blame', advice: NOT_ABLE },
  { phrase: 'negligent|negligently|negligence', kind: 'blame', advice: SYSTEM },
  { phrase: 'incompetent|incompetently|incompetence', kind: 'blame', advice: 'describe what practitioners were asked to do and the support, training and supervision they had' },
  { phrase: 'inexcusable|inexcusably', kind: 'blame', advice: 'describe what happened and the conditions that allowed it' },
  { phrase: 'no excuse|excuses', kind: 'blame', advice: 'describe what happened and the conditions that allowed it' },
  { phrase: 'was|were at fault', kind: 'blame', advice: SYSTEM },
  { phrase: 'careless|carelessly|carelessness', kind: 'blame', advice: 'describe what happened and what made it more likely' },
  { phrase: 'blame lies|rests with', kind: 'blame', advice: 'state the learning for the system instead of where blame lies' },
  { phrase: 'dereliction', kind: 'blame', advice: SYSTEM },
  { phrase: 'did not do * job|jobs (properly)', kind: 'blame', advice: 'describe what practitioners were asked to do and the support, caseloads and supervision they had' },
  { phrase: "didn't do * job|jobs (properly)", kind: 'blame', advice: 'describe what practitioners were asked to do and the support, caseloads and supervision they had' },
  { phrase: 'should have known', kind: 'hindsight', advice: AT_THE_TIME },
  { phrase: 'should have realised|realized|recognised|recognized|spotted', kind: 'hindsight', advice: AT_THE_TIME },
  { phrase: 'should have been obvious', kind: 'hindsight', advice: 'describe what the information available at the time showed' },
  { phrase: 'obviously', kind: 'hindsight', advice: 'give the evidence and let the reader judge it, without hindsight' },
  { phrase: 'clearly missed', kind: 'hindsight', advice: 'say what was not recognised and what made it hard to see at the time', replacement: 'did not recognise' },
  { phrase: 'with|in hindsight', kind: 'hindsight', advice: AT_THE_TIME },
  { phrase: 'with the benefit of hindsight', kind: 'hindsight', advice: AT_THE_TIME },
  { phrase: 'could|would have been avoided|prevented', kind: 'hindsight', advice: OUTCOME },
];
