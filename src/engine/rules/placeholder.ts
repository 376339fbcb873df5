import { defineRule, type ScanItem } from '../rule';
import { insideSpans, quotedSpans } from './shared-text';

interface PlaceholderItem extends ScanItem {
  text: string;
}

// Marker words and bracketed instructions left in a draft. Brackets inside a quotation are the
// reviewer's editorial insertions ("she said [the social worker] came") and are not placeholders;
// "[sic]" never is.
const PLACEHOLDER = /(?<![\p{L}\p{N}])(?:TODO|TBC|TBD|FIXME|X{2,})(?![\p{L}\p{N}])|\[[^\]\[\n]{1,200}\]/gu;
const NOT_A_PLACEHOLDER = /^\[(?:sic\.?|\s*|x|X|\^[^\]]+|\d+)\]$/;

export const placeholder = defineRule<Record<string, never>, PlaceholderItem>({
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    category: 'publication',
    fixable: false,
    description: 'No TODO, TBC, XX or [insert …] placeholders are left in the text.',
  },
  scanBlock(block, { offsetOf }) {
    const items: PlaceholderItem[] = [];
    let quotes: [number, number][] | undefined;
    for (const match of block.text.matchAll(PLACEHOLDER)) {
      const text = match[0];
      if (text.startsWith('[')) {
        if (NOT_A_PLACEHOLDER.test(text)) continue;
        quotes ??= quotedSpans(block.text);
        if (insideSpans(quotes, match.index)) continue;
      }
      items.push({ start: offsetOf(block, match.index), end: offsetOf(block, match.index + text.length - 1) + 1, text });
    }
    return items;
  },
  check({ items, report }) {
    for (const item of items) {
      const shown = item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
      report({ start: item.start, end: item.end, message: `Replace the placeholder "${shown}" with the final text before sign-off.` });
    }
  },
});
