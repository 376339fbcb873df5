// Recognises which template section a heading names. Real reports rarely use the textbook titles:
// they ask questions ("Is a local review needed?", "What should change?") and use plain words
// ("How we carried out this review", "Working with the family", "What Child Q told us"). So a
// heading is read for its meaning: numbering ("3.", "Part 2 –", "Section C:"), pseudonyms and
// punctuation go, the words are stemmed as everywhere else in the engine (text/words), and each
// section weighs the words that carry its concept (template `concepts`). A heading names a section
// when the weights of its words reach 1 and one of them is a word of substance (weight ≥ 0.5), so a
// single generic word ("review", "child", "practice") never decides a section alone. Exact titles
// and synonyms still match outright, and keyword cues (template `cues`) still count.
import type { Template, TemplateSection } from '../templates/schema';
import { phraseStem, tokenize } from '../text/words';
import { replaceChildPseudonyms } from '../text/pseudonyms';
import { BoundedMap } from '../text/text-memo';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const PREFIXES: RegExp[] = [
  new RegExp(`^(?:part|section|chapter|appendix|annex|stage|theme)\\s+(?:\\d+(?:\\.\\d+)*|[a-z]|${NUMBER_WORDS}|[ivxlc]+)\\b\\s*[:.)\\-–—]*\\s*`),
  /^(?:r|rec)?\d+(?:\.\d+)*[.):]?\s+/,
  /^\d+(?:\.\d+)*[.):]?\s*[-–—:]\s*/,
  /^[a-z][.)]\s+/,
  /^[ivxlc]+[.)]\s+/,
];

