// Words of hindsight and blame (domain brief, sections 7 and 10). Reviews look for learning about
// the system, not fault (Working Together 2023, chapter 5). The rule reads sentences with small
// grammars over these word classes (blame-language.ts), not a list of fixed phrases, so "failed the
// family", "ought to have realised", "let her down" and "a litany of failings" are found however
// they are inflected, and "the plan failed to specify dates" is not.

export type BlameKind = 'blame' | 'hindsight';

/** What to write instead, by the shape of what was found. */
export const ADVICE = {
  failed: 'say what did not happen ("did not", "was not able to") and what made it hard at the time',
  failedPerson: 'describe what the family needed and did not get, and what in the system stood in the way',
  failings: 'name what did not happen and the conditions that made it more likely',
  letDown: 'describe what the child or family needed and did not get, and why',
  judgement: 'describe what happened and the conditions that allowed it, and let the reader judge it',
  fault: 'describe what happened and what in the system did not support the practitioner',
  modalPerfect: 'describe what was known at the time, and what would have helped practitioners see or act on it then',
  outcome: 'describe what might have made a difference, without judging decisions by the outcome',
  obvious: 'give the evidence that was available at the time and let the reader judge it, without hindsight',
  hindsight: 'describe what was known at the time, without the knowledge of the outcome',
  job: 'describe what practitioners were asked to do and the support, caseloads and supervision they had',
} as const;

/**
 * Nouns that name a document, plan, tool or part of the system. As the subject of "failed to" they
 * make the sentence analysis of the system ("the plan failed to specify dates", "the referral form
 * failed to ask about fathers"), which is what a review should write, so it is not blame.
 */
export const SYSTEM_NOUNS: ReadonlySet<string> = new Set(
  `plan plans system systems process processes policy policies procedure procedures protocol protocols form forms tool tools
  template templates assessment assessments framework frameworks pathway pathways guidance database software record records
  report reports letter letters chronology chronologies referral referrals design structure structures arrangement arrangements
  approach model screening document documents minutes contract specification checklist questionnaire format criteria
  threshold thresholds mechanism service-level agreement agenda tracker spreadsheet portal alert alerts flag flags placement
  placements attempt attempts intervention interventions treatment medication strategy strategies escalation meeting meetings
  it this which`.split(/\s+/),
);

/** Words before "failure(s)"/"failings" that make it medical, technical or about the system: "heart failure", "systemic failings". */
export const FAILURE_NOT_BLAME: ReadonlySet<string> = new Set(['heart', 'cardiac', 'kidney', 'renal', 'liver', 'hepatic', 'organ', 'respiratory', 'multi-organ', 'lung', 'bowel', 'engine', 'power', 'battery', 'equipment', 'technical', 'system', 'systemic', 'systems']);

/** People and groups a reviewer can blame as the object of "failed" or "let … down". */
export const PERSON_OBJECTS: ReadonlySet<string> = new Set(
  `her him them us me you family families child children baby babies infant sibling siblings mother father parent parents carer carers
  girl boy girls boys teenager teenagers son daughter brother sister grandmother grandfather victim victims community pupil pupils student students`.split(/\s+/),
);

/** Judgements of people or practice that blame whatever they describe. */
export const BLAME_ADJECTIVES: ReadonlySet<string> = new Set(
  `negligent negligently negligence incompetent incompetently incompetence inexcusable inexcusably unforgivable unforgivably
  careless carelessly carelessness culpable culpability disgraceful disgracefully dereliction unprofessional unprofessionally
  lackadaisical complacent complacency unacceptable unacceptably`.split(/\s+/),
);

/**
 * Nouns after which "unacceptable" grades a risk to the child, which is safeguarding analysis
 * ("an unacceptable risk of harm"), not a verdict on practice.
 */
export const RISK_NOUNS: ReadonlySet<string> = new Set(['risk', 'risks', 'harm', 'level', 'levels', 'danger', 'threat']);

/** Participles after "should/ought to have" that are not verbs of knowing or doing. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  `known seen done taken given made spoken told sought thought brought caught understood kept found heard met felt got gotten
  gone shown written held left put set run begun drawn chosen become grown withdrawn undertaken overtaken`.split(/\s+/),
);

/** Verbs of knowing: "must have known" infers what a practitioner knew, which is hindsight. */
export const COGNITION_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'realised', 'realized', 'recognised', 'recognized', 'understood', 'seen', 'noticed', 'spotted', 'appreciated', 'aware', 'suspected', 'foreseen', 'predicted', 'anticipated', 'saw', 'knew', 'identified', 'grasped']);

