// Recognises which template section a heading names. Real reports rarely use the textbook titles,
// so matching ignores case, numbering ("3.", "Part 2 –", "Section C:"), punctuation, pseudonyms
// ("Child S's") and articles, then tries exact synonyms before keyword cues.
import type { Template, TemplateSection } from '../templates/schema';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const PREFIXES: RegExp[] = [
  new RegExp(`^(?:part|section|chapter|appendix|annex|stage|theme)\\s+(?:\\d+(?:\\.\\d+)*|[a-z]|${NUMBER_WORDS}|[ivxlc]+)\\b\\s*[:.)\\-–—]*\\s*`),
  /^(?:r|rec)?\d+(?:\.\d+)*[.):]?\s+/,
  /^\d+(?:\.\d+)*[.):]?\s*[-–—:]\s*/,
  /^[a-z][.)]\s+/,
  /^[ivxlc]+[.)]\s+/,
];
const ARTICLES = new Set(['the', 'a', 'an']);

/** Replaces pseudonyms such as "Child S", "Baby M" or "Young Person K" with "the child". */
function replacePseudonyms(text: string): string {
  return text.replace(/\b(?:Child|Baby|Infant|Young Person|Sibling)\s+[A-Z]{1,2}\d?\b/g, 'the child');
}

export function normaliseHeading(text: string): string {
  let value = replacePseudonyms(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\*\*|__|[*_]/g, '')
    .trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PREFIXES) {
      const next = value.replace(prefix, '');
      if (next !== value && next.length > 0) {
        value = next;
        changed = true;
      }
    }
  }
  return value
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A deliberately small stemmer: enough to equate "Recommendations" and "recommendation", "Views" and "view". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export function headingWords(text: string): string[] {
  return normaliseHeading(text)
    .split(' ')
    .filter((word) => word.length > 0 && !ARTICLES.has(word))
    .map(stem);
}

interface CompiledSection {
  section: TemplateSection;
  exact: Set<string>;
  cues: string[][];
}

export interface HeadingMatcher {
  match(headingText: string): TemplateSection[];
}

export function compileHeadingMatcher(template: Template): HeadingMatcher {
  const compiled: CompiledSection[] = template.sections.map((section) => ({
    section,
    exact: new Set([section.title, ...section.synonyms].map((title) => headingWords(title).join(' '))),
    cues: section.cues.map((group) => group.map((word) => stem(word.toLowerCase()))),
  }));
  const cache = new Map<string, TemplateSection[]>();
  return {
    match(headingText) {
      const cached = cache.get(headingText);
      if (cached) return cached;
      const words = headingWords(headingText);
      const key = words.join(' ');
      let result: TemplateSection[];
      const exact = compiled.find((entry) => entry.exact.has(key));
      if (exact) {
        result = [exact.section];
      } else {
        result = matchByCues(compiled, new Set(words));
      }
      if (cache.size > 2000) cache.clear();
      cache.set(headingText, result);
      return result;
    },
  };
}

function matchByCues(compiled: CompiledSection[], words: Set<string>): TemplateSection[] {
  const hits: { section: TemplateSection; cue: string[] }[] = [];
  for (const entry of compiled) {
    let best: string[] | undefined;
    for (const cue of entry.cues) {
      if (cue.every((word) => words.has(word)) && (!best || cue.length > best.length)) best = cue;
    }
    if (best) hits.push({ section: entry.section, cue: best });
  }
  // A more specific cue wins over one it contains: "Immediate actions" is immediate-actions, not
  // also the generic actions section; "Purpose and scope" keeps both introduction and scope.
  return hits
    .filter((hit) => !hits.some((other) => other !== hit && other.cue.length > hit.cue.length && hit.cue.every((word) => other.cue.includes(word))))
    .map((hit) => hit.section);
}
