// Labelled headings: what a heading names, alone or in the document around it. Written for this
// corpus in the styles real reviews use (questions, plain words, numbered parts, pseudonyms), in
// both directions: headings that name a section, and headings that must name none (a generic word,
// a topic inside a section, a title). `expect` is the template section id, or null for none.
// In-context cases give a small draft; `heading` is the heading to judge in it, and `expect` is the
// section it opens there (null: it stays inside the section around it, or is a plain heading).

export interface HeadingCase {
  heading: string;
  template?: 'lcspr' | 'rapid-review';
  expect: string | null;
  /** A draft holding the heading; absent for a heading judged on its own. */
  context?: string;
  note?: string;
}

export const HEADING_CASES: HeadingCase[] = [
  // --- introduction
  { heading: 'Why we carried out this review', expect: 'introduction' },
  { heading: '1. Reasons for this review', expect: 'introduction' },
  { heading: 'Part One: Why This Review Was Commissioned', expect: 'introduction' },
  { heading: 'What led to this review', expect: 'introduction' },
  { heading: 'Purpose of this Local Child Safeguarding Practice Review', expect: 'introduction' },
  { heading: 'Introduction and circumstances of the review', expect: 'introduction' },
  // --- scope
  { heading: 'What the review looked at', expect: 'scope' },
  { heading: 'The questions this review asked', expect: 'scope' },
  { heading: '2.1 Timeframe', expect: 'scope' },
  { heading: 'Focus of the review', expect: 'scope' },
  { heading: 'Terms of Reference and Key Lines of Enquiry', expect: 'scope' },
  { heading: 'Period covered by the review', expect: 'scope' },
  // --- methodology
  { heading: 'How we carried out this review', expect: 'methodology' },
  { heading: 'How the review was done', expect: 'methodology' },
  { heading: 'Our approach', expect: 'methodology' },
  { heading: 'Methods used', expect: 'methodology' },
  { heading: 'Section B – The review process', expect: 'methodology' },
  { heading: 'A systems approach', expect: 'methodology' },
  // --- family involvement
  { heading: 'Working with the family', expect: 'family-involvement' },
  { heading: "The family's contribution to the review", expect: 'family-involvement' },
  { heading: 'What the family told us', expect: 'family-involvement' },
  { heading: 'Hearing from parents', expect: 'family-involvement' },
  { heading: "Mother's and Father's views", expect: 'family-involvement' },
  { heading: 'Conversations with Child Q’s family', expect: 'family-involvement' },
  { heading: 'Involving the family', expect: 'family-involvement' },
  { heading: 'The voice of the family', expect: 'family-involvement' },
  // --- practitioner involvement
  { heading: 'What practitioners told us', expect: 'practitioner-involvement' },
  { heading: 'The practitioner learning event', expect: 'practitioner-involvement' },
  { heading: 'Hearing from professionals', expect: 'practitioner-involvement' },
  // --- background
  { heading: "Child Q's story", expect: 'background' },
  { heading: 'Family history', expect: 'background' },
  { heading: 'Context', expect: 'background' },
  { heading: 'Timeline of key events', expect: 'background' },
  { heading: 'What happened to Child Q', expect: 'background' },
  { heading: 'Summary of agencies’ involvement with the family', expect: 'background' },
  // --- voice of the child
  { heading: 'What Child Q told us', expect: 'voice-of-child' },
  { heading: 'Child Q in their own words', expect: 'voice-of-child' },
  { heading: 'Hearing the child', expect: 'voice-of-child' },
  { heading: "A day in Kai's life", expect: 'voice-of-child' },
  { heading: 'What life was like for Baby M', expect: 'voice-of-child' },
  { heading: "The child's experience", expect: 'voice-of-child' },
  { heading: 'Child R’s wishes and feelings', expect: 'voice-of-child' },
  { heading: 'Seeing the child alone', expect: 'voice-of-child' },
  { heading: 'The world through Child T’s eyes', expect: 'voice-of-child' },
  // --- findings
  { heading: 'What we found', expect: 'findings' },
  { heading: 'What did we find?', expect: 'findings' },
  { heading: 'Analysis', expect: 'findings' },
  { heading: 'Why did things happen as they did?', expect: 'findings' },
  { heading: 'What went wrong and why', expect: 'findings' },
  { heading: 'Key practice episodes', expect: 'findings' },
  { heading: 'Analysis and discussion', expect: 'findings' },
  // --- good practice
  { heading: 'What went well?', expect: 'good-practice' },
  { heading: 'What good practice did we see?', expect: 'good-practice' },
  { heading: 'What worked well', expect: 'good-practice' },
  { heading: 'Strengths in practice', expect: 'good-practice' },
  { heading: 'Examples of effective practice', expect: 'good-practice' },
  { heading: 'Positive practice to build on', expect: 'good-practice' },
  // --- learning
  { heading: 'Learning for the system', expect: 'learning' },
  { heading: 'Lessons for the partnership', expect: 'learning' },
  { heading: 'Conclusions', expect: 'learning' },
  { heading: 'Key learning', expect: 'learning' },
  { heading: 'What this means for the system', expect: null, note: 'no concept word of its own' },
  // --- recommendations
  { heading: 'What should change?', expect: 'recommendations' },
  { heading: 'What needs to change', expect: 'recommendations' },
  { heading: 'Recommendations for the Safeguarding Partnership', expect: 'recommendations' },
  { heading: 'We recommend', expect: 'recommendations' },
  { heading: 'What must change', expect: 'recommendations' },
  { heading: 'How practice should improve', expect: 'recommendations' },
  // --- glossary, references, summary
  { heading: 'Abbreviations used in this report', expect: 'glossary' },
  { heading: 'Terms used', expect: 'glossary' },
  { heading: 'Definitions', expect: 'glossary' },
  { heading: 'References and further reading', expect: 'references' },
  { heading: 'Bibliography', expect: 'references' },
  { heading: 'Executive summary', expect: 'executive-summary' },
  { heading: 'The review at a glance', expect: 'executive-summary' },
  // --- rapid review
  { heading: 'What happened?', template: 'rapid-review', expect: 'incident-summary' },
  { heading: 'The serious incident', template: 'rapid-review', expect: 'incident-summary' },
  { heading: 'Is a local review needed?', template: 'rapid-review', expect: 'decision' },
  { heading: 'Should an LCSPR be commissioned?', template: 'rapid-review', expect: 'decision' },
  { heading: 'Next steps', template: 'rapid-review', expect: 'decision' },
  { heading: 'Who lived in the household', template: 'rapid-review', expect: 'family-composition' },
  { heading: 'Family members', template: 'rapid-review', expect: 'family-composition' },
  { heading: 'What agencies knew', template: 'rapid-review', expect: 'agency-involvement' },
  { heading: 'Involvement of agencies', template: 'rapid-review', expect: 'agency-involvement' },
  { heading: 'Keeping other children safe', template: 'rapid-review', expect: 'immediate-actions' },
  { heading: 'Immediate steps taken to protect siblings', template: 'rapid-review', expect: 'immediate-actions' },
  { heading: 'Emerging learning', template: 'rapid-review', expect: 'learning' },
  { heading: 'What could have been done better', template: 'rapid-review', expect: 'learning' },
  { heading: 'Other processes (police, coroner)', template: 'rapid-review', expect: 'parallel-processes' },
  { heading: 'Agreement by the safeguarding partners', template: 'rapid-review', expect: 'sign-off' },
  { heading: 'Action plan', template: 'rapid-review', expect: 'actions' },
  { heading: "Baby M's daily life", template: 'rapid-review', expect: 'voice-of-child' },
  { heading: 'Has the family been told?', template: 'rapid-review', expect: 'family-involvement' },
  // --- names no section: generic words, topics inside sections, titles
  { heading: 'Review', expect: null },
  { heading: 'The child', expect: null },
  { heading: 'Practice', expect: null },
  { heading: 'Child protection planning', expect: null },
  { heading: 'Local Child Safeguarding Practice Review: Child Q', expect: null },
  { heading: 'Education', expect: null },
  { heading: 'Housing and financial pressures', expect: null },
  { heading: 'Domestic abuse', expect: null },
  { heading: 'Health services', expect: null },
  { heading: 'The review panel', expect: null },
  { heading: 'Children’s social care', expect: null },
  { heading: 'Mental health', expect: null },
  { heading: 'Exploitation and going missing', expect: null },
  { heading: 'Police', expect: null },
  { heading: 'Review of child practice', expect: null },
  { heading: 'Contents', expect: null },
  { heading: 'Appendix 2: agencies that took part', expect: null },
  // --- in context: subheadings that mention another section's topic stay inside
  {
    heading: 'Finding 2: hearing the child in assessments',
    expect: null,
    context: '## Voice of the child\n\nText.\n\n## Findings\n\n### Finding 1: thresholds\n\nText.\n\n### Finding 2: hearing the child in assessments\n\nText.\n\n## Good practice\n\nText.\n',
  },
  {
    heading: 'Analysis',
    expect: null,
    context: "## The child's lived experience\n\nText.\n\n### Analysis\n\nWhat this tells us.\n\n## Findings\n\nText.\n",
  },
  {
    heading: 'Recommendations from the previous review',
    expect: null,
    context: '## Background\n\nText.\n\n### Recommendations from the previous review\n\nText.\n\n## Findings\n\nText.\n\n## Recommendations\n\n1. Text.\n',
  },
  {
    heading: 'Recommendation 1',
    expect: null,
    context: '## Findings\n\n### Finding 1: thresholds\n\nText.\n\n#### Recommendation 1\n\nText.\n\n### Finding 2: information sharing\n\nText.\n\n## Recommendations\n\n1. Text.\n',
  },
  {
    heading: 'Learning from the voice of Child Q',
    expect: null,
    context: '## Findings\n\n### Learning from the voice of Child Q\n\nText.\n\n## Good practice\n\nText.\n',
  },
  {
    heading: 'Good practice in this episode',
    expect: null,
    context: '## Good practice\n\nText.\n\n## Findings\n\n### Good practice in this episode\n\nText.\n',
  },
  // --- in context: subheadings that are sections in their own right
  {
    heading: 'Practitioner involvement',
    expect: 'practitioner-involvement',
    context: '## Methodology\n\nHow.\n\n### Practitioner involvement\n\nWho came.\n\n## Background\n\nText.\n',
  },
  {
    heading: 'What We Looked At',
    expect: 'scope',
    context: 'Part 1 – Why We Undertook This Review\n-----\n\nText.\n\n#### What We Looked At\n\nThe period.\n\n### How The Review Was Done\n\nText.\n',
  },
  {
    heading: 'Recommendations',
    expect: 'recommendations',
    context: '## Findings\n\nText.\n\n## Conclusions\n\nText.\n\n### Recommendations\n\n1. The Partnership will audit 20 cases by March 2026.\n',
    note: 'the only recommendations heading in the draft: a bare subheading is promoted',
  },
  {
    heading: 'Finding 2: records were not shared',
    expect: null,
    context: '## Finding 1: thresholds were applied one at a time\n\nText.\n\n## Finding 2: records were not shared\n\nText.\n',
    note: 'the second item of a series continues the findings section, not a duplicate',
  },
  {
    heading: 'Findings',
    expect: 'findings',
    context: '## Background\n\nText.\n\n## Findings\n\nText.\n\n## Findings\n\nMore.\n',
    note: 'a second peer heading of the same section is still that section (a duplicate)',
  },
];
