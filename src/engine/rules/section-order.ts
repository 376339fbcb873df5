import { defineRule } from '../rule';
import type { SectionMatch } from '../document';
import { firstIndexWhere } from '../text/search';

/** Indices (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    // Where the value goes among the tails: after those it is greater than.
    const at = firstIndexWhere(tails.length, (index) => values[tails[index]] >= values[i]);
    previous[i] = at > 0 ? tails[at - 1] : -1;
    tails[at] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i !== -1; i = previous[i]) keep.add(i);
  return keep;
}

export const sectionOrder = defineRule({
  meta: {
    id: 'section-order',
    defaultSeverity: 'warning',
    category: 'structure',
    fixable: false,
    description: 'Required sections appear in the order the template gives, so readers and the Panel find them where they expect.',
  },
  check({ doc, report }) {
    const order = new Map(doc.template.sections.map((section, index) => [section.id, index]));
    const present: SectionMatch[] = doc.template.sections
      .filter((section) => section.required)
      .map((section) => doc.section(section.id))
      .filter((match): match is SectionMatch => match !== undefined)
      .sort((a, b) => a.heading.start - b.heading.start);
    const ranks = present.map((match) => order.get(match.section.id) ?? 0);
    const inOrder = longestIncreasing(ranks);
    present.forEach((match, index) => {
      if (inOrder.has(index)) return;
      const rank = ranks[index];
      const after = present.filter((_, i) => inOrder.has(i) && ranks[i] < rank).pop();
      const before = present.find((_, i) => inOrder.has(i) && ranks[i] > rank);
      const where = after ? `after "${after.heading.text}"` : before ? `before "${before.heading.text}"` : 'in template order';
      report({
        start: match.heading.start,
        end: doc.lineEnd(match.heading.line),
        message: `Move "${match.heading.text}" ${where}: the ${doc.template.label} template puts ${match.section.title} there.`,
        data: { sectionId: match.section.id },
      });
    });
  },
});
