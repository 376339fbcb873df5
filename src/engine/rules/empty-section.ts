import { defineRule } from '../rule';
import { personalise, sectionWordCount } from '../sections/content';

export const emptySection = defineRule({
  meta: {
    id: 'empty-section',
    defaultSeverity: 'error',
    category: 'structure',
    fixable: false,
    description: 'A template section that is present has real content: not only whitespace, comments or placeholders, and at least the template\'s minimum number of words.',
  },
  check({ doc, report, childName }) {
    for (const match of doc.matches) {
      const words = sectionWordCount(doc, match);
      const minimum = Math.max(1, match.section.minWords);
      if (words >= minimum) continue;
      const what = personalise(match.section.guidance, childName);
      const message =
        words === 0
          ? `The "${match.heading.text}" section is empty: write ${what}.`
          : `The "${match.heading.text}" section has only ${words} word${words === 1 ? '' : 's'} (the template expects at least ${minimum}): write ${what}.`;
      report({ start: match.heading.start, end: doc.lineEnd(match.heading.line), message, data: { sectionId: match.section.id } });
    }
  },
});
