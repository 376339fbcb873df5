// A small grammar of the clause, once for the engine: for each sentence, who is asked to act (the
// subject before the verb group), the modal ("should", "may wish to"), whether the verb is passive
// ("should be strengthened") and who the agent is ("… by the Partnership"), and the main verb with
// any verb coordinated with it ("will audit … and report …"). Recommendation rules judge a
// recommendation on this structure rather than on listed phrases: "should consider" is a modal
// over a weak verb wherever it sits, "awareness needs to be raised" is an agentless passive
// whatever the noun. English without a tagger: verbs are found from the verb group's anchors
// (modals, auxiliaries, "recommends that"), and a clause-initial verb from a lexicon of verbs
// recommendations are written with.
import { splitSentences } from './sentences';
import { BoundedMap } from './text-memo';
import { phraseStem, tokenize, type Word } from './words';

export type ModalForce = 'firm' | 'hedged';

export interface Span {
  start: number;
  end: number;
}

export interface Predicate {
  /** The words before the verb group, in its clause: who is asked to act (absent for an imperative). */
  subject?: Span;
  /** "should", "will", "needs to", "may", "is asked to" … as written. */
  modal?: string;
  /** Hedged modals ("may", "could", "might") ask for nothing; firm ones ("will", "must", "should") do. */
  force: ModalForce;
  /** Verbs between the modal and the main verb that soften it ("wish to", "seek to", "continue to"). */
  hedges: string[];
  /** The main verb (or, passive, its participle); absent for a copula with an adjective. */
  verb?: Span & { raw: string; stem: string };
  /** "be mindful", "be aware": a copula and the adjective after it. */
  adjective?: string;
  passive: boolean;
  /** Where a "by …" phrase after a passive verb starts (just after "by"): the agent, if it names one. */
  agentAt: number[];
  /** Addressed to no one by its form: the verb starts the clause ("Review the protocol …"). */
  imperative: boolean;
  /** Everything after the verb up to the end of the sentence: the object and what qualifies it. */
  complement: Span;
  /** Index of the sentence in the text. */
  sentence: number;
  /** Asks for something (a modal, an imperative, "recommends that …", "That …") rather than telling what happened. */
  request: boolean;
}

// Modal and semi-modal openings of a verb group, as lower-case word sequences. "to" is part of the
// opening where the modal needs it.
const FIRM_MODALS: readonly string[][] = [
  ['will'], ['shall'], ['should'], ['must'], ['ought', 'to'], ['need', 'to'], ['needs', 'to'], ['has', 'to'], ['have', 'to'],
  ['is', 'to'], ['are', 'to'], ['is', 'required', 'to'], ['are', 'required', 'to'], ['is', 'expected', 'to'], ['are', 'expected', 'to'],
];
const HEDGED_MODALS: readonly string[][] = [
  ['may'], ['might'], ['could'], ['would'], ['can'], ['is', 'asked', 'to'], ['are', 'asked', 'to'], ['is', 'encouraged', 'to'],
  ['are', 'encouraged', 'to'], ['is', 'invited', 'to'], ['are', 'invited', 'to'], ['is', 'urged', 'to'], ['are', 'urged', 'to'],
  ['is', 'requested', 'to'], ['are', 'requested', 'to'],
];
const MODAL_OPENINGS = [...FIRM_MODALS.map((words) => ({ words, force: 'firm' as const })), ...HEDGED_MODALS.map((words) => ({ words, force: 'hedged' as const }))].sort(
  (a, b) => b.words.length - a.words.length,
);
const FINITE_BE = new Set(['is', 'are', 'was', 'were', 'be']);
/** Verbs that, followed by "to", put another verb after them and soften it ("may wish to review"). */
const CHAIN_VERBS = new Set(['wish', 'want', 'like', 'seek', 'look', 'aim', 'try', 'endeavour', 'endeavor', 'strive', 'continue', 'work', 'plan', 'intend', 'hope', 'begin', 'start', 'undertake'].map((verb) => phraseStem(verb)));
/** Words that open a subordinate clause: a modal after one belongs to it ("so that staff will …", "which should …"). */
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'whenever', 'if', 'whether', 'so', 'because', 'unless', 'until', 'how', 'what', 'once', 'while', 'although', 'though', 'as']);
const TAKE = phraseStem('take');
const STEP = phraseStem('steps');
const ADVERBS = new Set(['more', 'less', 'very', 'much', 'not', 'also', 'now', 'then', 'jointly', 'together', 'further', 'still', 'always', 'both', 'all', 'each', 'collectively', 'as', 'well', 'first', 'again', 'therefore', 'however', 'never', 'only', 'ever']);
// Participles that do not end in -ed.
const IRREGULAR_PARTICIPLES = new Set([
  'given', 'made', 'done', 'taken', 'shown', 'held', 'set', 'put', 'kept', 'brought', 'built', 'sent', 'sought', 'taught', 'told',
  'understood', 'undertaken', 'written', 'known', 'seen', 'heard', 'met', 'led', 'paid', 'spent', 'learnt', 'drawn', 'chosen', 'driven',
  'begun', 'run', 'read', 'found', 'left', 'won', 'laid', 'thought', 'caught', 'bought', 'meant', 'spoken', 'got', 'gotten', 'overseen',
  'rewritten', 'withdrawn', 'upheld', 'reset', 'cut', 'shut', 'spread', 'forgotten', 'undergone', 'arisen', 'borne', 'sped', 'fed',
]);

