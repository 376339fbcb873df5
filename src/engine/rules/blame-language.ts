import { defineRule, type ScanItem } from '../rule';
import { BLAME_PHRASES, type BlamePhrase } from '../data/blame-phrases';
import { escapeRegExp, insideSpans, quotedSpans } from './shared-text';

interface BlameItem extends ScanItem {
  phraseIndex: number;
  text: string;
}

// All phrases in one alternation, compiled once: one pass over each block.
const PRONOUN = '(?:his|her|their)';
const SORTED = BLAME_PHRASES.map((phrase, index) => ({ phrase, index })).sort((a, b) => b.phrase.phrase.length - a.phrase.phrase.length);
const BLAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SORTED.map(({ phrase, index }) => `(?<p${index}>${escapeRegExp(phrase.phrase).replace(/\\\*/g, PRONOUN).replace(/ /g, '\\s+')}(?:\\s+properly)?)`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

function phraseOf(groups: Record<string, string | undefined>): number {
  for (const key in groups) if (groups[key] !== undefined) return Number(key.slice(1));
  return 0;
}

export const blameLanguage = defineRule<Record<string, never>, BlameItem>({
  meta: {
    id: 'blame-language',
    defaultSeverity: 'info',
    category: 'language',
    fixable: false,
    description: 'Findings avoid hindsight and blame phrasing ("failed to", "should have known", "obviously"); reviews are for learning, not fault.',
  },
  scanBlock(block, { offsetOf }) {
    const items: BlameItem[] = [];
    let quotes: [number, number][] | undefined;
    for (const match of block.text.matchAll(BLAME)) {
      // A family member's or practitioner's own words, quoted, are evidence, not the reviewer's judgement.
      quotes ??= quotedSpans(block.text);
      if (insideSpans(quotes, match.index)) continue;
      items.push({
        start: offsetOf(block, match.index),
        end: offsetOf(block, match.index + match[0].length - 1) + 1,
        phraseIndex: phraseOf(match.groups ?? {}),
        text: match[0],
      });
    }
    return items;
  },
  check({ items, report }) {
    for (const item of items) {
      const phrase: BlamePhrase = BLAME_PHRASES[item.phraseIndex];
      report({
        start: item.start,
        end: item.end,
        message: `"${item.text}" reads as hindsight or blame; describe instead ${phrase.alternative}.`,
        suggestions: phrase.replacement ? [{ title: `Replace with "${phrase.replacement}"`, edits: [{ start: item.start, end: item.end, text: phrase.replacement }] }] : undefined,
      });
    }
  },
});