export function normaliseHeading(text: string): string {
  let value = replaceChildPseudonyms(text, 'the child')
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

/** Stems of a heading's words, in order: the engine's shared tokeniser (articles dropped) and stemmer. */
export function headingStems(text: string): string[] {
  return tokenize(normaliseHeading(text)).map((word) => word.stem);
}

/**
 * Words that carry no topic: question words, pronouns, auxiliaries, prepositions. A heading's other
 * words must all be accounted for by a section before a subheading may open that section.
 */
const FUNCTION_WORDS = new Set(
  `what how who why when where which whose whom we us our i my you your they them their it its he she his her him be do have of for to in on
  at by with from about and or this that these those there here so far as into up out not no any all some can will may might would could
  shall should than then if also just did was were is are been being has had does done very more most`
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(phraseStem),
);

/** Words any section may hold without changing what it is about ("the review's", "the child's", "key"). */
const GENERIC_WORDS = new Set(['review', 'report', 'child', 'young', 'person', 'case', 'local', 'lcspr', 'cspr', 'safeguarding', 'practice', 'key', 'main', 'overall'].map(phraseStem));

/** Words a heading can consist of that name a kind of text any section may have ("### Analysis" under the voice of the child). */
const RHETORICAL_WORDS = new Set(
  ['analysis', 'summary', 'overview', 'conclusion', 'conclusions', 'background', 'introduction', 'context', 'discussion', 'learning', 'reflection', 'reflections', 'comment', 'comments', 'observation', 'observations', 'evidence', 'detail', 'details', 'note', 'notes', 'recommendation', 'recommendations', 'action', 'actions', 'findings', 'finding'].map(phraseStem),
);

/** What a heading says about the template's sections. */
export interface HeadingReading {
  /** Sections the heading names, most specific first. */
  sections: TemplateSection[];
  /** Per section: true when every word of substance in the heading belongs to it (or it is an exact title). */
  full: ReadonlySet<string>;
  /** Per section id: the heading's stems that named it ("find" and "analysi" of "Findings and analysis"). */
  namedBy: ReadonlyMap<string, ReadonlySet<string>>;
  /** An item of a series: "Finding 2: …", "Recommendation 3", "Episode 1 – …". */
  instance: boolean;
  /** The heading is one word naming a kind of text ("Analysis", "Summary", "Recommendations"). */
  bare: boolean;
}

export interface HeadingMatcher {
  match(headingText: string): TemplateSection[];
  read(headingText: string): HeadingReading;
}

interface CompiledSection {
  section: TemplateSection;
  exact: Set<string>;
  weights: Map<string, number>;
  cues: string[][];
}

/** Weight of substance: at least one word this heavy must be present for a section to match. */
const SUBSTANCE = 0.5;

export function compileHeadingMatcher(template: Template): HeadingMatcher {
  const compiled: CompiledSection[] = template.sections.map((section) => {
    const weights = new Map<string, number>();
    for (const [word, weight] of Object.entries(section.concepts)) {
      for (const stem of headingStems(word)) weights.set(stem, Math.max(weights.get(stem) ?? 0, weight));
    }
    return {
      section,
      exact: new Set([section.title, ...section.synonyms].map((title) => headingStems(title).join(' '))),
      weights,
      cues: section.cues.map((group) => group.flatMap((word) => headingStems(word))).filter((group) => group.length > 0),
    };
  });
  const cache = new BoundedMap<string, HeadingReading>(2_000);
  const read = (headingText: string): HeadingReading => {
    const cached = cache.get(headingText);
    if (cached) return cached;
    const reading = readHeading(compiled, headingText);
    cache.set(headingText, reading);
    return reading;
  };
  return { read, match: (headingText) => read(headingText).sections };
}

const INTERROGATIVES = new Set(['why', 'how', 'who'].map(phraseStem));
/**
 * Prepositions that open an adjunct: what follows says when, by what or from where ("Agency
 * involvement prior to the incident", "Analysis by key line of enquiry", "Findings from the
 * practitioner event"), not what the part is. "Of", "to", "with" and "for" are left out: their
 * phrases complete the head ("Summary of the incident", "Working with the family").
 */
const ADJUNCT_OPENERS = new Set(['prior', 'before', 'after', 'following', 'during', 'by', 'from', 'since', 'until', 'under', 'across', 'within', 'throughout'].map(phraseStem));
const AUXILIARIES = new Set(['do', 'be', 'have'].map(phraseStem));
const PRONOUNS = new Set(['we', 'they', 'you', 'i', 'he', 'she', 'it', 'agencies', 'practitioners'].map(phraseStem));

/**
 * In a question whose topic comes first ("What good practice did we find?", "Which risks were we
 * told about?"), the words after "did we"/"were we" are what was done with the topic, not the
 * topic: they weigh half, so "find" does not make that heading the findings. A question with no
 * topic before them ("What did we find?") keeps them whole.
 */
function questionPredicate(stems: readonly string[]): Set<string> {
  for (let i = 1; i + 1 < stems.length; i++) {
    if (!AUXILIARIES.has(stems[i]) || !PRONOUNS.has(stems[i + 1])) continue;
    if (!stems.slice(0, i).some((stem) => !FUNCTION_WORDS.has(stem))) return new Set();
    return new Set(stems.slice(i + 2));
  }
  return new Set();
}

interface Hit {
  section: TemplateSection;
  score: number;
  evidence: Set<string>;
  full: boolean;
}

function readHeading(compiled: CompiledSection[], headingText: string): HeadingReading {
  const stems = headingStems(headingText);
  const key = stems.join(' ');
  const content = [...new Set(stems)].filter((stem) => !FUNCTION_WORDS.has(stem) && !/^\d+$/.test(stem));
  const instance = stems.length >= 2 && /^(?:\d+|[a-z])$/.test(stems[1]) && !FUNCTION_WORDS.has(stems[0]);
  const bare = content.length === 1 && RHETORICAL_WORDS.has(content[0]);
  const exact = compiled.find((entry) => entry.exact.has(key));
  if (exact) return { sections: [exact.section], full: new Set([exact.section.id]), namedBy: new Map([[exact.section.id, new Set(content)]]), instance, bare };

  const words = new Set(stems);
  const predicate = questionPredicate(stems);
  const hits: Hit[] = [];
  for (const entry of compiled) {
    let score = 0;
    let substance = false;
    const evidence = new Set<string>();
    for (const stem of words) {
      const found = entry.weights.get(stem);
      if (found === undefined) continue;
      const weight = predicate.has(stem) ? found / 2 : found;
      score += weight;
      evidence.add(stem);
      if (weight >= SUBSTANCE) substance = true;
    }
    for (const cue of entry.cues) {
      if (!cue.every((stem) => words.has(stem))) continue;
      score += 1;
      substance = true;
      for (const stem of cue) evidence.add(stem);
    }
    // Weights are tenths: "0.3 + 0.3 + 0.4" must reach 1 despite floating point.
    if (score < 1 - 1e-9 || !substance) continue;
    const full = content.every((stem) => evidence.has(stem) || GENERIC_WORDS.has(stem));
    hits.push({ section: entry.section, score, evidence, full });
  }
  // A heading that opens with "why", "how" or "who" asks that question: a section that weighs the
  // question word answers it ("Why we carried out this review" is the introduction, not the method).
  const asks = INTERROGATIVES.has(stems[0]) && hits.some((hit) => hit.evidence.has(stems[0]));
  if (asks) for (let i = hits.length - 1; i >= 0; i--) if (!hits[i].evidence.has(stems[0])) hits.splice(i, 1);
  // What the words before an adjunct name is what the part is: a reading that only the adjunct
  // gives ("the incident" of "Agency involvement prior to the incident") gives way to one they give.
  const adjunct = stems.findIndex((stem, index) => index > 0 && ADJUNCT_OPENERS.has(stem));
  if (adjunct > 0 && hits.length > 1) {
    const head = new Set(stems.slice(0, adjunct).filter((stem) => !GENERIC_WORDS.has(stem)));
    const headed = (hit: Hit) => [...hit.evidence].some((stem) => head.has(stem));
    if (hits.some(headed)) for (let i = hits.length - 1; i >= 0; i--) if (!headed(hits[i])) hits.splice(i, 1);
  }
  // A reading that another explains entirely, with more, gives way: "Immediate actions" is the
  // immediate-actions section, not also the actions one; "Terms of reference" is the scope, not
  // the references; "Purpose and scope" keeps both the introduction and the scope.
  const kept = hits
    .filter((hit) => !hits.some((other) => other !== hit && other.evidence.size > hit.evidence.size && [...hit.evidence].every((stem) => other.evidence.has(stem))))
    .sort((a, b) => b.score - a.score);
  return {
    sections: kept.map((hit) => hit.section),
    full: new Set(kept.filter((hit) => hit.full).map((hit) => hit.section.id)),
    namedBy: new Map(kept.map((hit) => [hit.section.id, hit.evidence])),
    instance,
    bare,
  };
}
