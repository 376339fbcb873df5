// A draft's recommendations (and a rapid review's actions) as plain data, read once and shared:
// recommendation-format judges each one, recommendation-count counts and compares them, and the
// portfolio's recommendations register lists them across drafts. For each recommendation: its
// number, its text, who is asked to act, by when, how it will be evidenced, and where it is.
import type { DocBlock, DraftDocument, SectionMatch } from '../document';
import { BUILT_IN_EXPANSIONS, type Glossary } from '../data/glossary';
import { countWords } from './content';
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
  termsPattern,
  termsSource,
} from '../data/content-cues';
import { findActors } from '../text/actors';
import { headPredicates, type Predicate } from '../text/clauses';
import { phraseStem, tokenize } from '../text/words';
import { TextMemo } from '../text/text-memo';
import { SAME_MEANING } from '../data/recommendation-cues';

export type RecommendationSource = 'list' | 'paragraph' | 'heading' | 'table';

/** Where an owner was read from: an Owner column, an "Owner:" label, the subject, a passive agent, or the heading or line the item sits under. */
export type OwnerSource = 'column' | 'label' | 'subject' | 'agent' | 'group';

export interface Recommendation {
  /** The template section it belongs to ("recommendations", "actions"). */
  sectionId: string;
  role: 'recommendations' | 'actions';
  source: RecommendationSource;
  numbered: boolean;
  /** "3", "7.1", "R2", "One", when the draft gives one. */
  number?: string;
  /** Its words, number prefix removed; the paragraphs of a multi-paragraph recommendation joined by line breaks. */
  text: string;
  /** Who is asked to act, as written ("the Integrated Care Board"). */
  owner?: string;
  ownerSource?: OwnerSource;
  /** The Owner cell of a table row as written, also when it names nobody ("", "TBC", "All agencies"). */
  ownerCell?: string;
  /** By when, as written ("by March 2026", "Q3 2025"). */
  timescale?: string;
  /** The Timescale cell of a table row as written, also when it gives no date ("", "Ongoing"). */
  timescaleCell?: string;
  /** How change will be evidenced, as written ("audit 30 cases", "report … to the Board"). */
  measure?: string;
  /** The subheading or introducing line it sits under ("For the Integrated Care Board"). */
  group?: string;
  /** Where findings about it go: its first text block or its recommendation cell. */
  start: number;
  end: number;
  /** Index into the section's `lists` of the list, table or run of paragraphs it belongs to. */
  list: number;
}

export interface RecommendationList {
  kind: 'list' | 'table' | 'paragraphs';
  /** The list's first item, or the table's header row: where a finding about the whole list goes. */
  start: number;
  end: number;
  /** Bullet marker offsets of a bullet list whose items are each one line with nothing nested (safe to number). */
  bulletMarkers?: number[];
  /** For a table: whether it has a number column, and the headers of its owner and timescale columns. */
  numberColumn?: boolean;
  ownerColumn?: string;
  timescaleColumn?: string;
}

export interface RecommendationSection {
  sectionId: string;
  role: 'recommendations' | 'actions';
  headingStart: number;
  headingEnd: number;
  lists: RecommendationList[];
  items: Recommendation[];
}

// ---------------------------------------------------------------------------------------------
// Patterns, compiled once
// ---------------------------------------------------------------------------------------------

const NUMBER_WORD = new RegExp(termsSource(NUMBER_WORDS), 'iu');
/** "1.", "7.1", "R3", "Recommendation 2:", "Recommendation Two", "Action 4", "(3)" at the start of a paragraph, heading or cell. */
const NUMBER_PREFIX = new RegExp(
  String.raw`^\s*(?:(?:[Rr]ecommendations?|[Rr]ec\.?|[Aa]ctions?)\s*(?:[Nn]o\.?\s*)?(?:\d{1,3}(?:\.\d{1,3})*\b|${NUMBER_WORD.source}\b)|R\d{1,3}(?:\.\d{1,3})*\b|\d{1,2}(?:\.\d{1,2})+\b|\d{1,2}[.)](?=\s)|\(\d{1,2}\))\s*[.:)–—-]?\s*`,
  'iu',
);
function numberIn(prefix: string | undefined): string | undefined {
  return prefix ? (/R?\d+(?:\.\d+)*/.exec(prefix) ?? NUMBER_WORD.exec(prefix))?.[0] : undefined;
}
/** A cell that holds nothing but a number ("1", "R2", "7.3."). */
const NUMBER_CELL = /^\s*(?:R|Rec\.?\s*|A)?\d{1,3}(?:\.\d{1,3})*\.?\s*$/u;
/** Prose that reads as a recommendation rather than an introduction to them. */
const RECOMMENDATION_LIKE = /(?<![\p{L}])(?:should|will|must|shall|needs? to|ought to|may wish|is asked to|are asked to|recommend(?:s|ed)?)(?![\p{L}])/iu;

