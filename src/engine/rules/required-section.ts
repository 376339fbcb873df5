import { defineRule } from '../rule';
import type { DraftDocument } from '../document';
import type { TemplateSection } from '../templates/schema';
import { personalise } from '../sections/content';
import { parseChunk } from '../parse/markdown';
import { skeletonBody } from '../templates/skeleton';
import { PRESET_TEMPLATES } from '../templates/presets';
import type { Template } from '../templates/schema';
import { editDistance, escapeRegExp, indefiniteArticle } from '../text/index';

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
    // kind: the section's heading is there as a bold line, or misspelt; the suggestion (titled) mends it.
    const missing: { section: TemplateSection; start: number; end: number; message: string; edit: { start: number; end: number; text: string }; title?: string; kind?: 'boldLine' | 'misspelt' }[] = [];
    const boldLines = boldLinesNamingSections(doc);
    for (const section of doc.template.sections) {
      if (!section.required || doc.section(section.id)) continue;
      // A heading that would name the section with one word spelt right ("3. Methodolgy",
      // "Reccomendations") is that section's heading, misspelt: the finding is there, and the
      // suggestion corrects the word.
      const misspelt = misspeltHeadingNaming(doc, section);
      if (misspelt) {
        const quoted = misspelt.heading.length > 60 ? `${misspelt.heading.slice(0, 59)}…` : misspelt.heading;
        missing.push({
          section,
          start: misspelt.start,
          end: misspelt.end,
          message: `"${quoted}" reads as the heading of the "${section.title}" section with "${misspelt.word}" misspelt, so the draft has no such section: correct it to "${misspelt.correction}".`,
          edit: misspelt.edit,
          title: `Correct "${misspelt.word}" to "${misspelt.correction}"`,
          kind: 'misspelt',
        });
        continue;
      }
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
          kind: 'boldLine',
        });
        continue;
      }
      const point = insertionPoint(doc, section);
      const where = point.before ? ` before "${point.before}"` : ' at the end of the report';
      const start = point.offset === doc.text.length ? doc.lineStarts[doc.lineStarts.length - 1] : point.offset;
      const end = point.offset === doc.text.length ? doc.text.length : doc.lineEnd(doc.positionAt(point.offset).line);
      missing.push({ section, start, end, message: `Add ${indefiniteArticle(section.title)} "${section.title}" section${where}: ${personalise(section.guidance, childName)}.`, edit: skeletonEdit(doc, section, childName) });
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
        suggestions: entry.title ? [{ title: entry.title, edits: [edit] }] : edit.start !== doc.text.length || (appendedHeadingParses ??= insertsAHeading(doc, edit)) ? [{ title: `Insert ${indefiniteArticle(section.title)} "${section.title}" section skeleton`, edits: [edit] }] : undefined,
        // boldLine / misspelt: the section's heading is there as a bold line or misspelt, and the suggestion mends it.
        data: entry.kind ? { sectionId: section.id, [entry.kind]: 'true' } : { sectionId: section.id },
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

const vocabularies = new WeakMap<Template, ReadonlySet<string>>();

/** The words the template names its sections by (titles, synonyms, concept words), in lower case. */
function sectionVocabulary(template: Template): ReadonlySet<string> {
  let words = vocabularies.get(template);
  if (!words) {
    const all = template.sections.flatMap((section) => [section.title, ...section.synonyms, ...Object.keys(section.concepts)]);
    words = new Set(all.flatMap((phrase) => phrase.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 4));
    vocabularies.set(template, words);
  }
  return words;
}

/**
 * A heading that names no section but would name `section` with one of its words spelt as the
 * template spells it: one edit away (two for words of twelve letters or more, "Reccomendations"),
 * with the same first letter, which a typo rarely changes. A real word as near as that to a section
 * word ("Methodist", two from "Methods") is left alone by the limit.
 */
function misspeltHeadingNaming(doc: DraftDocument, section: TemplateSection): { heading: string; word: string; correction: string; start: number; end: number; edit: { start: number; end: number; text: string } } | undefined {
  const vocabulary = sectionVocabulary(doc.template);
  for (const heading of doc.headings) {
    if (heading.sectionIds.length > 0) continue;
    for (const match of heading.text.matchAll(/\p{L}+/gu)) {
      const word = match[0];
      const lower = word.toLowerCase();
      if (lower.length < 5 || vocabulary.has(lower)) continue;
      const limit = lower.length >= 12 ? 2 : 1;
      let best: { candidate: string; distance: number } | undefined;
      for (const candidate of vocabulary) {
        if (candidate[0] !== lower[0]) continue;
        const distance = editDistance(lower, candidate, limit);
        if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
      }
      if (!best) continue;
      const correction = inCaseOf(word, best.candidate);
      const corrected = heading.text.slice(0, match.index) + correction + heading.text.slice(match.index + word.length);
      if (!doc.readHeading(corrected).sections.some((named) => named.id === section.id)) continue;
      const end = doc.lineEnd(heading.line);
      const source = doc.text.slice(heading.start, end);
      const at = new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'u').exec(source)?.index;
      if (at === undefined) continue;
      const start = heading.start + at;
      return { heading: heading.text, word, correction, start: heading.start, end, edit: { start, end: start + word.length, text: correction } };
    }
  }
  return undefined;
}

/** `word` written in the case of `like`: all capitals, a capital first, or lower case. */
function inCaseOf(like: string, word: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  return like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
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