/**
 * Verbs that begin an imperative recommendation ("Review the protocol", "Consider a toolkit") or
 * follow its subject without a modal ("that the ICB reviews …"). Stems are compared, so one form
 * of each is enough.
 */
const CLAUSE_VERBS = new Set(
  [
    'add', 'adopt', 'agree', 'align', 'allocate', 'amend', 'appoint', 'arrange', 'assess', 'audit', 'brief', 'build', 'carry', 'cascade',
    'challenge', 'change', 'check', 'circulate', 're-circulate', 'recirculate', 'clarify', 'collect', 'commission', 'communicate', 'complete',
    'conduct', 'confirm', 'consider', 'consult', 'continue', 'convene', 'create', 'deliver', 'design', 'develop', 'disseminate', 'embed',
    'encourage', 'engage', 'enhance', 'ensure', 'escalate', 'establish', 'evaluate', 'examine', 'explore', 'extend', 'fund', 'give',
    'highlight', 'hold', 'identify', 'implement', 'improve', 'include', 'increase', 'inform', 'introduce', 'invest', 'invite', 'issue',
    'launch', 'lead', 'look', 'maintain', 'make', 'map', 'measure', 'monitor', 'note', 'offer', 'organise', 'oversee', 'pilot', 'prioritise',
    'produce', 'promote', 'provide', 'publicise', 'publish', 'put', 'raise', 'recognise', 'record', 'recruit', 'reduce', 'refer', 'reflect',
    'refresh', 're-issue', 'reissue', 'reinforce', 're-launch', 'relaunch', 'remind', 'report', 'require', 'research', 'reset', 'resource',
    'restate', 'review', 'revise', 'rewrite', 'roll', 'run', 'scope', 'see', 'seek', 'set', 'share', 'strengthen', 'support', 'take',
    'speak', 'talk', 'visit', 'ask', 'receive', 'contact', 'meet', 'sign', 'attend', 'notify', 'tell', 'discuss',
    'test', 'think', 'track', 'train', 'undertake', 'update', 'upskill', 'use', 'work', 'write',
    'investigate', 'determine', 'ascertain',
  ].map((verb) => phraseStem(verb)),
);

// Opens an embedded clause that carries the recommendation: "The review recommends that …",
// "It is recommended that …", "The recommendation is that …", "We ask that …".
const REPORTING_VERB_STEMS = new Set(['recommend', 'ask', 'propose', 'suggest', 'request', 'advise', 'urge', 'recommendation'].map((verb) => phraseStem(verb)));

const lower = (word: Word) => word.raw.toLowerCase();

/** "re-circulate", "co-locate": a prefix the tokeniser splits off; the verb is the word after it. */
const VERB_PREFIXES = new Set(['re', 'co', 'pre', 'de', 'un', 'over', 'under', 'mis']);
function skipPrefix(words: readonly Word[], index: number): number {
  const word = words[index];
  return word && VERB_PREFIXES.has(lower(word)) && words[index + 1]?.joinsPrevious ? index + 1 : index;
}

