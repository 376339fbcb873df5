// Reading figures per section: how long the sentences are, the Flesch reading ease of the prose,
// and the share of very long sentences (domain brief §10: published reviews are read by families;
// sentences over 35–40 words are hard going, reading ease below about 40 is difficult for a general
// adult reader). The `readability` rule, the side panel and the coverage report all read these
// figures from here, so they always agree.
//
// Only the review's own running prose is measured: headings, tables, block quotes, bold
// pseudo-headings, sentences that are mostly quotation (a record's or a family member's words),
// the glossary and the references are left out.
import type { ChunkEntry, DocBlock, DraftDocument } from '../document';
import { quotedSpans } from '../text/quotes';
import { splitSentences } from '../text/sentences';
import { readingWords, syllableCount } from '../text/syllables';
import { BoundedMap } from '../text/text-memo';
import { mostlyQuoted } from './narrative';

/** One measured sentence, with [start, end) indexes into its block's text. */
export interface SentenceMeasure {
  start: number;
  end: number;
  words: number;
  syllables: number;
}

export interface LongSentence {
  /** Document offsets of the sentence. */
  start: number;
  end: number;
  line: number;
  column: number;
  words: number;
}

export interface SectionReadability {
  /** Template section id, when the text is under a template section's heading. */
  sectionId?: string;
  /** The heading the text is under ("" before the first heading). */
  title: string;
  /** 1-based line of that heading (1 before the first heading). */
  line: number;
  sentences: number;
  words: number;
  /** Words per sentence, one decimal. */
  averageSentenceLength: number;
  /** Flesch reading ease, one decimal: 60–70 is plain English, below about 30 is very hard. */
  readingEase: number;
  /** Sentences over the long-sentence length. */
  longSentences: number;
  /** longSentences / sentences, 0–1. */
  longShare: number;
  /** The longest sentences over the long-sentence length, longest first (at most five). */
  longest: LongSentence[];
}

export interface ReadabilityOptions {
  /** A sentence with more words than this is very long. */
  longSentenceWords: number;
}

export const DEFAULT_LONG_SENTENCE_WORDS = 35;

/** Flesch (1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschReadingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** The sentences of a block of prose with their word and syllable counts; quotations left out. */
export function measureBlock(text: string): SentenceMeasure[] {
  let measures = MEASURED.get(text);
  if (measures) return measures;
  measures = [];
  const quotes = quotedSpans(text);
  for (const span of splitSentences(text)) {
    if (quotes.length > 0 && mostlyQuoted(quotes, span.start, span.end)) continue;
    const words = readingWords(text.slice(span.start, span.end));
    if (words.length === 0) continue;
    let syllables = 0;
    for (const word of words) syllables += syllableCount(word);
    measures.push({ start: span.start, end: span.end, words: words.length, syllables });
  }
  // Blocks keep their text from lint to lint; a keystroke re-measures only the block it changed.
  MEASURED.set(text, measures);
  return measures;
}

const MEASURED = new BoundedMap<string, SentenceMeasure[]>(20_000);

// A list item citing a publication ("Brandon, M. et al. (2020) Complexity and challenge …"), wherever the list is.
const CITATION = /\((?:19|20)\d\d[a-z]?\)/;

/** Whether a block is the review's own running prose. */
export function isReadableBlock(block: DocBlock): boolean {
  if (block.kind !== 'paragraph' || block.inQuote || block.emphasisOnly || block.table) return false;
  return !(block.list && CITATION.test(block.text));
}

const UNMEASURED_ROLES = new Set(['glossary', 'references']);

interface Group {
  sectionId?: string;
  title: string;
  line: number;
  sentences: number;
  words: number;
  syllables: number;
  long: LongSentence[];
}

const CACHE = new WeakMap<DraftDocument, Map<number, SectionReadability[]>>();

// Each chunk's block measures, kept with the chunk: a keystroke re-lint then asks one lookup per
// chunk rather than one per block of the draft (`measureBlock` finds a block by its text, and
// hashing every block's text again was most of the rule's time on a long draft).
const MEASURED_IN_CHUNK = new WeakMap<ChunkEntry, (SentenceMeasure[] | undefined)[]>();

/** `measureBlock(doc.blocks[i].text)` by block index, asked in increasing order, read through each chunk's kept measures. */
function blockMeasures(doc: DraftDocument): (blockIndex: number) => SentenceMeasure[] {
  // doc.blocks holds each chunk's blocks in order, chunk after chunk.
  let chunk = -1;
  let first = 0;
  let end = 0;
  let kept: (SentenceMeasure[] | undefined)[] = [];
  return (blockIndex) => {
    while (blockIndex >= end) {
      const entry = doc.chunkEntries[++chunk];
      first = end;
      end += entry.parsed.blocks.length;
      let measures = MEASURED_IN_CHUNK.get(entry);
      if (!measures) MEASURED_IN_CHUNK.set(entry, (measures = new Array<SentenceMeasure[] | undefined>(entry.parsed.blocks.length)));
      kept = measures;
    }
    return (kept[blockIndex - first] ??= measureBlock(doc.blocks[blockIndex].text));
  };
}

/**
 * Figures for each section of the draft that has measured prose, in document order. Text under a
 * template section (its subsections included) counts for that section; other text for the heading
 * it is under. Computed once per document and options.
 */
export function readabilityBySection(doc: DraftDocument, options: ReadabilityOptions = { longSentenceWords: DEFAULT_LONG_SENTENCE_WORDS }): SectionReadability[] {
  let byOptions = CACHE.get(doc);
  const cached = byOptions?.get(options.longSentenceWords);
  if (cached) return cached;
  const groups = new Map<number, Group>();
  const measuresOf = blockMeasures(doc);
  doc.blocks.forEach((block, blockIndex) => {
    if (!isReadableBlock(block)) return;
    const section = doc.sectionAt(block.start);
    if (section && section.section.role && UNMEASURED_ROLES.has(section.section.role)) return;
    const heading = section ? section.heading : doc.headings[block.headingIndex];
    const key = heading ? heading.index : -1;
    let group = groups.get(key);
    if (!group) {
      group = { sectionId: section?.section.id, title: heading?.text ?? '', line: heading?.line ?? 1, sentences: 0, words: 0, syllables: 0, long: [] };
      groups.set(key, group);
    }
    for (const measure of measuresOf(blockIndex)) {
      group.sentences++;
      group.words += measure.words;
      group.syllables += measure.syllables;
      if (measure.words > options.longSentenceWords) {
        const range = doc.rangeInBlock(block, measure.start, measure.end);
        const position = doc.positionAt(range.start);
        group.long.push({ start: range.start, end: range.end, line: position.line, column: position.column, words: measure.words });
      }
    }
  });
  const figures = [...groups.values()]
    .filter((group) => group.sentences > 0)
    .sort((a, b) => a.line - b.line)
    .map((group): SectionReadability => ({
      ...(group.sectionId ? { sectionId: group.sectionId } : {}),
      title: group.title,
      line: group.line,
      sentences: group.sentences,
      words: group.words,
      averageSentenceLength: round1(group.words / group.sentences),
      readingEase: round1(fleschReadingEase(group.words, group.sentences, group.syllables)),
      longSentences: group.long.length,
      longShare: Math.round((group.long.length / group.sentences) * 1000) / 1000,
      longest: [...group.long].sort((a, b) => b.words - a.words || a.start - b.start).slice(0, 5),
    }));
  if (!byOptions) {
    byOptions = new Map();
    CACHE.set(doc, byOptions);
  }
  byOptions.set(options.longSentenceWords, figures);
  return figures;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
