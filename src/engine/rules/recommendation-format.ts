import * as z from 'zod/mini';
import { defineRule } from '../rule';
import type { DocBlock, DraftDocument, SectionMatch } from '../document';
import type { Glossary } from '../data/glossary';
import type { TextEdit } from '../types';
import { countWords } from '../sections/content';
import {
  COUNTED_NOUNS,
  DUE_LABELS,
  MEASURE_COLUMN_HEADERS,
  MEASURE_TERMS,
  MONTHS_AND_SEASONS,
  NUMBER_COLUMN_HEADERS,
  NUMBER_WORDS,
  OWNER_COLUMN_HEADERS,
  OWNER_LABELS,
  RECURRING_TIMESCALES,
  REPORTING_SOURCE,
  TIMESCALE_COLUMN_HEADERS,
  TIME_UNITS,
  VAGUE_WORDING,
  termsPattern,
  termsSource,
} from '../data/content-cues';
import { findActors } from './good-practice';

// ---------------------------------------------------------------------------------------------
// Patterns, compiled once
// ---------------------------------------------------------------------------------------------

const NUMBER_WORD = new RegExp(termsSource(NUMBER_WORDS), 'iu');
/** "1.", "7.1", "R3", "Recommendation 2:", "Recommendation Two", "Action 4", "(3)" at the start of a paragraph, heading or cell. */
const NUMBER_PREFIX = new RegExp(
  String.raw`^\s*(?:(?:[Rr]ecommendations?|[Rr]ec\.?|[Aa]ctions?)\s*(?:[Nn]o\.?\s*)?(?:\d{1,3}(?:\.\d{1,3})*\b|${NUMBER_WORD.source}\b)|R\d{1,3}(?:\.\d{1,3})*\b|\d{1,2}(?:\.\d{1,2})+\b|\d{1,2}[.)](?=\s)|\(\d{1,2}\))\s*[.:)–—-]?\s*`,
  'iu',
);
/** "R2" from "R2 ", "7.1" from "7.1 ", "3" from "Recommendation 3: ", "One" from "Recommendation One:". */
function numberIn(prefix: string | undefined): string | undefined {
  return prefix ? (/R?\d+(?:\.\d+)*/.exec(prefix) ?? NUMBER_WORD.exec(prefix))?.[0] : undefined;
}
/** A cell that holds nothing but a number ("1", "R2", "7.3."). */
const NUMBER_CELL = /^\s*(?:R|Rec\.?\s*|A)?\d{1,3}(?:\.\d{1,3})*\.?\s*$/u;
/** The verb that ends a recommendation's subject ("The Partnership should …", "CSC will …"). */
const MODAL = /(?<![\p{L}])(?:should|will|must|shall|needs? to|ought to|is asked to|are asked to|is to|are to|is expected to|are expected to|is required to|are required to)(?![\p{L}])/iu;
/** Prose that reads as a recommendation rather than an introduction to them. */
const RECOMMENDATION_LIKE = new RegExp(`${MODAL.source}|(?<![\\p{L}])recommend(?:s|ed)?(?![\\p{L}])|${VAGUE_WORDING.map((wording) => wording.source).join('|')}`, 'iu');
const AGENT = /(?<![\p{L}])by\s+(?=\S)/giu;
/** What may stand between "by" and the agent: an article and up to three words ("by the Partnership Business Unit"). */
const AGENT_LEAD = /^(?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,3}$/iu;

const VAGUE: readonly { label: string; pattern: RegExp }[] = VAGUE_WORDING.map((wording) => ({ label: wording.label, pattern: new RegExp(wording.source, 'iu') }));

