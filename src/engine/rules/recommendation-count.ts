import * as z from 'zod/mini';
import { defineRule } from '../rule';
import { REPORTING_SOURCE, termsPattern } from '../data/content-cues';
import {
  ASSURANCE_TERMS,
  OWN_LEARNING_CUES,
  POLICY_NOUNS,
  PROVIDING_VERBS,
  REQUIREMENT_CUES,
  TRAINING_NOUNS,
  TRAINING_VERBS,
} from '../data/recommendation-cues';
import { recommendationSections, recommendationWords, type Recommendation } from '../sections/recommendations';
import { headPredicates, type Predicate } from '../text/clauses';
import { phraseStem, tokenize } from '../text/words';

/** An owner as compared: its stems, so "the ICB" and "ICB", "Children's Social Care" and "children’s social care" agree. */
function ownerKey(item: Recommendation): string {
  return item.owner ? tokenize(item.owner).map((word) => word.stem.toLowerCase()).join(' ') : '';
}

function sameOwner(x: string, y: string): boolean {
  return x === y || (x !== '' && y !== '' && (x.includes(y) || y.includes(x)));
}

// ---------------------------------------------------------------------------------------------
// Training, reminders, briefings and policies with no change to practice
// ---------------------------------------------------------------------------------------------

const stems = (words: readonly string[]) => new Set(words.map((word) => phraseStem(word)));
/** Verbs that are training or a reminder whatever their object. */
const TRAINING_VERB = stems(TRAINING_VERBS.filter((verb) => !PROVIDING_VERBS.includes(verb) && !['raise', 'inform', 'alert', 'promote', 'highlight', 'reinforce'].includes(verb)));
/** Verbs that are training only with a training object ("raise awareness", "share the guidance"). */
const TRAINING_WITH_OBJECT = stems([...PROVIDING_VERBS, ...TRAINING_VERBS]);
const TRAINING_NOUN = stems(TRAINING_NOUNS);
const REPEATING_VERB = stems(['recirculate', 'reissue', 'restate', 'reiterate', 'remind']);
/** Sent out again with "re-" ("re-circulate", "re-issue"): a reminder; "re-design" is not. */
const SENDING_VERB = stems(['circulate', 'issue', 'send', 'share', 'distribute', 'publish', 'brief', 'state']);
const POLICY_NOUN = stems(POLICY_NOUNS);
const ASSURANCE = new RegExp(`${termsPattern(ASSURANCE_TERMS, 'iu').source}|${REPORTING_SOURCE}`, 'iu');
const REQUIREMENT = termsPattern(REQUIREMENT_CUES, 'iu');
const OWN_LEARNING = termsPattern(OWN_LEARNING_CUES, 'iu');
// The review's own subject named in the request ("a learning event for the practitioners who worked
// with Child B"): training or a briefing about this case shares the review's own learning.
const CASE_SUBJECT = /(?<![\p{L}])(?:Child|Baby|Infant|Young Person|Sibling)\s+\p{Lu}{1,2}\d?(?![\p{L}\p{N}])/u;

const NEW_REQUIREMENT = /\bnew\b[^.;]{0,60}?\b(?:which|that)\s+(?:will\s+)?(?:requires?|mandates?|makes?\s+it\s+mandatory)\b/iu;

type OnlyAsk = 'training' | 'reminder' | 'awareness' | 'policy';

/** What a predicate asks for when it is training, a reminder or a policy; undefined for anything else. */
function onlyAskOf(text: string, predicate: Predicate): OnlyAsk | undefined {
  if (!predicate.verb) return undefined;
  const verb = predicate.verb.stem;
  // The object: the words after the verb, or in the passive the subject ("Training should be delivered").
  const objectText = predicate.passive && predicate.subject ? text.slice(predicate.subject.start, predicate.subject.end) : text.slice(predicate.complement.start, Math.min(predicate.complement.end, predicate.complement.start + 60));
  const object = tokenize(objectText)
    .slice(0, 5)
    .map((word) => word.stem.toLowerCase());
  if (object.includes(phraseStem('awareness'))) return 'awareness';
  // "re-circulate the protocol", "reissue the guidance": sending out again what already exists.
  const again = text.slice(Math.max(0, predicate.verb.start - 3), predicate.verb.start).toLowerCase() === 're-';
  if (REPEATING_VERB.has(verb) || (again && SENDING_VERB.has(verb))) return 'reminder';
  // Training in a new rule whose content is stated ("the new protocol, which requires officers to
  // speak to every child present") brings in a change to practice, not training alone.
  if (NEW_REQUIREMENT.test(text.slice(predicate.complement.start, predicate.complement.end))) return undefined;
  if (TRAINING_VERB.has(verb)) return 'training';
  if (!TRAINING_WITH_OBJECT.has(verb)) return undefined;
  if (object.some((stem) => TRAINING_NOUN.has(stem))) return 'training';
  if (object.some((stem) => POLICY_NOUN.has(stem))) {
    // A policy whose content is set out ("to state that marks must be treated as bruises") changes practice.
    return REQUIREMENT.test(text.slice(predicate.complement.start, predicate.complement.end)) ? undefined : 'policy';
  }
  return undefined;
}

