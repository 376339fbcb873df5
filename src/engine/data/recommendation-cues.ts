// Word classes the recommendation rules read through the clause grammar (src/engine/text/clauses.ts).
// They are lexicons of single verbs and nouns, not phrases: "should consider", "may wish to
// consider", "consideration is given" and "Consider …" are all found from the one verb "consider"
// by its place in the clause. Words are compared by stem (text/words `phraseStem`).

/**
 * Verbs that ask for thought rather than a change (brief §6: "consider", "explore", "reflect on";
 * issue 13: "look at", "think about", "note"). A recommendation whose only request is one of
 * these can be marked done without anything changing.
 */
export const DELIBERATIVE_VERBS: readonly string[] = [
  'consider', 'explore', 'reflect', 'think', 'note', 'look', 'contemplate', 'discuss', 'recognise', 'recognize', 'acknowledge',
  'bear', 'keep', 'remember', 'debate', 'revisit', 'ponder', 'appreciate', 'understand',
  // Inquiry verbs ask for thought only when their object is an indirect question ("examine whether
  // the form …", "review how fathers are …"); with a thing as object ("review the protocol") they act.
  'examine', 'review', 'assess', 'investigate', 'establish', 'determine', 'ascertain', 'scope',
];
/** What opens an indirect question: the object of an inquiry verb that asks to find out, not to change. */
const INDIRECT_QUESTION: readonly string[] = [
  'whether', 'if', 'how', 'what', 'why', 'the extent', 'to what extent', 'options',
  // …or a way of working rather than a thing that can be changed and checked ("review its approach to …").
  'its approach', 'their approach', 'the approach', 'its response', 'their response', 'its arrangements', 'their arrangements', 'current practice', 'existing practice',
];
/** "keep in mind", "bear in mind": deliberative only with "in mind"; "look" only with at/into/again. */
export const DELIBERATIVE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  bear: ['in mind'],
  keep: ['in mind', 'under review'],
  look: ['at', 'into', 'again', 'to'],
  think: ['about', 'through', 'again', 'how', 'whether'],
  examine: INDIRECT_QUESTION,
  review: INDIRECT_QUESTION,
  assess: INDIRECT_QUESTION,
  investigate: INDIRECT_QUESTION,
  establish: INDIRECT_QUESTION,
  determine: INDIRECT_QUESTION,
  ascertain: INDIRECT_QUESTION,
  scope: INDIRECT_QUESTION,
};

/**
 * Verbs that name an improvement without saying what will be done (brief §6: "improve
 * communication", "raise awareness"; issue 13: "should be strengthened").
 */
export const ABSTRACT_VERBS: readonly string[] = [
  'improve', 'strengthen', 'enhance', 'embed', 'reinforce', 'promote', 'foster', 'raise', 'increase', 'continue', 'prioritise', 'prioritize',
  'encourage', 'emphasise', 'emphasize', 'highlight', 'maximise', 'optimise', 'build', 'develop', 'support', 'ensure',
  'champion',
];
/** Objects that make an abstract verb concrete after all ("develop a protocol", "build a dashboard", "ensure that every …" is judged by what follows). */
export const CONCRETE_OBJECTS: readonly string[] = [
  'protocol', 'procedure', 'pathway', 'form', 'field', 'tool', 'toolkit', 'dashboard', 'system', 'database', 'template', 'checklist', 'register',
  'service', 'post', 'role', 'panel', 'meeting', 'clinic', 'flag', 'alert', 'question', 'screening', 'audit', 'record', 'process', 'plan',
  'strategy', 'policy', 'guidance', 'referral', 'assessment', 'module', 'requirement', 'standard', 'agreement', 'contract', 'schedule',
];

/** Adjectives after "be" that ask for an attitude, not an act ("be mindful of", "be more aware of"). */
export const ATTITUDE_ADJECTIVES: readonly string[] = ['mindful', 'aware', 'alert', 'cognisant', 'cognizant', 'conscious', 'vigilant', 'curious', 'sensitive', 'attentive', 'alive'];

/** Nouns that turn a light verb into a deliberative one: "give consideration to", "pay attention to", "take account of". */
export const DELIBERATIVE_NOUNS: readonly string[] = ['consideration', 'thought', 'regard', 'account', 'attention', 'cognisance', 'cognizance', 'note', 'reflection', 'awareness'];
/** Light verbs that make such a noun a request for thought ("give consideration", "take account"). */
export const LIGHT_VERBS: readonly string[] = ['give', 'pay', 'take', 'have'];
/** What a review's learning is called: sharing it "widely" names an aim, not an act ("lessons should be learned and shared"). */
export const LEARNING_OBJECTS: readonly string[] = ['lesson', 'lessons', 'learning', 'finding', 'findings', 'message', 'messages', 'awareness', 'understanding', 'knowledge'];
/** Verbs that spread learning. */
export const SPREADING_VERBS: readonly string[] = ['share', 'disseminate', 'cascade', 'circulate', 'spread', 'embed', 'raise', 'increase', 'promote', 'build', 'develop', 'improve', 'learn'];