const MONTH_OR_SEASON = termsSource(MONTHS_AND_SEASONS);
const NUMBER = String.raw`(?:\d+|${termsSource(NUMBER_WORDS)})`;
const TIME_UNIT = termsSource(TIME_UNITS);
const TIMESCALE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:by|before|during|in|from|until|till|no later than|end of|throughout)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:early|mid|late)[- ]?)?${MONTH_OR_SEASON}(?:\s+20\d\d)?`,
    String.raw`(?<![\p{L}])(?:by|before|during|in|until|end of)\s+(?:the\s+end\s+of\s+)?20\d\d(?:[-/]\d\d)?`,
    String.raw`(?<![\p{L}\p{N}])Q[1-4](?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])(?:within|in|after|over the next|during the next|every|each)\s+(?:the\s+next\s+)?(?:${NUMBER}|a|an)\s+${TIME_UNIT}`,
    termsSource(RECURRING_TIMESCALES),
    String.raw`(?<![\p{N}])\d{1,2}/\d{1,2}/\d{2,4}(?![\p{N}])`,
  ].join('|'),
  'iu',
);
const MEASURE = new RegExp(
  [
    termsSource(MEASURE_TERMS),
    REPORTING_SOURCE,
    // Numbers are matched from their first digit: starting anywhere inside a long run of digits
    // made the search quadratic (20,000 digits took 0.6 s, 40,000 2.5 s).
    String.raw`(?<![\p{N}])\d+(?:\.\d+)?\s?%|(?<![\p{L}])per ?cent(?![\p{L}])`,
    String.raw`(?<![\p{L}\p{N}])${NUMBER}\s+(?:[\p{L}-]+\s+)?${termsSource(COUNTED_NOUNS)}`,
  ].join('|'),
  'iu',
);
// "Owner: Head of Health Visiting." or "Due – within two months", not "lead-in".
const LABEL_SEPARATOR = String.raw`\s*(?::|\s[–—-]\s)\s*`;
const OWNER_LABEL = new RegExp(`${termsSource(OWNER_LABELS)}${LABEL_SEPARATOR}([^.;\\n]+)`, 'iu');
const DUE_LABEL = new RegExp(`${termsSource(DUE_LABELS)}${LABEL_SEPARATOR}([^.;\\n]+)`, 'iu');

/** A header that is exactly one of the terms, and one that merely mentions one ("Lead agency and officer"). */
interface HeaderPatterns {
  exact: RegExp;
  loose: RegExp;
}
function headerPatterns(terms: readonly string[]): HeaderPatterns {
  return { exact: new RegExp(`^\\s*(?:${termsSource(terms)})\\s*$`, 'iu'), loose: termsPattern(terms, 'iu') };
}
const NUMBER_HEADER = headerPatterns(NUMBER_COLUMN_HEADERS);
const OWNER_HEADER = headerPatterns(OWNER_COLUMN_HEADERS);
const TIMESCALE_HEADER = headerPatterns(TIMESCALE_COLUMN_HEADERS);
const MEASURE_HEADER = headerPatterns(MEASURE_COLUMN_HEADERS);
const TEXT_HEADER = /recommendation|action|what/iu;

// ---------------------------------------------------------------------------------------------
// Recommendations as items
// ---------------------------------------------------------------------------------------------

type ItemSource = 'list' | 'paragraph' | 'heading' | 'table';

/** One recommendation (or action): where it is, its text, and what a table says about it. */
interface RecommendationItem {
  source: ItemSource;
  numbered: boolean;
  /** "3", "7.1", "R2" when known. */
  number?: string;
  blocks: DocBlock[];
  /** Where findings about the item go: its first text block or recommendation cell. */
  anchor: DocBlock;
  owner?: string;
  timescale?: string;
  measure?: string;
  /** Bullet marker offset, for the numbering fix. */
  markerOffset?: number;
  /** The plain subheading the item sits under ("For the Integrated Care Board"), which may name its addressee. */
  group?: string;
}

interface TableColumns {
  number: number;
  owner: number;
  timescale: number;
  measure: number;
  text: number;
}

/** The first free column whose header is exactly one of the terms, else the first that mentions one. */
function headerIndex(headers: string[], patterns: HeaderPatterns, taken: Set<number>): number {
  let index = headers.findIndex((header, column) => !taken.has(column) && patterns.exact.test(header));
  if (index === -1) index = headers.findIndex((header, column) => !taken.has(column) && patterns.loose.test(header));
  if (index !== -1) taken.add(index);
  return index;
}

function tableColumns(header: string[], rows: DocBlock[][]): TableColumns {
  const taken = new Set<number>();
  let number = headerIndex(header, NUMBER_HEADER, taken);
  if (number === -1 && rows.length > 0 && rows.every((row) => NUMBER_CELL.test(row[0]?.text ?? ''))) {
    number = 0;
    taken.add(0);
  }
  const owner = headerIndex(header, OWNER_HEADER, taken);
  const timescale = headerIndex(header, TIMESCALE_HEADER, taken);
  const measure = headerIndex(header, MEASURE_HEADER, taken);
  let text = header.findIndex((cell, column) => !taken.has(column) && TEXT_HEADER.test(cell));
  if (text === -1) {
    // Without a telling header, the recommendation is the column with the most words.
    let best = -1;
    for (let column = 0; column < header.length; column++) {
      if (taken.has(column)) continue;
      const words = rows.reduce((sum, row) => sum + countWords(row[column]?.text ?? ''), 0);
      if (best === -1 || words > best) [best, text] = [words, column];
    }
  }
  return { number, owner, timescale, measure, text: Math.max(0, text) };
}

/** The cell's text when it says something (placeholders and dashes do not). */
function filled(block: DocBlock | undefined): string | undefined {
  if (!block) return undefined;
  return countWords(block.text) > 0 ? block.text.trim() : undefined;
}

function tableItems(cells: DocBlock[]): RecommendationItem[] {
  const rows: DocBlock[][] = [];
  for (const cell of cells) (rows[cell.table!.row] ??= [])[cell.table!.column] = cell;
  const [header = [], ...body] = rows.filter((row) => row !== undefined);
  const columns = tableColumns(header.map((cell) => cell?.text ?? ''), body);
  const items: RecommendationItem[] = [];
  for (const row of body) {
    const textCell = row[columns.text];
    if (!row.some((cell) => cell && countWords(cell.text) > 0)) continue;
    const anchor = textCell && countWords(textCell.text) > 0 ? textCell : row.find((cell) => cell && countWords(cell.text) > 0)!;
    const numberText = columns.number !== -1 ? filled(row[columns.number]) : undefined;
    const prefix = textCell ? NUMBER_PREFIX.exec(textCell.text) : null;
    items.push({
      source: 'table',
      numbered: columns.number !== -1 || prefix !== null,
      number: numberText ?? numberIn(prefix?.[0]),
      blocks: textCell ? [textCell] : [anchor],
      anchor,
      owner: columns.owner !== -1 ? filled(row[columns.owner]) : undefined,
      timescale: columns.timescale !== -1 ? filled(row[columns.timescale]) : undefined,
      measure: columns.measure !== -1 ? filled(row[columns.measure]) : undefined,
    });
  }
  return items;
}

/**
 * Splits a recommendations section into items. Numbered items are ordered-list items, numbered
 * paragraphs ("7.1 …"), numbered headings or bold lines ("Recommendation 2"), and rows of a table
 * with a number column; what follows a numbered paragraph or heading (plain paragraphs, bullets)
 * belongs to it. Unnumbered candidates are bullets, rows of a table without a number column, and
 * prose paragraphs that read as recommendations (not "The review makes these recommendations:").
 */
function recommendationItems(doc: DraftDocument, match: SectionMatch): RecommendationItem[] {
  const blocks = doc.sectionBlocks(match);
  const items: RecommendationItem[] = [];
  let current: RecommendationItem | undefined;
  let group: string | undefined;
  const add = (item: RecommendationItem) => {
    item.group = group;
    items.push(item);
    return item;
  };
  const listItems = new Map<string, RecommendationItem>();
  const tables = new Map<number, DocBlock[]>();
  for (const block of blocks) if (block.table) (tables.get(block.table.tableStart) ?? tables.set(block.table.tableStart, []).get(block.table.tableStart)!).push(block);
  for (const block of blocks) {
    if (block.table) {
      const cells = tables.get(block.table.tableStart);
      if (!cells) continue;
      tables.delete(block.table.tableStart);
      for (const item of tableItems(cells)) add(item);
      current = undefined;
      continue;
    }
    if (block.list && block.list.nesting > 0) {
      current?.blocks.push(block);
      continue;
    }
    if (block.list) {
      const key = `${block.list.listStart}:${block.list.itemIndex}`;
      const existing = listItems.get(key);
      if (existing) {
        existing.blocks.push(block);
        continue;
      }
      const prefix = NUMBER_PREFIX.exec(block.text);
      if (!block.list.ordered && current && (current.source === 'paragraph' || current.source === 'heading') && !prefix) {
        // Bullets under "7.1 The Partnership should:" are the detail of 7.1.
        current.blocks.push(block);
        listItems.set(key, current);
        continue;
      }
      const item: RecommendationItem = {
        source: 'list',
        numbered: block.list.ordered || prefix !== null,
        number: block.list.ordered ? String((block.list.firstNumber ?? 1) + block.list.itemIndex) : numberIn(prefix?.[0]),
        blocks: [block],
        anchor: block,
        markerOffset: block.list.ordered ? undefined : block.list.itemStart,
      };
      listItems.set(key, add(item));
      current = item;
      continue;
    }
    const prefix = NUMBER_PREFIX.exec(block.text);
    if (block.kind === 'heading' || block.emphasisOnly) {
      if (prefix) {
        current = add({ source: 'heading', numbered: true, number: numberIn(prefix[0]), blocks: [block], anchor: block });
      } else if (block.kind !== 'heading' && current && (current.source === 'heading' || current.source === 'paragraph')) {
        // A bold line inside a numbered recommendation ("**Evidence:** …") is part of it.
        current.blocks.push(block);
      } else {
        // A plain subheading or bold line groups what follows ("For the Integrated Care Board").
        current = undefined;
        group = block.text;
      }
      continue;
    }
    if (prefix) {
      current = add({ source: 'paragraph', numbered: true, number: numberIn(prefix[0]), blocks: [block], anchor: block });
      continue;
    }
    if (current && (current.source === 'paragraph' || current.source === 'heading')) {
      current.blocks.push(block);
      if (current.anchor.kind === 'heading' || current.anchor.emphasisOnly) current.anchor = block;
      continue;
    }
    current = undefined;
    if (/:\s*$/.test(block.text)) {
      // "The Integrated Care Board should:" introduces, and addresses, the bullets below it.
      group = block.text;
      continue;
    }
    if (block.inQuote || !RECOMMENDATION_LIKE.test(block.text)) continue;
    add({ source: 'paragraph', numbered: false, blocks: [block], anchor: block });
  }
  // Where anything is numbered, the numbered items are the recommendations and the rest is
  // commentary; only a section with no numbering at all is judged as unnumbered.
  return items.some((item) => item.numbered) ? items.filter((item) => item.numbered) : items;
}

// ---------------------------------------------------------------------------------------------
// What each item lacks
// ---------------------------------------------------------------------------------------------

interface ItemAssessment {
  addressee: boolean;
  vague?: string;
  measurable: boolean;
}

/** The words before the first modal verb, in the last sentence or line before it: who is asked to act. */
function subjectOf(text: string): string | undefined {
  const modal = MODAL.exec(text);
  if (!modal) return undefined;
  const before = text.slice(0, modal.index);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(': '));
  return boundary === -1 ? before : before.slice(boundary + 1);
}

function hasAgent(text: string, glossary: Glossary): boolean {
  for (const match of text.matchAll(AGENT)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 80);
    const actor = findActors(after, glossary)[0];
    if (actor && AGENT_LEAD.test(after.slice(0, actor.index))) return true;
  }
  return false;
}

function assess(item: RecommendationItem, glossary: Glossary): ItemAssessment {
  const text = item.blocks.map((block) => block.text).join('\n').replace(NUMBER_PREFIX, '');
  const ownerLabel = OWNER_LABEL.exec(text)?.[1];
  const dueLabel = DUE_LABEL.exec(text)?.[1];
  const subject = subjectOf(text);
  const addressee =
    item.owner !== undefined ||
    (ownerLabel !== undefined && countWords(ownerLabel) > 0) ||
    findActors(subject ?? text, glossary).length > 0 ||
    (item.group !== undefined && findActors(item.group, glossary).length > 0) ||
    hasAgent(text, glossary);
  const vague = VAGUE.find((wording) => wording.pattern.test(text))?.label;
  const measurable =
    item.timescale !== undefined ||
    item.measure !== undefined ||
    (dueLabel !== undefined && countWords(dueLabel) > 0) ||
    TIMESCALE.test(text) ||
    MEASURE.test(text);
  return { addressee, vague, measurable };
}

function itemName(item: RecommendationItem, noun: string): string {
  return item.number ? `${noun} ${item.number.replace(/\.$/, '')}` : `This ${noun.toLowerCase()}`;
}

const TO_MEASURE = 'what will change and how it will be evidenced (an audit, data, training figures, a report to the Board)';
const TO_TIME = 'by when ("by March 2026", "within six months", "quarterly")';

function problemMessage(item: RecommendationItem, assessment: ItemAssessment, noun: string): string | undefined {
  const name = itemName(item, noun);
  const vagueAndUnmeasured = assessment.vague !== undefined && !assessment.measurable;
  if (!vagueAndUnmeasured && assessment.addressee) return undefined;
  if (vagueAndUnmeasured && !assessment.addressee) {
    return `${name} is vague ("${assessment.vague}"), with no addressee and nothing measurable: say which agency or partnership will act, ${TO_MEASURE}, and ${TO_TIME}.`;
  }
  if (vagueAndUnmeasured) return `${name} is vague ("${assessment.vague}") with nothing measurable: say ${TO_MEASURE}, and ${TO_TIME}.`;
  const alsoMeasure = assessment.measurable ? '' : `, and say ${TO_MEASURE} and ${TO_TIME}`;
  return `${name} does not say who will act ("all agencies" or "services" cannot be held to it): address it to a named agency, team or the Partnership, e.g. "The Integrated Care Board will …"${alsoMeasure}.`;
}

/** Turns single-line bullets into "1.", "2.", …: safe only when every item is one line with nothing nested. */
function numberingFix(items: RecommendationItem[], doc: DraftDocument): TextEdit[] | undefined {
  if (items.length === 0 || items.some((item) => item.source !== 'list' || item.markerOffset === undefined || item.blocks.length !== 1)) return undefined;
  const listStart = items[0].anchor.list?.listStart;
  if (items.some((item) => item.anchor.list?.listStart !== listStart || item.blocks[0].text.includes('\n'))) return undefined;
  const edits: TextEdit[] = [];
  for (const [index, item] of items.entries()) {
    const offset = item.markerOffset!;
    if (!/[-*+]/.test(doc.text.charAt(offset))) return undefined;
    edits.push({ start: offset, end: offset + 1, text: `${index + 1}.` });
  }
  return edits;
}

export const recommendationFormat = defineRule({
  meta: {
    id: 'recommendation-format',
    defaultSeverity: 'warning',
    category: 'content',
    fixable: true,
    description:
      'Recommendations (and rapid-review actions) are numbered, each addressed to a named agency or the partnership, and not vague ("consider", "explore", "remind staff") unless something makes them measurable.',
  },
  options: z.strictObject({
    requireNumbering: z._default(z.boolean(), true).check(z.describe('Report recommendations given as bullets or prose paragraphs.')),
    requireAddressee: z._default(z.boolean(), true).check(z.describe('Report a recommendation that names no agency, team, role or owner.')),
  }),
  check({ doc, options, shared, report }) {
    const sections = [...doc.sectionsWithRole('recommendations'), ...doc.sectionsWithRole('actions')];
    for (const match of sections) {
      const noun = match.section.role === 'actions' ? 'Action' : 'Recommendation';
      const items = recommendationItems(doc, match);
      if (items.length === 0) continue;
      if (options.requireNumbering && !items.some((item) => item.numbered)) {
        const first = items[0].anchor;
        const edits = numberingFix(items, doc);
        const plural = noun.toLowerCase() + 's';
        report({
          start: first.start,
          end: first.end,
          message: `The ${plural} are not numbered: number them (a numbered list "1.", "2.", numbered paragraphs "7.1", or a table with a "No." column) so the Partnership, the action plan and the Panel can track each one.`,
          fix: edits ? { title: `Number the ${plural}`, edits } : undefined,
          data: { sectionId: match.section.id, problem: 'unnumbered' },
        });
      }
      for (const item of items) {
        const assessment = assess(item, shared.glossary);
        if (!options.requireAddressee) assessment.addressee = true;
        const message = problemMessage(item, assessment, noun);
        if (!message) continue;
        report({
          start: item.anchor.start,
          end: item.anchor.end,
          message,
          data: { sectionId: match.section.id, problem: assessment.vague && !assessment.measurable ? 'vague' : 'no-addressee' },
        });
      }
    }
  },
});