function onlyAsk(item: Recommendation): { ask: OnlyAsk; words: string } | undefined {
  if (ASSURANCE.test(item.text) || OWN_LEARNING.test(item.text) || CASE_SUBJECT.test(item.text)) return undefined;
  const head = headPredicates(item.text);
  if (head.length === 0) return undefined;
  let first: { ask: OnlyAsk; words: string } | undefined;
  for (const predicate of head) {
    const ask = onlyAskOf(item.text, predicate);
    if (!ask) return undefined;
    const from = predicate.passive && predicate.subject ? predicate.subject.start : predicate.verb!.start;
    const to = predicate.passive ? predicate.verb!.end : Math.min(predicate.complement.end, predicate.verb!.end + 40);
    first ??= { ask, words: shorten(item.text.slice(from, to)) };
  }
  return first;
}

function shorten(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return (words.length > 6 ? words.slice(0, 6).join(' ') + ' …' : words.join(' ')).replace(/[.,;:]+$/, '');
}

function itemName(item: Recommendation): string {
  const noun = item.role === 'actions' ? 'Action' : 'Recommendation';
  return item.number ? `${noun} ${item.number}` : `This ${noun.toLowerCase()}`;
}

const ASK_LABEL: Record<OnlyAsk, string> = { training: 'training or a briefing', reminder: 'a reminder', awareness: 'awareness-raising', policy: 'a new or revised policy' };

export const recommendationCount = defineRule({
  meta: {
    id: 'recommendation-count',
    defaultSeverity: 'info',
    category: 'content',
    fixable: false,
    description:
      'Recommendations are few and focused: no more than the template expects, no two asking for the same thing, and none that only asks for training, a reminder or a new policy with no change to practice, systems or assurance.',
  },
  options: z.strictObject({
    maxRecommendations: z
      ._default(z.int().check(z.minimum(1)), 10)
      .check(z.describe('Most recommendations expected in a recommendations section (the LCSPR template; brief §10: "more than 10 in an LCSPR").')),
    maxActions: z._default(z.int().check(z.minimum(1)), 8).check(z.describe('Most actions expected in an actions section (the rapid-review template; brief §10: "more than 8 actions in a rapid review").')),
    duplicateSimilarity: z
      ._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5)
      .check(z.describe('How alike (0–1, shared content words over all content words) two recommendations to the same addressee must be to count as asking for the same thing; to different addressees they must be 0.25 more alike.')),
    reportTrainingOnly: z._default(z.boolean(), true).check(z.describe('Report recommendations whose only action is training, a reminder, a briefing or a new policy.')),
  }),
  check({ doc, options, shared, report }) {
    const sections = recommendationSections(doc, shared.glossary);
    for (const section of sections) {
      const max = section.role === 'actions' ? options.maxActions : options.maxRecommendations;
      if (section.items.length <= max) continue;
      const noun = section.role === 'actions' ? 'actions' : 'recommendations';
      report({
        start: section.headingStart,
        end: section.headingEnd,
        message: `This section makes ${section.items.length} ${noun}; a ${doc.template.label} is expected to make at most ${max}. Few, focused ${noun} are more likely to change the system: merge those that ask for the same change and move single-agency tasks into the action plan.`,
        data: { sectionId: section.sectionId, problem: 'too-many', count: String(section.items.length) },
      });
    }
    const items = sections.flatMap((section) => section.items);
    const words = items.map((item) => recommendationWords(item, shared.glossary));
    // Each recommendation is compared only with earlier ones sharing a word, counted from an index
    // of words, so a long list costs integer additions rather than a set comparison per pair.
    const postings = new Map<string, number[]>();
    const sharedCount = new Int32Array(items.length);
    const owners = items.map(ownerKey);
    for (let later = 0; later < items.length; later++) {
      if (words[later].size < 3) continue;
      const touched: number[] = [];
      for (const word of words[later]) {
        for (const candidate of postings.get(word) ?? []) if (sharedCount[candidate]++ === 0) touched.push(candidate);
      }
      let earlier: number | undefined;
      for (const candidate of touched) {
        const count = sharedCount[candidate];
        sharedCount[candidate] = 0;
        if (earlier !== undefined && candidate > earlier) continue;
        const overlap = count / (words[candidate].size + words[later].size - count);
        const needed = sameOwner(owners[candidate], owners[later]) ? options.duplicateSimilarity : Math.min(1, options.duplicateSimilarity + 0.25);
        if (overlap >= needed) earlier = candidate;
      }
      for (const word of words[later]) (postings.get(word) ?? postings.set(word, []).get(word)!).push(later);
      if (earlier === undefined) continue;
      const earlierName = items[earlier].number ? `${items[earlier].role === 'actions' ? 'Action' : 'Recommendation'} ${items[earlier].number}` : 'an earlier one';
      report({
        start: items[later].start,
        end: items[later].end,
        message: `${itemName(items[later])} asks for much the same as ${earlierName}: merge them, or say what each asks for that the other does not.`,
        data: { sectionId: items[later].sectionId, problem: 'duplicate', duplicateOf: items[earlier].number ?? '' },
      });
    }
    if (!options.reportTrainingOnly) return;
    for (const item of items) {
      const only = onlyAsk(item);
      if (!only) continue;
      report({
        start: item.start,
        end: item.end,
        message: `${itemName(item)} only asks for ${ASK_LABEL[only.ask]} ("${only.words}"): say what will change in practice, systems or assurance as a result (a change to a form, pathway or supervision; an audit of practice afterwards; its impact reported to the Board).`,
        data: { sectionId: item.sectionId, problem: 'training-only', ask: only.ask },
      });
    }
  },
});