// ---------------------------------------------------------------------------------------------
// recommendation-count: what a recommendation only asks for
// ---------------------------------------------------------------------------------------------

/** Verbs whose act is itself training, a reminder or a briefing ("train", "remind", "re-circulate"). */
export const TRAINING_VERBS: readonly string[] = [
  'train', 'retrain', 're-train', 'upskill', 'remind', 'brief', 'circulate', 're-circulate', 'recirculate', 'disseminate', 'cascade', 'reissue',
  're-issue', 'publicise', 'publicize', 'reiterate', 'restate', 'raise', 'educate', 'inform', 'alert', 'promote', 'highlight', 'reinforce',
  'refresh', 'share',
];
/** Light verbs that take a training, briefing or policy object ("deliver training", "issue guidance"). */
export const PROVIDING_VERBS: readonly string[] = [
  'deliver', 'provide', 'offer', 'commission', 'hold', 'run', 'arrange', 'organise', 'organize', 'roll', 'produce', 'develop', 'write', 'issue',
  'publish', 'introduce', 'create', 'update', 'refresh', 'revise', 'review', 'circulate', 're-circulate', 'recirculate', 'share', 'reissue',
  're-issue', 'distribute', 'disseminate', 'launch', 're-launch', 'relaunch', 'design', 'prepare', 'draft', 'make', 'put', 'send', 'give',
  'undertake', 'attend', 'complete', 'ensure', 'include', 'add', 'embed', 'establish', 'set', 'plan', 'agree', 'adopt', 'implement', 'raise',
];
/** Objects that are training, a reminder or a briefing. */
export const TRAINING_NOUNS: readonly string[] = [
  'training', 'retraining', 'briefing', 'briefings', 'reminder', 'reminders', 'awareness', 'workshop', 'seminar', 'session', 'sessions',
  'e-learning', 'course', 'module', 'masterclass', 'webinar', 'learning', 'podcast', 'newsletter', 'bulletin', 'campaign', 'presentation',
  'event', 'conference', 'lunchtime', 'refresher', 'induction', 'message', 'messages', 'leaflet', 'poster', 'communication', 'email',
];
/** Objects that are a policy or guidance document. A policy with its content set out ("to state that …") is a change to practice. */
export const POLICY_NOUNS: readonly string[] = ['policy', 'policies', 'guidance', 'guideline', 'guidelines', 'procedure', 'procedures', 'protocol', 'protocols', 'standard', 'standards', 'strategy', 'document', 'handbook', 'manual', 'leaflet', 'flowchart'];
/**
 * Assurance that practice changed (brief §6, §10: audit, data, compliance reported to a board).
 * With one of these, a training or policy recommendation is followed through.
 */
export const ASSURANCE_TERMS: readonly string[] = [
  'audit*', 'dip-sampl*', 'dip sampl*', 'case file review*', 'case-file review*', 'compliance', 'evaluat*', 'impact', 'performance data',
  'performance indicator*', 'kpi', 'kpis', 'outcome*', 'assurance', 'quality assur*', 'measured', 'monitor*', 'baseline', 'inspection*',
];
/** Words that make the content of a policy a change to practice: "so that every …", "to require …", "making it mandatory". */
export const REQUIREMENT_CUES: readonly string[] = ['so that', 'requir*', 'mandat*', 'must', 'state that', 'set out that', 'specify that', 'stating that'];
/** A training or briefing about the review itself shares its learning, which every review asks for. */
export const OWN_LEARNING_CUES: readonly string[] = [
  'this review', 'the review', 'this report', 'the report', 'this lcspr', 'the lcspr', 'this rapid review', 'the rapid review', 'review’s',
  'report’s', 'learning from', 'findings of', 'involved with', 'involved in', 'this case', 'the case',
];

/**
 * Near-synonyms that two recommendations asking for the same thing may use in different words;
 * each group is reduced to its first word before comparing.
 */
export const SAME_MEANING: readonly (readonly string[])[] = [
  ['revise', 'update', 'amend', 'rewrite', 'refresh', 'change', 'redraft', 'strengthen', 'improve'],
  ['procedure', 'policy', 'guidance', 'protocol', 'guideline', 'pathway', 'process'],
  ['training', 'train', 'briefing', 'brief', 'session', 'workshop', 'e-learning', 'course', 'learning', 'upskill'],
  ['practitioner', 'staff', 'professional', 'worker', 'workforce', 'frontline'],
  ['audit', 'dip-sample', 'review', 'sample'],
  ['share', 'exchange', 'pass', 'send', 'communicate', 'disseminate'],
  ['record', 'document', 'log'],
  ['father', 'male', 'man', 'men', 'partner', 'stepfather'],
  ['see', 'speak', 'talk', 'meet'],
  ['alone', 'separately', 'privately', 'own'],
  ['information', 'concern', 'intelligence', 'record'],
  ['introduce', 'establish', 'create', 'develop', 'set', 'implement', 'launch'],
  // Assurance is sought or obtained; compliance is checked, tested or verified.
  ['seek', 'obtain', 'gain'],
  ['check', 'test', 'verify'],
];
