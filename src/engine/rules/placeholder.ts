import { defineRule, type ScanItem } from '../rule';
import { placeholderSpans } from '../text/placeholders';

interface PlaceholderItem extends ScanItem {
  text: string;
}

export const placeholder = defineRule<Record<string, never>, PlaceholderItem>({
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    category: 'publication',
    fixable: false,
    description: 'No TODO, TBC, XX or [insert …] placeholders are left in the text.',
  },
  scanBlock(block, { offsetOf }) {
    return placeholderSpans(block).map(([from, to]) => ({ start: offsetOf(block, from), end: offsetOf(block, to - 1) + 1, text: block.text.slice(from, to) }));
  },
  check({ items, report }) {
    for (const item of items) {
      const shown = item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
      report({ start: item.start, end: item.end, message: `Replace the placeholder "${shown}" with the final text before sign-off.` });
    }
  },
});
