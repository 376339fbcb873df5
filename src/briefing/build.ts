// A 7-minute briefing drawn from a draft (PRODUCT.md "More commands"): the fixed seven-part layout
// partnerships send to practitioners after a review — background, why it matters, what the review
// found, what went well, what must change, what to do now, questions for reflection. Each part is
// filled from the draft's own sections; where the draft cannot supply it, a bracketed prompt says what
// the author must still write (the placeholder rule finds it). Nothing that identifies a person may
// leave in a briefing: every line is checked with identifying-detail and dropped if it reports.
import { Linter, RULE_IDS, type EngineSettings, type LintResult } from '../engine/index';
import type { DocBlock } from '../engine/document';
import { recommendationSections } from '../engine/sections/recommendations';
import { sentencesOf } from '../engine/text/sentences';
import { escapeHtml } from '../report/index';
import { REFLECTION_QUESTIONS } from './questions';
import { standalonePage } from '../report/page';

export interface BriefingPart {
  title: string;
  paragraphs: string[];
  bullets: string[];
}

export interface Briefing {
  title: string;
  parts: BriefingPart[];
  /** Lines left out because they could identify someone. */
  withheld: number;
}

const PART_TITLES = ['Background', 'Why it matters', 'What the review found', 'What went well', 'What must change', 'What to do now', 'Questions for reflection'] as const;

/** Words a part may hold before it stops being a seven-minute read. */
const BACKGROUND_WORDS = 120;
const MAX_FINDINGS = 5;
const MAX_GOOD_PRACTICE = 4;
const MAX_QUESTIONS = 4;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function prose(blocks: readonly DocBlock[]): string[] {
  return blocks.filter((block) => block.kind === 'paragraph' && !block.inQuote).map((block) => block.text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}

function firstSentence(text: string): string {
  return sentencesOf(text)[0] ?? text;
}

/** The opening sentences of a section, up to a word budget. */
function opening(paragraphs: readonly string[], budget: number): string {
  const taken: string[] = [];
  let count = 0;
  for (const sentence of paragraphs.flatMap((paragraph) => sentencesOf(paragraph))) {
    if (count > 0 && count + words(sentence) > budget) break;
    taken.push(sentence);
    count += words(sentence);
  }
  return taken.join(' ');
}

export function buildBriefing(result: LintResult): Omit<Briefing, 'withheld'> {
  const doc = result.document;
  const blocksOf = (...ids: string[]) => {
    for (const id of ids) {
      const match = doc.section(id);
      if (match) return doc.sectionBlocks(match);
    }
    return [];
  };
  const parts: BriefingPart[] = PART_TITLES.map((title) => ({ title, paragraphs: [], bullets: [] }));
  const [background, why, found, well, change, now, questions] = parts;

  const opened = opening(prose(blocksOf('executive-summary', 'incident-summary', 'introduction', 'background')), BACKGROUND_WORDS);
  background.paragraphs.push(opened || '[Two or three sentences on who the child was, what happened and why the review was held.]');

  const addressed = result.coverage.filter((theme) => theme.status !== 'absent');
  if (addressed.length > 0) {
    why.paragraphs.push(`This review adds to what is known nationally about: ${addressed.map((theme) => theme.label.replace(/ ?\([^()]*\)/g, '')).join('; ')}.`);
  }
  why.paragraphs.push('[Why this matters to practitioners here: what could happen again, in which services, to which children.]');

  const findingsMatch = doc.section('findings') ?? doc.section('learning');
  if (findingsMatch) {
    const inside = doc.headings.filter((heading) => heading.start > findingsMatch.heading.start && heading.start < findingsMatch.end && heading.depth > findingsMatch.heading.depth);
    if (inside.length > 0) {
      for (const heading of inside.slice(0, MAX_FINDINGS)) found.bullets.push(heading.text.replace(/^\s*(?:finding\s*)?\d+(?:\.\d+)*\s*[:.–—-]?\s*/i, '').trim());
    } else {
      for (const paragraph of prose(doc.sectionBlocks(findingsMatch)).slice(0, MAX_FINDINGS)) found.bullets.push(firstSentence(paragraph));
    }
  }
  if (found.bullets.length === 0) found.paragraphs.push('[The review’s main findings, one line each.]');

  for (const paragraph of prose(blocksOf('good-practice')).slice(0, MAX_GOOD_PRACTICE)) well.bullets.push(firstSentence(paragraph));
  if (well.bullets.length === 0) well.paragraphs.push('[Practice the review found good, and who did it.]');

  for (const section of recommendationSections(doc, new Map())) {
    for (const item of section.items) change.bullets.push(`${item.number ? `${item.number}. ` : ''}${firstSentence(item.text.replace(/\s+/g, ' ').trim())}`);
  }
  if (change.bullets.length === 0) change.paragraphs.push('[The review’s recommendations, in short.]');

  now.paragraphs.push('[Three things a practitioner should do differently from tomorrow, in plain words.]');

  for (const theme of addressed) {
    const question = REFLECTION_QUESTIONS[theme.id];
    if (question && questions.bullets.length < MAX_QUESTIONS) questions.bullets.push(question);
  }
  if (questions.bullets.length === 0) questions.paragraphs.push('[Two or three questions a team can discuss in supervision or a team meeting.]');

  const heading = doc.headings[0]?.text;
  return { title: `7-minute briefing${heading ? `: ${heading}` : ''}`, parts };
}

/**
 * The briefing with every line that could identify someone left out: lines holding text the draft's
 * own lint reported as identifying, and lines a lint of the briefing itself reports (with the
 * draft's settings, so agreed pseudonyms stay), until that lint reports nothing.
 */
export function anonymisedBriefing(result: LintResult, settings: EngineSettings = {}): Briefing {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'identifying-detail' ? 'error' : 'off'] as const));
  const checker = new Linter({ ...settings, rules });
  const text = result.document.text;
  const reported = new Set<string>();
  for (const finding of result.findings) {
    if (finding.ruleId !== 'identifying-detail') continue;
    const written = text.slice(finding.range.start.offset, finding.range.end.offset).trim();
    if (written.length >= 3) reported.add(written);
  }
  const built = buildBriefing(result);
  let briefing: Briefing = { ...built, withheld: 0 };
  for (let pass = 0; pass < 5; pass++) {
    const lines = renderBriefingMarkdown(briefing).split('\n');
    const flagged = new Set(checker.lint(lines.join('\n')).findings.map((finding) => lines[finding.range.start.line - 1]));
    let withheld = 0;
    const keep = (line: string, rendered: string) => {
      if (!flagged.has(rendered) && ![...reported].some((written) => line.includes(written))) return true;
      withheld++;
      return false;
    };
    const title = keep(briefing.title, `# ${briefing.title}`) ? briefing.title : '7-minute briefing';
    const parts = briefing.parts.map((part) => ({
      title: part.title,
      paragraphs: part.paragraphs.filter((paragraph) => keep(paragraph, paragraph)),
      bullets: part.bullets.filter((bullet) => keep(bullet, `- ${bullet}`)),
    }));
    briefing = { title, parts, withheld: briefing.withheld + withheld };
    if (withheld === 0) break;
  }
  return briefing;
}