/** What "could have been …" says about the outcome. */
export const OUTCOME_PARTICIPLES: ReadonlySet<string> = new Set(['avoided', 'prevented', 'stopped', 'averted', 'predicted', 'foreseen', 'anticipated']);

/** Adjectives of how plain something was ("should have been obvious", "the risk was obvious"). */
export const OBVIOUS_ADJECTIVES: ReadonlySet<string> = new Set(['obvious', 'obviously', 'apparent', 'evident', 'plain', 'glaring', 'glaringly', 'self-evident']);

/** Adjectives of how plain something was that are hindsight on their own; "evident", "apparent" and "plain" need "clearly". */
export const OBVIOUS_ALONE: ReadonlySet<string> = new Set(['obvious', 'obviously', 'glaring', 'glaringly', 'self-evident']);

/** Outcome words: "the death was preventable". */
export const OUTCOME_ADJECTIVES: ReadonlySet<string> = new Set(['avoidable', 'preventable']);

/** Verbs that, after "clearly" or "obviously", say what was not seen: "clearly missed the significance". */
export const MISSING_VERBS: ReadonlySet<string> = new Set(['missed', 'ignored', 'overlooked', 'disregarded', 'dismissed']);

/** Words that deny what follows: "it was not obvious at the time", "no obvious sign", "could not have known". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'less', 'hardly', 'nor', 'without', "n't", 'neither', 'rarely', 'seldom']);

/** Words before "hindsight" that guard against it rather than use it ("to avoid hindsight", "without the benefit of hindsight"). */
export const HINDSIGHT_GUARDS: ReadonlySet<string> = new Set(['avoid', 'avoiding', 'without', 'resist', 'resisting', 'guard', 'guarding', 'against', 'free', 'beware', 'risk', 'danger', 'bias', 'dangers', 'risks', 'not', 'only', 'easy', 'easier', 'tempting']);

/**
 * Adjectives that set aside the judgement a "to say that …" clause names: "it would be unfair to say
 * that the police failed to act", "it is tempting, with hindsight, to conclude that …".
 */
export const DISOWNING_ADJECTIVES: ReadonlySet<string> = new Set(['unfair', 'wrong', 'mistaken', 'misleading', 'simplistic', 'unjust', 'inaccurate', 'incorrect', 'tempting', 'easy', 'easier', 'unreasonable', 'untrue']);

/** Verbs of saying or concluding after "to" in such a frame. */
export const SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'suggest', 'conclude', 'claim', 'think', 'argue', 'assume', 'believe', 'state', 'find', 'infer']);

/** Verbs after which "if" opens an indirect question, not a condition: "asked if the school had …". */
export const QUESTION_VERBS: ReadonlySet<string> = new Set(['ask', 'asked', 'asks', 'asking', 'wondered', 'considered', 'questioned', 'explored', 'examined', 'tested', 'checked', 'know', 'knew', 'unclear', 'clear', 'sure', 'certain']);

/** Subjects that deny the clause they open: "no one could have predicted", "nothing could have been done". */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['nobody', 'none', 'neither', 'nothing', 'noone', 'no-one']);

/** Words between "done" and "more": "could have done far more", "much more", "a lot more". */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['far', 'much', 'a', 'lot', 'great', 'deal', 'so', 'considerably', 'significantly', 'rather', 'still', 'even']);

/** Adverbs that make "responsibility … rests with" an allocation of fault: "rests squarely with". */
export const INTENSIFIERS: ReadonlySet<string> = new Set(['squarely', 'firmly', 'entirely', 'solely', 'wholly', 'fully', 'clearly', 'only']);

/**
 * Qualities of an imagined better practitioner as a subject ("any competent practitioner would have
 * seen", "a more experienced worker would have asked"): a judgement of the real one.
 */
export const IDEAL_PRACTITIONER: ReadonlySet<string> = new Set(['competent', 'reasonable', 'experienced', 'diligent', 'careful', 'conscientious', 'skilled', 'thorough', 'curious', 'professional', 'capable', 'qualified', 'trained']);

/** Verbs of noticing after "not" in a clause opened by "clearly": "clearly, the school did not recognise …". */
export const COGNITION_VERBS: ReadonlySet<string> = new Set(['recognise', 'recognize', 'realise', 'realize', 'notice', 'appreciate', 'understand', 'spot', 'see', 'identify', 'consider', 'grasp']);

