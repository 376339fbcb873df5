import * as z from 'zod/mini';
import { defineRule } from '../rule';
import type { TextEdit } from '../types';
import { recommendationSections, type Recommendation, type RecommendationList, type RecommendationSection } from '../sections/recommendations';
import { headPredicates, type Predicate } from '../text/clauses';
import { phraseStem, tokenize } from '../text/words';
import {
  ABSTRACT_VERBS,
  ATTITUDE_ADJECTIVES,
  CONCRETE_OBJECTS,
  DELIBERATIVE_NOUNS,
  DELIBERATIVE_PARTICLES,
  DELIBERATIVE_VERBS,
  LEARNING_OBJECTS,
  LIGHT_VERBS,
  SPREADING_VERBS,
} from '../data/recommendation-cues';

// ---------------------------------------------------------------------------------------------
// Is the request vague? Judged on the clause that carries it (text/clauses): its main verb, its
// modal and whether it is an agentless passive; later sentences and subordinate clauses qualify
// the request and do not make it vague ("The ICB will audit 30 cases; the audit should consider …").
// ---------------------------------------------------------------------------------------------

const stems = (words: readonly string[]) => new Set(words.map((word) => phraseStem(word)));
const DELIBERATIVE = stems(DELIBERATIVE_VERBS);
const ABSTRACT = stems(ABSTRACT_VERBS);
const CONCRETE = stems(CONCRETE_OBJECTS);
const ATTITUDE = new Set(ATTITUDE_ADJECTIVES);
const DELIBERATIVE_NOUN = stems(DELIBERATIVE_NOUNS);
const LIGHT = stems(LIGHT_VERBS);
const LEARNING = stems(LEARNING_OBJECTS);
const SPREADING = stems(SPREADING_VERBS);
const PARTICLES = new Map(Object.entries(DELIBERATIVE_PARTICLES).map(([verb, particles]) => [phraseStem(verb), particles]));

type Vagueness = 'weak-verb' | 'hedged' | 'attitude' | 'abstract';

interface VagueRequest {
  kind: Vagueness;
  /** The words that make it vague, as written ("should consider", "may wish to review", "be strengthened"). */
  words: string;
}

/** The first few words after the verb, as stems. */
function objectStems(text: string, predicate: Predicate, count: number): string[] {
  return tokenize(text.slice(predicate.complement.start, Math.min(predicate.complement.end, predicate.complement.start + 80)))
    .slice(0, count)
    .map((word) => word.stem);
}

