import { defineRule } from '../rule';
import { personalise, proseBlocks, sectionWordCount } from '../sections/content';
import { skeletonBody } from '../templates/skeleton';

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
      // A recommended section may be left out altogether, so one left empty is unfinished work
      // (a warning), not a gap in what the template requires (an error).
      const kind = match.section.required ? '' : ' recommended';
      const message =
        words === 0
          ? `The${kind} "${match.heading.text}" section is empty: write ${what}${match.section.required ? '' : ', or remove the heading'}.`
          : `The${kind} "${match.heading.text}" section has only ${words} word${words === 1 ? '' : 's'} (the template expects at least ${minimum}): write ${what}.`;
      // Under a heading with nothing written yet, the section's prompts show what to write; they
      // are text the author must replace, so a suggestion, never a fix.
      const headingLineEnd = doc.lineEnd(match.heading.line);
      const afterHeading = match.heading.end;
      const suggestions =
        words === 0 && proseBlocks(doc, match).length === 0
          ? [{ title: `Insert the prompts of the "${match.section.title}" section`, edits: [{ start: afterHeading, end: afterHeading, text: `\n\n${skeletonBody(match.section, childName)}` }] }]
          : undefined;
      report({
        start: match.heading.start,
        end: headingLineEnd,
        message,
        suggestions,
        data: { sectionId: match.section.id },
        maxSeverity: match.section.required ? undefined : 'warning',
      });
    }
  },
});
