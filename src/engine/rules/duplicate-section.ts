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
      if (!match.duplicateOf || !match.section.required) continue;
      report({
        start: match.heading.start,
        end: doc.lineEnd(match.heading.line),
        message: `"${match.heading.text}" repeats the ${match.section.title} section already at line ${match.duplicateOf.heading.line}: merge the two, or make this a subheading of the first.`,
        data: { sectionId: match.section.id, firstLine: String(match.duplicateOf.heading.line) },
      });
    }
  },
});
