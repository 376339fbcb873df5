import { defineRule } from '../rule';

export const duplicateSection = defineRule({
  meta: {
    id: 'duplicate-section',
    defaultSeverity: 'warning',
    category: 'structure',
    fixable: false,
    description: 'A required section appears once; a second heading naming it splits what readers need in one place.',
  },
  check({ doc, report }) {
    for (const match of doc.matches) {
      const first = match.duplicateOf;
      if (!first || !match.section.required) continue;
      // A heading that also begins a section of its own ("Findings and recommendations" after the
      // findings) is that section, which restates the other: a summary, not a second copy.
      if (match.heading.sectionIds.some((id) => doc.section(id)?.heading === match.heading)) continue;
      // The same words again ("Findings" … "Findings", "Background" … "Family background") repeat
      // the section; different ones that each name it ("Key practice episodes", then "Analysis")
      // are the parts of it a method gives, one after the other.
      const named = doc.readHeading(match.heading.text).namedBy.get(match.section.id);
      const namedFirst = doc.readHeading(first.heading.text).namedBy.get(match.section.id);
      if (named && namedFirst && ![...named].some((stem) => namedFirst.has(stem))) continue;
      report({
        start: match.heading.start,
        end: doc.lineEnd(match.heading.line),
        message: `"${match.heading.text}" repeats the ${match.section.title} section already at line ${first.heading.line}: merge the two, or make this a subheading of the first.`,
        data: { sectionId: match.section.id, firstLine: String(first.heading.line) },
      });
    }
  },
});