function verbPhrase(text: string, predicate: Predicate): string {
  const from = predicate.subject ? predicate.subject.end : (predicate.verb?.start ?? predicate.complement.start);
  const to = predicate.verb ? predicate.verb.end : Math.min(predicate.complement.end, predicate.complement.start + 20);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Why one predicate asks for nothing that can be done and checked, or undefined when it asks for an act. */
function vaguenessOf(text: string, predicate: Predicate): Vagueness | undefined {
  if (predicate.adjective !== undefined && ATTITUDE.has(predicate.adjective)) return 'attitude';
  // "It would be helpful if …", "may wish to": optional, whatever follows.
  if (predicate.force === 'hedged' || predicate.hedges.some((hedge) => !/^be (?:expected|required) to$/.test(hedge))) return 'hedged';
  if (predicate.adjective !== undefined) return undefined;
  if (!predicate.verb) return undefined;
  const verb = predicate.verb.stem;
  const after = objectStems(text, predicate, 3);
  // Adverbs between the verb and its particle do not change it ("think creatively about").
  const raw = text
    .slice(predicate.complement.start, predicate.complement.start + 40)
    .toLowerCase()
    .replace(LEADING_ADVERBS, '');
  // "work with GP practices to consider …": the request is the verb after "to".
  if (COLLABORATING.has(verb)) {
    const joint = JOINT_PURPOSE.exec(text.slice(predicate.complement.start, predicate.complement.end));
    if (joint) return vagueRequest(`They should ${text.slice(predicate.complement.start + joint[0].length, predicate.complement.end)}`)?.kind;
  }
  if (DELIBERATIVE.has(verb)) {
    const particles = PARTICLES.get(verb);
    if (!particles || particles.some((particle) => raw.trimStart().startsWith(particle))) return 'weak-verb';
  }
  // The object: the words after the verb, or in the passive its subject ("consideration is given", "awareness should be raised").
  const object = predicate.passive && predicate.subject ? tokenize(text.slice(predicate.subject.start, predicate.subject.end)).map((word) => word.stem) : after;
  // "give consideration to", "take account of", "consideration is given to".
  if (LIGHT.has(verb) && object.some((stem) => DELIBERATIVE_NOUN.has(stem))) return 'weak-verb';
  // "raise awareness", "lessons should be learned and shared widely": spreading learning, with no act named.
  if (SPREADING.has(verb) && object.some((stem) => LEARNING.has(stem))) return 'abstract';
  if (ABSTRACT.has(verb)) {
    // "develop a protocol", "ensure that every child is seen": the object says what will exist or happen.
    if (object.some((stem) => CONCRETE.has(stem))) return undefined;
    if (verb === ENSURE && ensuresAnAct(text.slice(predicate.complement.start, predicate.complement.end))) return undefined;
    return 'abstract';
  }
  return undefined;
}

const ENSURE = phraseStem('ensure');
const COLLABORATING = stems(['work', 'collaborate', 'liaise', 'engage', 'partner']);
// "with GP practices to", "together to", "closely with schools and CAMHS to".
const JOINT_PURPOSE = /^\s*(?:\p{L}+ly\s+)?(?:together\s+)?(?:(?:with|alongside)\s+[^.;:]{1,80}?\s+)?to\s+(?=\p{L})/u;
const LEADING_ADVERBS = /^(?:\s*\p{L}{3,}ly\b)+/u;

/**
 * "ensure that every child is seen alone", "ensure officers speak to each child present": the clause
 * after "ensure" names an act. "ensure that practitioners are curious" and "ensure lessons are
 * learned" do not.
 */
function ensuresAnAct(complement: string): boolean {
  if (/^\s*(?:that\s+)?(?:every|all|each|no)\b/i.test(complement)) return true;
  const clause = `That ${complement.replace(/^\s*that\s+/i, '')}`;
  const head = headPredicates(clause);
  return head.some((predicate) => predicate.verb !== undefined && vaguenessOf(clause, predicate) === undefined);
}

/** The request is vague when every verb of its head clause is; one concrete verb is enough ("consider X and report to the Board"). */
function vagueRequest(text: string): VagueRequest | undefined {
  const head = headPredicates(text);
  if (head.length === 0) return undefined;
  let first: VagueRequest | undefined;
  for (const predicate of head) {
    const kind = vaguenessOf(text, predicate);
    if (!kind) return undefined;
    first ??= { kind, words: predicate.adjective ? `be ${predicate.adjective}` : verbPhrase(text, predicate) };
  }
  return first;
}

/** A head clause in the passive with no "by …": nobody is named as the one to act. */
function agentlessPassive(text: string): string | undefined {
  const head = headPredicates(text);
  const passive = head.find((predicate) => predicate.passive);
  return passive && !passive.imperative ? verbPhrase(text, passive) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

type Missing = 'addressee' | 'measure' | 'vague';

const TO_MEASURE = 'how the change will be evidenced (an audit, data, a report to the Board) or by when ("by March 2026", "within six months")';
const TO_ADDRESS = 'name the agency, team or partnership that will act ("The Integrated Care Board will …")';

function itemName(item: Recommendation): string {
  const noun = item.role === 'actions' ? 'Action' : 'Recommendation';
  return item.number ? `${noun} ${item.number}` : `This ${noun.toLowerCase()}`;
}

function vagueReason(vague: VagueRequest): string {
  switch (vague.kind) {
    case 'weak-verb':
      return `is vague ("${vague.words}" asks for thought, which can be done without anything changing)`;
    case 'hedged':
      return `is vague ("${vague.words}" makes it optional)`;
    case 'attitude':
      return `is vague ("${vague.words}" asks for an attitude, not an action)`;
    case 'abstract':
      return `is vague ("${vague.words}" names an aim, not what will be done)`;
  }
}

function message(item: Recommendation, missing: Missing[], vague: VagueRequest | undefined, passive: string | undefined): string {
  const name = itemName(item);
  const parts: string[] = [];
  const asks: string[] = [];
  if (missing.includes('vague') && vague) {
    parts.push(vagueReason(vague));
    asks.push('say what will be done');
  }
  if (missing.includes('addressee')) {
    if (passive) parts.push(`does not say who will act ("${passive}" is passive, with no "by …")`);
    else if (item.ownerCell !== undefined) parts.push(item.ownerCell.trim() === '' ? 'has an empty owner cell' : `has no owner ("${item.ownerCell.trim()}" names nobody who can be held to it)`);
    else parts.push('does not say who will act');
    asks.push(TO_ADDRESS);
  }
  if (missing.includes('measure')) {
    const cell = item.timescaleCell !== undefined && item.timescaleCell.trim() !== '' ? ` ("${item.timescaleCell.trim()}" is not a date)` : '';
    parts.push(`gives no measure or timescale${cell}`);
    asks.push(`add ${TO_MEASURE}`);
  }
  const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const asked = asks.length === 1 ? asks[0] : `${asks.slice(0, -1).join(', ')} and ${asks[asks.length - 1]}`;
  return `${name} ${joined}: ${asked}.`;
}

/** Turns single-line bullets into "1.", "2.", …: safe only when the list is the section's only one. */
function numberingFix(list: RecommendationList, text: string): TextEdit[] | undefined {
  if (!list.bulletMarkers) return undefined;
  const edits: TextEdit[] = [];
  for (const [index, offset] of list.bulletMarkers.entries()) {
    if (!/[-*+]/.test(text.charAt(offset))) return undefined;
    edits.push({ start: offset, end: offset + 1, text: `${index + 1}.` });
  }
  return edits;
}

interface Assessment {
  item: Recommendation;
  missing: Missing[];
  vague?: VagueRequest;
  passive?: string;
}

export const recommendationFormat = defineRule({
  meta: {
    id: 'recommendation-format',
    defaultSeverity: 'warning',
    category: 'content',
    fixable: true,
    description:
      'Recommendations (and rapid-review actions) are numbered, each addressed to a named agency or the partnership, with a measure or a timescale, and ask for an action rather than thought ("consider", "explore", "should be strengthened").',
  },
  options: z.strictObject({
    requireNumbering: z._default(z.boolean(), true).check(z.describe('Report recommendations given as bullets, prose paragraphs or a table with no number column.')),
    requireAddressee: z._default(z.boolean(), true).check(z.describe('Report a recommendation that names no agency, team, role or owner.')),
    requireMeasureOrTimescale: z._default(z.boolean(), true).check(z.describe('Report a recommendation with neither a measure (audit, data, report to a board) nor a timescale.')),
  }),
  check({ doc, options, shared, report }) {
    for (const section of recommendationSections(doc, shared.glossary)) {
      if (section.items.length === 0) continue;
      reportNumbering(section);
      const assessments = section.items.map((item): Assessment => {
        const vague = vagueRequest(item.text);
        const missing: Missing[] = [];
        if (vague && !item.measure) missing.push('vague');
        if (options.requireAddressee && !item.owner) missing.push('addressee');
        if (options.requireMeasureOrTimescale && !item.measure && !item.timescale) missing.push('measure');
        return { item, missing, vague, passive: item.owner ? undefined : agentlessPassive(item.text) };
      });
      // A table where no row says who acts (or by when) has one problem, the missing column: said once, on the table.
      for (const [index, list] of section.lists.entries()) {
        if (list.kind !== 'table') continue;
        const rows = assessments.filter((assessment) => assessment.item.list === index);
        if (rows.length < 2) continue;
        for (const lack of ['addressee', 'measure'] as const) {
          if (!rows.every((row) => row.missing.includes(lack))) continue;
          for (const row of rows) row.missing = row.missing.filter((missing) => missing !== lack);
          const column = lack === 'addressee' ? list.ownerColumn : list.timescaleColumn;
          const what = lack === 'addressee' ? 'who will act' : 'by when or how the change will be evidenced';
          const add = lack === 'addressee' ? 'an Owner column naming the agency, team or partnership for each row' : 'a Timescale column with a date for each row ("by March 2026", "Q3 2025"), or a measure';
          report({
            start: list.start,
            end: list.end,
            message: `No row of this table says ${what}${column ? ` (the "${column}" column is empty or names nobody in particular)` : ''}: add ${add}.`,
            data: { sectionId: section.sectionId, problem: lack === 'addressee' ? 'no-addressee' : 'no-measure' },
          });
        }
      }
      for (const assessment of assessments) {
        if (assessment.missing.length === 0) continue;
        const problem = assessment.missing.includes('vague') ? 'vague' : assessment.missing.includes('addressee') ? 'no-addressee' : 'no-measure';
        report({
          start: assessment.item.start,
          end: assessment.item.end,
          message: message(assessment.item, assessment.missing, assessment.vague, assessment.passive),
          data: { sectionId: section.sectionId, problem, missing: assessment.missing.join(',') },
        });
      }
    }

    function reportNumbering(section: RecommendationSection): void {
      if (!options.requireNumbering || section.items.some((item) => item.numbered)) return;
      const list = section.lists[section.items[0].list];
      const plural = section.role === 'actions' ? 'actions' : 'recommendations';
      const edits = section.lists.length === 1 ? numberingFix(list, doc.text) : undefined;
      const where = list.kind === 'table' ? 'This table of ' + plural + ' has no number column' : `The ${plural} are not numbered`;
      const how = list.kind === 'table' ? 'add a "No." column (1, 2, 3 or R1, R2)' : 'number them (a numbered list "1.", "2.", numbered paragraphs "7.1", or a table with a "No." column)';
      report({
        start: list.start,
        end: list.end,
        message: `${where}: ${how} so the Partnership, the action plan and the Panel can track each one.`,
        fix: edits ? { title: `Number the ${plural}`, edits } : undefined,
        data: { sectionId: section.sectionId, problem: 'unnumbered' },
      });
    }
  },
});