const MONTH_OR_SEASON = termsSource(MONTHS_AND_SEASONS);
const NUMBER = String.raw`(?:\d+|${termsSource(NUMBER_WORDS)})`;
const TIME_UNIT = termsSource(TIME_UNITS);
const TIMESCALE_SOURCES = [
  String.raw`(?<![\p{L}])(?:by|before|during|in|from|until|till|no later than|end of|throughout)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:early|mid|late)[- ]?)?${MONTH_OR_SEASON}(?:\s+20\d\d)?`,
  String.raw`(?<![\p{L}])(?:by|before|during|in|until|end of)\s+(?:the\s+end\s+of\s+)?20\d\d(?:[-/]\d\d)?`,
  String.raw`(?<![\p{L}\p{N}])Q[1-4](?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}])(?:within|in|after|over the next|during the next|every|each)\s+(?:the\s+next\s+)?(?:${NUMBER}|a|an)\s+${TIME_UNIT}`,
  termsSource(RECURRING_TIMESCALES),
  String.raw`(?<![\p{N}])\d{1,2}/\d{1,2}/\d{2,4}(?![\p{N}])`,
];
const TIMESCALE = new RegExp(TIMESCALE_SOURCES.join('|'), 'iu');
/** In a Timescale cell a bare date is enough ("March 2026", "2026", "immediately"). */
const TIMESCALE_CELL = new RegExp(
  [
    ...TIMESCALE_SOURCES,
    String.raw`(?<![\p{L}])${MONTH_OR_SEASON}(?:\s+20\d\d)?`,
    String.raw`(?<![\p{N}])20\d\d(?![\p{N}])`,
    String.raw`(?<![\p{L}])immediate(?:ly)?(?![\p{L}])`,
    // A duration on its own under a timescale label or header ("Timescale: six months", "3 months").
    String.raw`^\s*(?:${NUMBER}|a|an)\s+${TIME_UNIT}(?![\p{L}])`,
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

/**
 * Words that, on their own in an Owner or Timescale cell, name nobody and no date: "TBC", "-",
 * "N/A", "All agencies", "Each partner", "Everyone", "Ongoing". A cell made only of these is empty.
 */
const EMPTY_CELL_WORDS = new Set([
  'tbc', 'tbd', 'tba', 'n', 'a', 'na', 'none', 'nil', 'unknown', 'various', 'ongoing', 'on-going', 'continuous', 'continuing', 'as', 'required',
  'needed', 'appropriate', 'and', 'when', 'where', 'possible', 'asap', 'soon', 'all', 'each', 'every', 'any', 'relevant', 'partner', 'partners',
  'agency', 'agencies', 'organisation', 'organisations', 'organization', 'organizations', 'service', 'services', 'everyone', 'everybody',
  'staff', 'professionals', 'practitioners', 'multi-agency', 'partnership-wide', 'the', 'of', 'to', 'be', 'confirmed', 'decided', 'agreed',
  'later', 'date', 'key', 'other', 'involved', 'in', 'time', 'due', 'course',
]);

function cellNamesSomething(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.some((word) => !EMPTY_CELL_WORDS.has(word));
}

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
// Items
// ---------------------------------------------------------------------------------------------

interface Item {
  source: RecommendationSource;
  numbered: boolean;
  number?: string;
  blocks: DocBlock[];
  anchor: DocBlock;
  owner?: string;
  ownerCell?: string;
  timescale?: string;
  timescaleCell?: string;
  measure?: string;
  markerOffset?: number;
  group?: string;
  list: number;
}

interface TableColumns {
  number: number;
  owner: number;
  timescale: number;
  measure: number;
  text: number;
}

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
  // "By whom" before "By when": the owner column is claimed first, so "Who and when" goes to the owner.
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

function tableItems(cells: DocBlock[], list: number): { items: Item[]; table: RecommendationList } {
  const rows: DocBlock[][] = [];
  for (const cell of cells) (rows[cell.table!.row] ??= [])[cell.table!.column] = cell;
  const [header = [], ...body] = rows.filter((row) => row !== undefined);
  const headerTexts = header.map((cell) => cell?.text ?? '');
  const columns = tableColumns(headerTexts, body);
  const headerCells = header.filter((cell) => cell !== undefined);
  const table: RecommendationList = {
    kind: 'table',
    start: headerCells[0]?.start ?? cells[0].start,
    end: headerCells[headerCells.length - 1]?.end ?? cells[0].end,
    numberColumn: columns.number !== -1,
    ownerColumn: columns.owner !== -1 ? headerTexts[columns.owner] : undefined,
    timescaleColumn: columns.timescale !== -1 ? headerTexts[columns.timescale] : undefined,
  };
  const items: Item[] = [];
  for (const row of body) {
    const textCell = row[columns.text];
    if (!row.some((cell) => cell && countWords(cell.text) > 0)) continue;
    const anchor = textCell && countWords(textCell.text) > 0 ? textCell : row.find((cell) => cell && countWords(cell.text) > 0)!;
    const numberText = columns.number !== -1 ? row[columns.number]?.text.trim() || undefined : undefined;
    const prefix = textCell ? NUMBER_PREFIX.exec(textCell.text) : null;
    const ownerCell = columns.owner !== -1 ? (row[columns.owner]?.text ?? '').trim() : undefined;
    const timescaleCell = columns.timescale !== -1 ? (row[columns.timescale]?.text ?? '').trim() : undefined;
    const measureCell = columns.measure !== -1 ? (row[columns.measure]?.text ?? '').trim() : undefined;
    items.push({
      source: 'table',
      numbered: columns.number !== -1 || prefix !== null,
      number: numberText ?? numberIn(prefix?.[0]),
      blocks: textCell ? [textCell] : [anchor],
      anchor,
      ownerCell,
      owner: ownerCell !== undefined && cellNamesSomething(ownerCell) ? ownerCell : undefined,
      timescaleCell,
      timescale: timescaleCell !== undefined && TIMESCALE_CELL.test(timescaleCell) ? timescaleCell : undefined,
      // A cell that is only "Ongoing" or "TBC" is no evidence either.
      measure: measureCell !== undefined && cellNamesSomething(measureCell) ? measureCell : undefined,
      list,
    });
  }
  return { items, table };
}

/**
 * Splits a recommendations section into items. Numbered items are ordered-list items, numbered
 * paragraphs ("7.1 …"), numbered headings or bold lines ("Recommendation 2"), and rows of a table
 * with a number column; what follows a numbered paragraph or heading (plain paragraphs, bullets)
 * belongs to it. Unnumbered candidates are bullets, rows of a table without a number column, and
 * prose paragraphs that read as recommendations (not "The review makes these recommendations:").
 */
function sectionItems(doc: DraftDocument, match: SectionMatch): { items: Item[]; lists: RecommendationList[] } {
  const blocks = doc.sectionBlocks(match);
  const items: Item[] = [];
  const lists: RecommendationList[] = [];
  let current: Item | undefined;
  let group: string | undefined;
  let paragraphsList = -1;
  const add = (item: Item) => {
    item.group = group;
    items.push(item);
    return item;
  };
  const listIndexByStart = new Map<number, number>();
  const listItems = new Map<string, Item>();
  const tables = new Map<number, DocBlock[]>();
  for (const block of blocks) if (block.table) (tables.get(block.table.tableStart) ?? tables.set(block.table.tableStart, []).get(block.table.tableStart)!).push(block);
  const paragraphList = (block: DocBlock) => {
    if (paragraphsList === -1) paragraphsList = lists.push({ kind: 'paragraphs', start: block.start, end: block.end }) - 1;
    return paragraphsList;
  };
  for (const block of blocks) {
    if (block.table) {
      const cells = tables.get(block.table.tableStart);
      if (!cells) continue;
      tables.delete(block.table.tableStart);
      const { items: rows, table } = tableItems(cells, lists.length);
      lists.push(table);
      for (const item of rows) add(item);
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
      let list = listIndexByStart.get(block.list.listStart);
      if (list === undefined) {
        list = lists.push({ kind: 'list', start: block.start, end: block.end }) - 1;
        listIndexByStart.set(block.list.listStart, list);
      }
      const item: Item = {
        source: 'list',
        numbered: block.list.ordered || prefix !== null,
        number: block.list.ordered ? String((block.list.firstNumber ?? 1) + block.list.itemIndex) : numberIn(prefix?.[0]),
        blocks: [block],
        anchor: block,
        markerOffset: block.list.ordered ? undefined : block.list.itemStart,
        list,
      };
      listItems.set(key, add(item));
      current = item;
      continue;
    }
    const prefix = NUMBER_PREFIX.exec(block.text);
    // A bold line naming the glossary or references ("**9. Glossary**", a Word paste's heading) ends
    // the recommendations: what follows it is that part of the report, not recommendation 9.
    if (block.emphasisOnly && doc.readHeading(block.text).sections.some((section) => section.role === 'glossary' || section.role === 'references')) break;
    if (block.kind === 'heading' || block.emphasisOnly) {
      if (prefix) {
        current = add({ source: 'heading', numbered: true, number: numberIn(prefix[0]), blocks: [block], anchor: block, list: paragraphList(block) });
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
      current = add({ source: 'paragraph', numbered: true, number: numberIn(prefix[0]), blocks: [block], anchor: block, list: paragraphList(block) });
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
    add({ source: 'paragraph', numbered: false, blocks: [block], anchor: block, list: paragraphList(block) });
  }
  // Where anything is numbered, the numbered items are the recommendations and the rest is
  // commentary; only a section with no numbering at all is judged as unnumbered.
  const kept = items.some((item) => item.numbered) ? items.filter((item) => item.numbered) : items;
  for (const [index, list] of lists.entries()) {
    const members = kept.filter((item) => item.list === index);
    if (list.kind !== 'table' && members.length > 0) {
      list.start = members[0].anchor.start;
      list.end = members[0].anchor.end;
    }
    if (list.kind === 'list' && members.length > 0 && members.every((item) => item.markerOffset !== undefined && item.blocks.length === 1 && !item.blocks[0].text.includes('\n'))) {
      list.bulletMarkers = members.map((item) => item.markerOffset!);
    }
  }
  return { items: kept, lists };
}

// ---------------------------------------------------------------------------------------------
// Owner, timescale and measure of an item
// ---------------------------------------------------------------------------------------------

// What may stand between "by" and the agent: up to three words ("by the Partnership Business Unit").
const AGENT_LEAD = /^\s*(?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,3}$/iu;

function agentOf(text: string, predicates: readonly Predicate[], glossary: Glossary): string | undefined {
  for (const predicate of predicates) {
    for (const at of predicate.agentAt) {
      const after = text.slice(at, at + 80);
      const actors = findActors(after, glossary);
      if (actors.length === 0 || !AGENT_LEAD.test(after.slice(0, actors[0].index))) continue;
      // "the Partnership Business Unit": neighbouring names are one agent.
      let end = actors[0].end;
      for (const actor of actors.slice(1)) if (actor.index <= end + 1) end = Math.max(end, actor.end);
      return after.slice(actors[0].index, end);
    }
  }
  return undefined;
}

const SCOPE_BEFORE = /(?:^|\s)(?:across|throughout|among|amongst)\s+(?:(?:the|all|our|its|every|each)\s+)?$/iu;
// An acronym of capitals ("LSCP", "SCP", "LSCPs"), the whole token.
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}s?(?![\p{L}\p{N}])/u;

function subjectActor(text: string, predicates: readonly Predicate[], glossary: Glossary): string | undefined {
  for (const predicate of predicates) {
    if (!predicate.subject) continue;
    const subject = text.slice(predicate.subject.start, predicate.subject.end);
    // "Leaders across the partnership": an actor after "across" or "throughout" is the scope, not who acts.
    const actors = findActors(subject, glossary).filter((actor) => !SCOPE_BEFORE.test(subject.slice(0, actor.index)));
    if (actors.length > 0) return subject.slice(actors[0].index, actors[actors.length - 1].end);
    // "The LSCP should seek assurance …": an acronym the glossary does not know, as the subject of
    // an active request, names the body asked to act (a passive's subject is what is acted on, and
    // an acronym the glossary expands to something other than a body is not one).
    const acronym = predicate.passive ? undefined : ACRONYM.exec(subject)?.[0];
    if (acronym && cellNamesSomething(acronym) && !glossary.has(acronym.replace(/s$/, '')) && !BUILT_IN_EXPANSIONS[acronym.replace(/s$/, '')]) return acronym;
  }
  return undefined;
}

// "Health visiting service: offer a home visit …": an addressee written as a label before the request.
const LEADING_LABEL = /^\s*([^:.;\n]{2,60}):\s/u;

function complete(item: Item, match: SectionMatch, glossary: Glossary): Recommendation {
  const text = item.blocks
    .map((block) => block.text)
    .join('\n')
    .replace(NUMBER_PREFIX, '');
  const role = match.section.role === 'actions' ? 'actions' : 'recommendations';
  const out: Recommendation = {
    sectionId: match.section.id,
    role,
    source: item.source,
    numbered: item.numbered,
    number: item.number?.replace(/\.$/, ''),
    text,
    group: item.group,
    start: item.anchor.start,
    end: item.anchor.end,
    list: item.list,
  };
  if (item.ownerCell !== undefined) out.ownerCell = item.ownerCell;
  if (item.timescaleCell !== undefined) out.timescaleCell = item.timescaleCell;
  // What the text says of owner, timescale and measure is remembered by text: every item is
  // completed again on every lint, and a keystroke changes one item at most.
  const facts = factsOfText(text, glossary);
  // The owner: a column for it, else what the text names, else the group heading the item is under.
  const named = item.owner ? undefined : facts.owner;
  const fromGroup = item.owner || named ? undefined : groupOwner(item.group, glossary);
  if (item.owner) {
    out.owner = item.owner;
    out.ownerSource = 'column';
  } else if (named) {
    out.owner = named.owner;
    out.ownerSource = named.source;
  } else if (fromGroup) {
    out.owner = fromGroup;
    out.ownerSource = 'group';
  }
  out.timescale = item.timescale ?? facts.dueLabel ?? facts.timescale;
  out.measure = item.measure ?? facts.measure;
  if (out.timescale === undefined) delete out.timescale;
  if (out.measure === undefined) delete out.measure;
  return out;
}

/** "For the Integrated Care Board" → "Integrated Care Board"; "The ICB and CSC should:" → "ICB and CSC". */
function groupOwner(group: string | undefined, glossary: Glossary): string | undefined {
  const actors = group !== undefined ? findActors(group, glossary) : [];
  return actors.length > 0 ? group!.slice(actors[0].index, actors[actors.length - 1].end) : undefined;
}

interface TextFacts {
  /** The owner the text names: an "Owner:" label, else the actor its head clause is about, else the agent ("by the ICB"). */
  owner?: { owner: string; source: OwnerSource };
  /** A "Due: …" label that reads as a timescale. */
  dueLabel?: string;
  /** A timescale anywhere in the text ("by March 2025", "within six months"). */
  timescale?: string;
  measure?: string;
}

function factsOfText(text: string, glossary: Glossary): TextFacts {
  return FACTS_OF_TEXTS.get(text, glossary, readFactsOfText);
}

function readFactsOfText(text: string, glossary: Glossary): TextFacts {
  const due = DUE_LABEL.exec(text)?.[1]?.trim();
  return {
    owner: readOwnerNamedIn(text, glossary),
    dueLabel: due && TIMESCALE_CELL.test(due) ? due : undefined,
    timescale: TIMESCALE.exec(text)?.[0],
    measure: MEASURE.exec(text)?.[0],
  };
}

const FACTS_OF_TEXTS = new TextMemo<TextFacts>(5_000);

function readOwnerNamedIn(text: string, glossary: Glossary): { owner: string; source: OwnerSource } | undefined {
  const label = OWNER_LABEL.exec(text)?.[1]?.trim();
  if (label && cellNamesSomething(label)) return { owner: label, source: 'label' };
  const lead = LEADING_LABEL.exec(text)?.[1];
  const leadActors = lead !== undefined ? findActors(lead, glossary) : [];
  if (lead !== undefined && leadActors.length > 0 && cellNamesSomething(lead)) return { owner: lead.slice(leadActors[0].index, leadActors[leadActors.length - 1].end), source: 'label' };
  const predicates = headPredicates(text);
  const subject = subjectActor(text, predicates, glossary);
  if (subject) return { owner: subject, source: 'subject' };
  const agent = agentOf(text, predicates, glossary);
  if (agent) return { owner: agent, source: 'agent' };
  return undefined;
}

const extracted = new WeakMap<DraftDocument, { glossary: Glossary; sections: RecommendationSection[] }>();

/**
 * The recommendations and actions sections of the draft (first match of each), with their items.
 * Computed once per document and glossary: both recommendation rules ask for it on every lint.
 */
export function recommendationSections(doc: DraftDocument, glossary: Glossary): RecommendationSection[] {
  const cached = extracted.get(doc);
  if (cached && cached.glossary === glossary) return cached.sections;
  const sections: RecommendationSection[] = [];
  for (const match of [...doc.sectionsWithRole('recommendations'), ...doc.sectionsWithRole('actions')]) {
    const { items, lists } = sectionItems(doc, match);
    sections.push({
      sectionId: match.section.id,
      role: match.section.role === 'actions' ? 'actions' : 'recommendations',
      headingStart: match.heading.start,
      headingEnd: doc.lineEnd(match.heading.line),
      lists,
      items: items.map((item) => complete(item, match, glossary)),
    });
  }
  extracted.set(doc, { glossary, sections });
  return sections;
}

// ---------------------------------------------------------------------------------------------
// What a recommendation asks for, as a set of content words (stems, near-synonyms reduced to one
// word, the addressee and function words left out): two recommendations in one draft
// (recommendation-count) or in different drafts (the portfolio's register) that share most of
// them ask for the same thing.
// ---------------------------------------------------------------------------------------------

/** Words every recommendation uses, which say nothing about what it asks for. */
const FUNCTION_WORDS = new Set(
  [
    'a', 'about', 'across', 'after', 'all', 'also', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'before', 'being', 'between', 'both', 'but',
    'by', 'can', 'could', 'do', 'does', 'each', 'every', 'for', 'from', 'has', 'have', 'how', 'in', 'into', 'is', 'it', 'its', 'may', 'might',
    'more', 'most', 'must', 'need', 'needs', 'new', 'no', 'not', 'of', 'on', 'or', 'other', 'our', 'over', 'own', 'per', 'shall', 'should',
    'so', 'such', 'than', 'that', 'their', 'them', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'under', 'until', 'up', 'upon',
    'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'who', 'whom', 'why', 'will', 'with', 'within', 'would', 'year', 'years',
    'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter', 'quarterly', 'end', 'next', 'recommend', 'recommendation', 'review',
    'partnership', 'agency', 'agencies', 'partner', 'partners', 'safeguarding', 'child', 'children', 'family', 'families', 'practitioner',
    'practitioners', 'staff', 'professional', 'professionals', 'ensure', 'make', 'sure', 'take', 'place', 'local', 'multi', 'owner', 'due',
    'lead', 'timescale', 'board', 'report', 'findings', 'learning', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
    'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'winter', 'one', 'two', 'three', 'four', 'five', 'six',
  ].map((word) => phraseStem(word)),
);
const CANONICAL = new Map<string, string>();
for (const group of SAME_MEANING) for (const word of group) CANONICAL.set(phraseStem(word), phraseStem(group[0]));

/** The content words of a recommendation's text. */
export function recommendationWords(item: Pick<Recommendation, 'text'>, glossary: Glossary): ReadonlySet<string> {
  // Every recommendation's words are asked for on every lint, and a keystroke changes one at most.
  return WORDS_OF_RECOMMENDATIONS.get(item.text, glossary, readRecommendationWords);
}

const WORDS_OF_RECOMMENDATIONS = new TextMemo<ReadonlySet<string>>(5_000);

function readRecommendationWords(text: string, glossary: Glossary): Set<string> {
  // The addressee is compared on its own: "The ICB will …" twice is not the same request.
  const actors = findActors(text, glossary);
  const words = new Set<string>();
  for (const word of tokenize(text)) {
    if (actors.some((actor) => word.start >= actor.index && word.end <= actor.end)) continue;
    if (/^\d/.test(word.raw) || word.raw.length < 3) continue;
    const stem = word.stem.toLowerCase();
    if (FUNCTION_WORDS.has(stem)) continue;
    words.add(CANONICAL.get(stem) ?? stem);
  }
  return words;
}

export { wordOverlap } from '../text/overlap';
