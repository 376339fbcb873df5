// Hindsight and blame phrasing (domain brief, section 7). Reviews look for learning about the
// system, not fault; each phrase has a neutral alternative for the message.
export interface BlamePhrase {
  /** Words as matched (case-insensitive); "*" stands for one of his/her/their. */
  phrase: string;
  alternative: string;
  /** A direct replacement safe to offer as a suggestion. */
  replacement?: string;
}

export const BLAME_PHRASES: readonly BlamePhrase[] = [
  { phrase: 'failed to', alternative: '"did not" or "was not able to", and why', replacement: 'did not' },
  { phrase: 'failure to', alternative: 'what did not happen, and why' },
  { phrase: 'should have known', alternative: 'what was known at the time and what would have helped practitioners see it' },
  { phrase: 'should have been obvious', alternative: 'what the information available at the time showed' },
  { phrase: 'should have realised', alternative: 'what would have helped practitioners recognise it at the time' },
  { phrase: 'clearly missed', alternative: '"was not recognised", and what made it hard to see', replacement: 'did not recognise' },
  { phrase: 'obviously', alternative: 'the evidence, without judging it with hindsight' },
  { phrase: 'negligent', alternative: 'what happened and what the system did not support' },
  { phrase: 'negligence', alternative: 'what happened and what the system did not support' },
  { phrase: 'incompetent', alternative: 'what practitioners were asked to do and what support they had' },
  { phrase: 'incompetence', alternative: 'what practitioners were asked to do and what support they had' },
  { phrase: 'inexcusable', alternative: 'what happened and the conditions that allowed it' },
  { phrase: 'no excuse', alternative: 'what happened and the conditions that allowed it' },
  { phrase: 'was at fault', alternative: 'what the system did not support' },
  { phrase: 'were at fault', alternative: 'what the system did not support' },
  { phrase: 'careless', alternative: 'what happened and what made it more likely' },
  { phrase: 'blame lies with', alternative: 'the learning for the system' },
  { phrase: 'dereliction', alternative: 'what happened and what the system did not support' },
  { phrase: 'with hindsight', alternative: 'what was known at the time' },
  { phrase: 'in hindsight', alternative: 'what was known at the time' },
  { phrase: 'with the benefit of hindsight', alternative: 'what was known at the time' },
  { phrase: 'could have been avoided', alternative: 'what might have made a difference, without judging with knowledge of the outcome' },
  { phrase: 'could have been prevented', alternative: 'what might have made a difference, without judging with knowledge of the outcome' },
  { phrase: 'would have been prevented', alternative: 'what might have made a difference, without judging with knowledge of the outcome' },
  { phrase: 'did not do * job', alternative: 'what practitioners were asked to do and what support they had' },
  { phrase: 'did not do * jobs', alternative: 'what practitioners were asked to do and what support they had' },
];