export function renderBriefingMarkdown(briefing: Briefing): string {
  const lines = [`# ${briefing.title}`, ''];
  briefing.parts.forEach((part, index) => {
    lines.push(`## ${index + 1}. ${part.title}`, '');
    for (const paragraph of part.paragraphs) lines.push(paragraph, '');
    if (part.bullets.length > 0) lines.push(...part.bullets.map((bullet) => `- ${bullet}`), '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderBriefingHtml(briefing: Briefing): string {
  const e = escapeHtml;
  const parts = briefing.parts
    .map((part, index) => {
      const body = [...part.paragraphs.map((paragraph) => `<p${/^\[.*\]$/.test(paragraph) ? ' class="prompt"' : ''}>${e(paragraph)}</p>`), part.bullets.length > 0 ? `<ul>${part.bullets.map((bullet) => `<li>${e(bullet)}</li>`).join('')}</ul>` : ''].join('\n');
      return `<section><h2><span class="number">${index + 1}</span> ${e(part.title)}</h2>\n${body}\n</section>`;
    })
    .join('\n');
  return standalonePage({
    title: briefing.title,
    style: `body { font-family: system-ui, sans-serif; margin: 2rem auto; color: #1b1b1b; max-width: 48rem; line-height: 1.5; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .4rem; }
.number { display: inline-block; min-width: 1.6em; padding: 0 .3em; border-radius: .3em; background: #1f3b57; color: #ffffff; text-align: center; }
.prompt { color: #5c3d00; background: #fff4dc; border-left: 4px solid #8a5a00; padding: .3rem .6rem; }
section { break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } }`,
    body: `<h1>${e(briefing.title)}</h1>
${parts}`,
  });
}
