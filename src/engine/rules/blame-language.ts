import { defineRule, type ScanItem } from '../rule';
import { BLAME_PHRASES, type BlamePhrase } from '../data/blame-phrases';
import { escapeRegExp, insideSpans, quotedSpans } from '../text/quotes';

interface BlameItem extends ScanItem {
  phraseIndex: number;
  text: string;
  /** The word before the phrase, lower-cased, to tell whether a replacement reads correctly. */
  previousWord: string;
}

const PRONOUN = '(?:his|her|their|its)';

/** One phrase of the data file's small syntax as a regex source (see blame-phrases.ts). */
function phraseSource(phrase: string): string {
  let source = '';
  for (const token of phrase.split(' ')) {
    const optional = token.startsWith('(') && token.endsWith(')');
    const bare = optional ? token.slice(1, -1) : token;
    const word = bare === '*' ? PRONOUN : `(?:${bare.split('|').map((alternative) => escapeRegExp(alternative).replace(/'/g, "['’]")).join('|')})`;
    source += source === '' ? word : optional ? `(?:\\s+${word})?` : `\\s+${word}`;
  }
  return source;
}

// Every phrase in one alternation, compiled once, so each block is read in a single pass. Longer
// phrases come first so "with the benefit of hindsight" wins over "hindsight"-free prefixes.
const ORDERED = BLAME_PHRASES.map((phrase, index) => ({ phrase, index })).sort((a, b) => b.phrase.phrase.length - a.phrase.phrase.length);
const BLAME = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${ORDERED.map(({ phrase, index }) => `(?<p${index}>${phraseSource(phrase.phrase)})`).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
const PREVIOUS_WORD = /([\p{L}'’]+)\s*$/u;

// A replacement such as "did not" for "failed to" reads correctly after a noun ("the PRU failed to
// notice" → "the PRU did not notice") but not after an auxiliary ("had failed to notice", "was
// clearly missed"), where the verb form would need to change too.
const AUXILIARIES = new Set(['had', 'has', 'have', 'having', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'to', 'not', 'never', 'also', "hadn't", 'hadn’t']);

function phraseOf(groups: Record<string, string | undefined>): number {
  for (const key in groups) if (groups[key] !== undefined) return Number(key.slice(1));
  return 0;
}

function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

export const blameLanguage = defineRule<Record<string, never>, BlameItem>({
  meta: {
    id: 'blame-language',
    defaultSeverity: 'info',
    category: 'language',
    fixable: false,
    description: 'Findings avoid hindsight and blame phrasing ("failed to", "should have known", "obviously"); reviews are for learning about the system, not fault.',
  },
  scanBlock(block, { offsetOf }) {
    // A blockquote holds someone else's words (a parent's account, a practitioner's statement).
    if (block.inQuote) return [];
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
        previousWord: PREVIOUS_WORD.exec(block.text.slice(Math.max(0, match.index - 30), match.index))?.[1].toLowerCase() ?? '',
      });
    }
    return items;
  },
  check({ items, report }) {
    for (const item of items) {
      const phrase: BlamePhrase = BLAME_PHRASES[item.phraseIndex];
      const opening = phrase.kind === 'hindsight' ? 'judges with hindsight' : 'reads as blame';
      const replacement = phrase.replacement && !AUXILIARIES.has(item.previousWord) ? matchCase(phrase.replacement, item.text) : undefined;
      report({
        start: item.start,
        end: item.end,
        message: `"${item.text}" ${opening}: ${phrase.advice}. Reviews look for learning about the system, not fault.`,
        suggestions: replacement ? [{ title: `Replace "${item.text}" with "${replacement}"`, edits: [{ start: item.start, end: item.end, text: replacement }] }] : undefined,
        data: { kind: phrase.kind, phrase: phrase.phrase },
      });
    }
  },
});