function isParticiple(word: Word | undefined): boolean {
  if (!word) return false;
  const raw = lower(word);
  return (raw.length > 4 && raw.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(raw);
}

function isAdverb(word: Word): boolean {
  const raw = lower(word);
  return ADVERBS.has(raw) || (raw.length > 4 && raw.endsWith('ly') && !raw.endsWith('ply') && raw !== 'apply' && raw !== 'supply');
}

function modalAt(words: readonly Word[], index: number): { length: number; force: ModalForce } | undefined {
  for (const { words: opening, force } of MODAL_OPENINGS) {
    if (index + opening.length > words.length) continue;
    let matches = true;
    for (let k = 0; k < opening.length && matches; k++) {
      const word = words[index + k];
      matches = lower(word) === opening[k] && (k === 0 || word.continues);
    }
    if (matches) return { length: opening.length, force };
  }
  return undefined;
}

/** Where the clause that carries the request starts: after "recommends that", else at the start. */
function clauseStart(words: readonly Word[]): number {
  // "That the Partnership commissions …": a recommendation written as the clause of an unstated "We recommend".
  if (words.length > 2 && words[0].raw === 'That') return 1;
  for (let i = 0; i + 1 < words.length; i++) {
    if (lower(words[i + 1]) === 'that' && REPORTING_VERB_STEMS.has(words[i].stem)) return i + 2;
    // "The recommendation is that …"
    if (lower(words[i]) === 'is' && lower(words[i + 1]) === 'that' && i > 0 && words[i - 1].stem === phraseStem('recommendation')) return i + 2;
  }
  return 0;
}

interface VerbGroup {
  /** Index of the first word of the group (modal or auxiliary). */
  start: number;
  modal?: string;
  force: ModalForce;
  hedges: string[];
  verbIndex?: number;
  adjective?: string;
  passive: boolean;
}

/** Reads the verb group from `index`, just after a modal (or at a finite "be"). */
function readVerbGroup(words: readonly Word[], index: number, group: VerbGroup): VerbGroup {
  let j = index;
  while (j < words.length) {
    while (j < words.length && isAdverb(words[j])) j++;
    const word = words[j];
    if (!word) break;
    const raw = lower(word);
    if (raw === 'be' || raw === 'been' || (j === group.start && FINITE_BE.has(raw))) {
      let k = j + 1;
      while (k < words.length && isAdverb(words[k])) k++;
      k = skipPrefix(words, k);
      const next = words[k];
      // "be asked to consider", "be encouraged to": a softened request for the verb after "to".
      if (next && isParticiple(next) && words[k + 1] && lower(words[k + 1]) === 'to' && ['asked', 'encouraged', 'invited', 'expected', 'required', 'urged', 'supported', 'enabled', 'helped'].includes(lower(next))) {
        if (!['expected', 'required'].includes(lower(next))) group.force = 'hedged';
        group.hedges.push(`be ${lower(next)} to`);
        j = k + 2;
        continue;
      }
      if (isParticiple(next)) {
        group.passive = true;
        group.verbIndex = k;
        return group;
      }
      group.adjective = next ? lower(next) : undefined;
      return group;
    }
    if ((raw === 'have' || raw === 'has') && isParticiple(words[j + 1])) {
      group.verbIndex = j + 1;
      return group;
    }
    // "wish to review", "continue to work to improve", "take steps to"
    if (CHAIN_VERBS.has(word.stem) && words[j + 1] && lower(words[j + 1]) === 'to') {
      group.hedges.push(`${raw} to`);
      j += 2;
      continue;
    }
    if (word.stem === TAKE && words[j + 1]?.stem === STEP && words[j + 2] && lower(words[j + 2]) === 'to') {
      group.hedges.push('take steps to');
      j += 3;
      continue;
    }
    group.verbIndex = skipPrefix(words, j);
    return group;
  }
  return group;
}

/** Verbs coordinated with the main one and sharing its subject and modal ("will audit 30 cases and report …"). */
function coordinatedVerbs(words: readonly Word[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (lower(words[i]) !== 'and' && lower(words[i]) !== 'then') continue;
    let k = i + 1;
    while (k < to && isAdverb(words[k])) k++;
    const next = words[k];
    // A base form, not a plural noun that shares a stem with a verb ("and reports").
    if (next && CLAUSE_VERBS.has(next.stem) && !/s$/i.test(next.raw) && !/ing$/i.test(next.raw)) out.push(k);
  }
  return out;
}

/** The predicates of one sentence's request: the main verb group and the verbs coordinated with it. */
function sentencePredicates(sentence: string, offset: number, index: number): Predicate[] {
  const words = tokenize(sentence);
  if (words.length === 0) return [];
  const start = clauseStart(words);
  let group: VerbGroup | undefined;
  let imperative = false;
  // A clause that opens with a verb is an imperative ("Review the protocol …", "Reflect on how …"),
  // whatever modal a later subordinate clause holds; "Review of the strategy …", "Support for
  // fathers …" and "Records should …" are nouns.
  const first = words[start];
  const opening = first && skipPrefix(words, start);
  if (first && CLAUSE_VERBS.has(words[opening].stem) && !/ing$|ed$|[^s]s$/i.test(words[opening].raw) && !['of', 'for'].includes(lower(words[opening + 1] ?? first))) {
    imperative = true;
    group = readVerbGroup(words, start, { start, force: 'firm', hedges: [], passive: false });
  }
  // Modals first: in "Where a baby is seen with a mark, the health visitor will refer …" the request is
  // the modal's, not the subordinate clause's "is seen".
  for (let i = start + 1; i < words.length && !group; i++) {
    const modal = modalAt(words, i);
    if (modal) {
      const opened: VerbGroup = { start: i, modal: words.slice(i, i + modal.length).map(lower).join(' '), force: modal.force, hedges: [], passive: false };
      group = readVerbGroup(words, i + modal.length, opened);
      continue;
    }
    // Headline style: "The Partnership to explore …", "Practitioners to be mindful of …".
    if (lower(words[i]) === 'to' && words[i + 1] && (lower(words[i + 1]) === 'be' || CLAUSE_VERBS.has(words[skipPrefix(words, i + 1)].stem)) && !/ing$/i.test(words[i + 1].raw)) {
      group = readVerbGroup(words, i + 1, { start: i, modal: 'to', force: 'firm', hedges: [], passive: false });
    }
  }
  // A finite "be" with a participle: "Awareness is raised", "consideration is given", "that training be delivered".
  for (let i = start + 1; i < words.length && !group; i++) {
    if (!FINITE_BE.has(lower(words[i]))) continue;
    let k = i + 1;
    while (k < words.length && isAdverb(words[k])) k++;
    if (isParticiple(words[skipPrefix(words, k)])) group = readVerbGroup(words, i, { start: i, force: 'firm', hedges: [], passive: false });
  }
  if (!group && start > 0) {
    // A subject then a present-tense verb in an embedded clause ("that the ICB reviews its criteria").
    for (let i = start + 1; i < words.length; i++) {
      if (CLAUSE_VERBS.has(words[i].stem) && !/ing$|ed$/i.test(words[i].raw)) {
        group = { start: i, force: 'firm', hedges: [], passive: false, verbIndex: i };
        break;
      }
    }
  }
  if (!group) return [];
  const request = group.modal !== undefined || imperative || start > 0;
  const clauses: { group: VerbGroup; subject?: Span; imperative: boolean; end: number }[] = [
    { group, subject: subjectSpan(sentence, words, start, group.start, imperative), imperative, end: sentence.length },
  ];
  // "… deliver training, and from April 2026 the toolkit will be mandatory": a second main clause with
  // its own modal is part of the request too.
  for (const next of coordinatedClauses(sentence, words, (group.verbIndex ?? group.start) + 1)) {
    clauses[clauses.length - 1].end = words[next.from].start;
    clauses.push({ group: next.group, subject: { start: words[next.from].start, end: words[next.group.start].start }, imperative: false, end: sentence.length });
  }
  return clauses.flatMap((clause) => clausePredicates(words, clause.group, clause.subject, clause.imperative, clause.end, offset, index, request));
}

/** Main clauses after the first that carry their own modal, each from the word after "and", "but" or a comma. */
function coordinatedClauses(sentence: string, words: readonly Word[], from: number): { from: number; group: VerbGroup }[] {
  const out: { from: number; group: VerbGroup }[] = [];
  for (let m = from + 1; m < words.length; m++) {
    const modal = modalAt(words, m);
    if (!modal) continue;
    let k = m - 1;
    let boundary = -1;
    for (; k >= from; k--) {
      const word = lower(words[k]);
      if (SUBORDINATORS.has(word)) break;
      if (word === 'and' || word === 'but') {
        boundary = k + 1;
        break;
      }
      if (/[,;:]/.test(sentence.slice(words[k].end, words[k + 1].start))) {
        boundary = k + 1;
        break;
      }
    }
    if (boundary === -1 || boundary >= m) continue;
    const group = readVerbGroup(words, m + modal.length, { start: m, modal: words.slice(m, m + modal.length).map(lower).join(' '), force: modal.force, hedges: [], passive: false });
    out.push({ from: boundary, group });
    m = (group.verbIndex ?? m) + 1;
  }
  return out;
}

/** The predicates of one clause: its main verb and the verbs coordinated with it. */
function clausePredicates(words: readonly Word[], group: VerbGroup, subject: Span | undefined, imperative: boolean, clauseEnd: number, offset: number, index: number, request: boolean): Predicate[] {
  const verbIndexes = group.verbIndex !== undefined ? [group.verbIndex, ...coordinatedVerbs(words, group.verbIndex + 1, words.length).filter((verb) => words[verb].start < clauseEnd)] : [];
  if (verbIndexes.length === 0) {
    return [
      {
        subject: subject && shift(subject, offset),
        modal: group.modal,
        force: group.force,
        hedges: group.hedges,
        adjective: group.adjective,
        passive: false,
        agentAt: [],
        imperative,
        complement: shift({ start: words[Math.min(group.start + 1, words.length - 1)].end, end: clauseEnd }, offset),
        sentence: index,
        request,
      },
    ];
  }
  return verbIndexes.map((verbIndex, n) => {
    const verb = words[verbIndex];
    const nextVerb = verbIndexes[n + 1];
    const complementEnd = nextVerb !== undefined ? words[nextVerb].start : clauseEnd;
    const passive = n === 0 ? group.passive : isParticiple(verb) && group.passive;
    const agentAt: number[] = [];
    if (passive) {
      for (let k = verbIndex + 1; k < words.length && words[k].start < complementEnd; k++) if (lower(words[k]) === 'by') agentAt.push(words[k].end + offset);
    }
    return {
      subject: subject && shift(subject, offset),
      modal: group.modal,
      force: group.force,
      hedges: group.hedges,
      verb: { start: verb.start + offset, end: verb.end + offset, raw: verb.raw, stem: verb.stem },
      passive,
      agentAt,
      imperative,
      complement: shift({ start: verb.end, end: complementEnd }, offset),
      sentence: index,
      request,
    };
  });
}

/**
 * The subject: the words of the clause before the verb group, from the last comma before it when
 * anything stands there ("Within six months, the ICB should …" → "the ICB"; "The ICB, with CSC,
 * should …" keeps the whole).
 */
function subjectSpan(sentence: string, words: readonly Word[], clause: number, groupStart: number, imperative: boolean): Span | undefined {
  if (imperative || groupStart <= clause) return undefined;
  const from = words[clause].start;
  const to = words[groupStart].start;
  const comma = sentence.lastIndexOf(',', to);
  const afterComma = comma >= from ? sentence.slice(comma + 1, to) : '';
  if (comma >= from && /[\p{L}\p{N}]/u.test(afterComma)) return { start: comma + 1, end: to };
  return { start: from, end: to };
}

function shift(span: Span, offset: number): Span {
  return { start: span.start + offset, end: span.end + offset };
}

/** The predicates of every sentence of the text, in order, with offsets into the text. */
export function predicatesOf(text: string): Predicate[] {
  const out: Predicate[] = [];
  splitSentences(text).forEach((span, index) => {
    for (const predicate of sentencePredicates(text.slice(span.start, span.end), span.start, index)) out.push(predicate);
  });
  return out;
}

/**
 * The request a text makes: the predicates of its first sentence that asks for something (else of
 * its first sentence with a verb). Sentences before it tell what the review found ("The review
 * found that fathers were rarely spoken to."); later ones qualify it ("The audit should consider …").
 */
export function headPredicates(text: string): readonly Predicate[] {
  let head = HEAD_PREDICATES.get(text);
  if (head) return head;
  const all = predicatesOf(text);
  const sentence = all.length === 0 ? -1 : (all.find((predicate) => predicate.request) ?? all[0]).sentence;
  head = all.filter((predicate) => predicate.sentence === sentence);
  // Recommendation rules ask this of every recommendation on every lint, some twice: remembered by
  // text (bounded), so a keystroke elsewhere reads none of them again. Callers must not mutate it.
  HEAD_PREDICATES.set(text, head);
  return head;
}

const HEAD_PREDICATES = new BoundedMap<string, readonly Predicate[]>(5_000);
