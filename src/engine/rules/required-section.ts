import { defineRule } from '../rule';
import type { DraftDocument } from '../document';
import type { TemplateSection } from '../templates/schema';
import { personalise } from '../sections/content';
import { parseChunk } from '../parse/markdown';
import { skeletonBody } from '../templates/skeleton';
import { PRESET_TEMPLATES } from '../templates/presets';
import type { Template } from '../templates/schema';
import { escapeRegExp } from '../text/index';

/**
 * Where a missing section belongs: before the next template section that is present, or at the end.
 * The suggestion inserts the skeleton there, so the author sees the section in template order.
 */
export function insertionPoint(doc: DraftDocument, section: TemplateSection): { offset: number; depth: number; before?: string } {
  const order = doc.template.sections;
  const index = order.findIndex((candidate) => candidate.id === section.id);
  for (let i = index + 1; i < order.length; i++) {
    const next = doc.section(order[i].id);
    if (next) return { offset: next.heading.start, depth: next.heading.depth, before: next.heading.text };
  }
  for (let i = index - 1; i >= 0; i--) {
    const previous = doc.section(order[i].id);
    if (previous) return { offset: doc.text.length, depth: previous.heading.depth };
  }
  return { offset: doc.text.length, depth: 2 };
}

export function skeletonText(section: TemplateSection, depth: number, childName: string): string {
  const body = skeletonBody(section, childName);
  return `${'#'.repeat(Math.min(6, Math.max(1, depth)))} ${section.title}\n\n${body}\n\n`;
}

/** Edit that inserts a section skeleton at its template position. */
export function skeletonEdit(doc: DraftDocument, section: TemplateSection, childName: string): { start: number; end: number; text: string } {
  const point = insertionPoint(doc, section);
  let text = skeletonText(section, point.depth, childName);
  if (point.offset === doc.text.length) {
    const tail = doc.text.endsWith('\n\n') ? '' : doc.text.endsWith('\n') ? '\n' : doc.text.length > 0 ? '\n\n' : '';
    text = tail + oneFinalNewline(text);
  }
  return { start: point.offset, end: point.offset, text };
}

export const requiredSection = defineRule({
  meta: {
    id: 'required-section',
    defaultSeverity: 'error',
    category: 'structure',
    // The skeleton is prompts the author must still write: a suggestion (quick fix, --fix-suggestions), never an automatic fix.
    fixable: false,
    description: 'Every section the review template requires is present (headings match by title, synonym or keyword cue, at any level).',
  },
  check({ doc, report, childName }) {
    // Whether a heading appended at the end would be one depends on how the draft ends, not on the
    // section: asked once, because each answer re-parses the last chunk (a third of the lint time
    // of a large single-chunk draft with nine sections missing).
    let appendedHeadingParses: boolean | undefined;
    const missing: { section: TemplateSection; start: number; end: number; message: string; edit: { start: number; end: number; text: string }; title?: string }[] = [];
    const boldLines = boldLinesNamingSections(doc);
    for (const section of doc.template.sections) {
      if (!section.required || doc.section(section.id)) continue;
      // A bold line that names the section ("**3. How the review was done**", as a Word paste leaves
      // them) is its heading written as bold text: the finding is there, and the suggestion makes it one.
      const bold = boldLines.find((line) => line.sectionIds.includes(section.id));
      if (bold) {
        const quoted = bold.text.length > 60 ? `${bold.text.slice(0, 59)}…` : bold.text;
        missing.push({
          section,
          start: bold.start,
          end: bold.end,
          message: `"${quoted}" reads as the heading of the "${section.title}" section, but it is bold text, not a heading, so the draft has no such section: make it a heading ("${'#'.repeat(bold.depth)} ${quoted}").`,
          edit: { start: bold.start, end: bold.end, text: `${'#'.repeat(bold.depth)} ${bold.text}` },
          title: `Make "${quoted}" a heading`,
        });
        continue;
      }
      const point = insertionPoint(doc, section);
      const where = point.before ? ` before "${point.before}"` : ' at the end of the report';
      const start = point.offset === doc.text.length ? doc.lineStarts[doc.lineStarts.length - 1] : point.offset;
      const end = point.offset === doc.text.length ? doc.text.length : doc.lineEnd(doc.positionAt(point.offset).line);
      missing.push({ section, start, end, message: `Add a "${section.title}" section${where}: ${personalise(section.guidance, childName)}.`, edit: skeletonEdit(doc, section, childName) });
    }
    // A draft titled for another kind of review is most likely linted against the wrong template:
    // said once, on the first of the findings in the draft, rather than leaving five "Add …" errors unexplained.
    const templateHint = missing.length > 0 ? titledForAnotherTemplate(doc) : undefined;
    const hinted = templateHint ? missing.reduce((first, candidate) => (candidate.start < first.start ? candidate : first)) : undefined;
    for (const entry of missing) {
      const { section, edit } = entry;
      report({
        start: entry.start,
        end: entry.end,
        message: entry === hinted ? `${entry.message} ${templateHint}` : entry.message,
        suggestions: entry.title ? [{ title: entry.title, edits: [edit] }] : edit.start !== doc.text.length || (appendedHeadingParses ??= insertsAHeading(doc, edit)) ? [{ title: `Insert a "${section.title}" section skeleton`, edits: [edit] }] : undefined,
        // boldLine: the section's heading is there as a bold line, and the suggestion makes it a heading.
        data: entry.title ? { sectionId: section.id, boldLine: 'true' } : { sectionId: section.id },
      });
    }
  },
});

/**
 * Paragraphs that are one bold (or italic) line naming template sections, outside lists, quotes and
 * tables, with the heading level the draft's other section headings use. Only lines whose source is
 * the markers around plain text, so that the heading made of them says exactly what they said.
 */
function boldLinesNamingSections(doc: DraftDocument): { start: number; end: number; text: string; depth: number; sectionIds: string[] }[] {
  const lines: { start: number; end: number; text: string; depth: number; sectionIds: string[] }[] = [];
  let depth: number | undefined;
  for (const block of doc.blocks) {
    if (!block.emphasisOnly || block.list || block.table || block.inQuote || block.words > 15) continue;
    const source = doc.text.slice(block.start, block.end);
    const marker = /^(\*\*|__|\*|_)/.exec(source)?.[1];
    if (!marker || source !== `${marker}${block.text}${marker}` || /[\n*_`[\]<>]/.test(block.text)) continue;
    const sectionIds = doc.readHeading(block.text).sections.map((section) => section.id);
    if (sectionIds.length === 0) continue;
    if (depth === undefined) {
      const depths = doc.headings.filter((heading) => heading.depth > 1).map((heading) => heading.depth);
      depth = depths.length > 0 ? Math.min(...depths) : 2;
    }
    lines.push({ start: block.start, end: block.end, text: block.text, depth, sectionIds });
  }
  return lines;
}

/**
 * What to tell the author when the draft's title (its first top-level heading) names another built-in
 * template and not the one it is linted against: "# Rapid Review: Baby M" checked as a local review.
 */
function titledForAnotherTemplate(doc: DraftDocument): string | undefined {
  if (PRESET_TEMPLATES[doc.template.id] !== doc.template) return undefined;
  const title = doc.openingTitle();
  if (!title || namesTemplate(title, doc.template)) return undefined;
  for (const other of Object.values(PRESET_TEMPLATES)) {
    if (other === doc.template || !namesTemplate(title, other)) continue;
    return `The title calls this draft a ${other.label.toLowerCase()} and it is checked against the ${doc.template.label} template: if it is one, select the "${other.id}" template with "cspr-template: ${other.id}" in its front matter (or "template" in .cspr-lint.json).`;
  }
  return undefined;
}

/** Whether a title names a template: its label ("Rapid review") or, for a label of three words or more, their initials ("LCSPR"). */
function namesTemplate(title: string, template: Template): boolean {
  const words = template.label.split(/\s+/).filter(Boolean);
  const label = new RegExp(`(?:^|[^\\p{L}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}])`, 'iu');
  if (label.test(title)) return true;
  if (words.length < 3) return false;
  const initials = words.map((word) => word[0].toUpperCase()).join('');
  return new RegExp(`(?:^|[^\\p{L}])${initials}(?![\\p{L}])`, 'u').test(title);
}

/**
 * Text appended at the very end lands inside an unclosed code fence or HTML comment, where it would
 * not be a heading at all; then no fix is offered rather than one that changes nothing visible.
 */
function insertsAHeading(doc: DraftDocument, edit: { start: number; text: string }): boolean {
  if (edit.start !== doc.text.length) return true;
  const last = doc.chunks[doc.chunks.length - 1];
  const before = doc.chunkEntries[doc.chunkEntries.length - 1].parsed.headings.length;
  return parseChunk(last.text + edit.text).headings.length > before;
}

/** The text with its run of final newlines as one (`replace(/\n+$/, '\n')`, which is quadratic on a long run of blank lines). */
function oneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : `${text.slice(0, end)}\n`;
}
