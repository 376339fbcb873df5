// Wording national guidance asks reviewers to avoid (data/language-terms.ts), each reported with the
// wording to prefer. The preferred wording is a suggestion, never a fix: the right rewording depends
// on the sentence, and a suggestion is only offered where the replacement keeps the grammar.
// Terms that depend on who they are about are read from the sentence: "did not attend" is reported
// of a child (a child, a baby, a pseudonym, or a pronoun whose nearest antecedent is the child), not
// of a parent or an agency missing a meeting; "recruited" only where the sentence is about county
// lines or drug dealing. Words in quotation marks and blockquotes are someone else's (a record, a
// family member) and stay silent.
import { defineRule, type ScanItem, type SharedSettings } from '../rule';
import { LANGUAGE_TERMS, type LanguageTerm } from '../data/language-terms';
import type { Fix } from '../types';
import { BE_FORMS, indefiniteArticle, insideSpans, matchCase, quotationSpans, startsSentence, tokenize, wordBefore, wordListPattern, type SentenceSpan, type Word } from '../text/index';
import { blockSentences } from '../text/block-text';
import { lastIndexWhere } from '../text/search';

interface LanguageItem extends ScanItem {
  term: string;
  preferred: string;
  text: string;
  /** The replacement and the source characters it covers before the finding (a possessive or an article). */
  replacement?: string;
  replaceFrom?: number;
  /** How far past the finding's end the replacement covers ("DNA'd at" → "not brought to"); relative, as items move with edits. */
  replacePast?: number;
  /** LAC inside a glossary section is the glossary's entry, not a label in the text. */
  acronym: boolean;
}

interface Compiled {
  /**
   * The start of the longest word of every phrase term, so a block that holds none of them is
   * passed over without being split into words (most blocks of a draft).
   */
  prefilter: RegExp;
  /** Phrase terms by the stem of their first word. */
  byFirstStem: Map<string, { stems: string[]; term: LanguageTerm }[]>;
  /** Terms with their own reading, unless the config switched them off. */
  contextual: Map<LanguageTerm['matcher'], LanguageTerm>;
}

const compiledFor = new WeakMap<object, Compiled>();
const DEFAULTS = {};

/** The built-in terms with the config's changes: a string adds or rewords a term, null allows it. */
function compile(language: SharedSettings['language']): Compiled {
  const key = language ?? DEFAULTS;
  let compiled = compiledFor.get(key);
  if (compiled) return compiled;
  const configured = new Map([...(language ?? new Map<string, string | null>())].map(([term, preferred]) => [normalise(term), { term, preferred }]));
  const terms: LanguageTerm[] = [];
  for (const builtIn of LANGUAGE_TERMS) {
    const names = [builtIn.term, ...(builtIn.variants ?? [])].map(normalise);
    const change = names.map((name) => configured.get(name)).find((found) => found !== undefined);
    if (change?.preferred === null) continue;
    // A reworded built-in keeps its reading but offers the team's wording only as advice.
    terms.push(change ? { ...builtIn, preferred: change.preferred, replacements: undefined, afterPossessive: undefined, afterBe: undefined } : builtIn);
    for (const name of names) configured.delete(name);
  }
  for (const { term, preferred } of configured.values()) {
    if (preferred !== null) terms.push({ term, preferred, matcher: 'phrase', replacements: { [normalise(term)]: preferred } });
  }
  const cues = new Set<string>();
  compiled = { byFirstStem: new Map(), contextual: new Map(), prefilter: /(?!)/g };
  for (const term of terms) {
    if (term.matcher !== 'phrase' && term.matcher !== 'sexual-activity') {
      compiled.contextual.set(term.matcher, term);
      continue;
    }
    for (const written of [term.term, ...(term.variants ?? [])]) {
      const words = tokenize(written);
      const stems = words.map((word) => word.stem);
      if (stems.length === 0) continue;
      const longest = words.reduce((best, word) => (word.raw.length > best.raw.length ? word : best)).raw.toLowerCase();
      cues.add(longest.slice(0, Math.min(5, longest.length)));
      const list = compiled.byFirstStem.get(stems[0]) ?? [];
      list.push({ stems, term });
      compiled.byFirstStem.set(stems[0], list);
    }
  }
  for (const list of compiled.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  // Factored by prefix, and ASCII \b without the unicode flag where the cues allow it: V8 runs that several times faster.
  const ascii = [...cues].every((cue) => /^[\x20-\x7e]*$/.test(cue));
  if (cues.size > 0) compiled.prefilter = ascii ? new RegExp(`\\b${wordListPattern(cues)}`, 'gi') : new RegExp(`(?<![\\p{L}\\p{N}])${wordListPattern(cues)}`, 'giu');
  compiledFor.set(key, compiled);
  return compiled;
}

function normalise(term: string): string {
  return term.toLowerCase().replace(/[’]/g, "'").replace(/[-\s]+/g, ' ').trim();
}

const POSSESSIVE_PRONOUNS: Record<string, { subject: string; object: string }> = {
  his: { subject: 'he', object: 'him' },
  her: { subject: 'she', object: 'her' },
  their: { subject: 'they', object: 'them' },
};

// ------------------------------------------------------------------ who a sentence is about

const CHILD_NOUNS = /^(?:child|children|baby|babies|infant|infants|toddler|toddlers|boy|girl|son|daughter|twins|siblings|sibling|newborn|pupil|teenager|youngster)$/i;
const ADULT_NOUNS = /^(?:mother|father|mum|dad|parent|parents|carer|carers|stepfather|stepmother|partner|grandmother|grandfather|grandparents|aunt|uncle|family|worker|visitor|nurse|officer|officers|teacher|gp|doctor|midwife|practitioner|practitioners|manager|police|school|agency|agencies|service|services|team|professional|professionals|adult|adults|woman|man|paediatrician|consultant|clinician|reviewer|lead|staff|social|camhs|health)$/i;
const PRONOUN = /^(?:he|she|they)$/i;
const CHILD_MENTION = /\b(?:Child|Baby|Young Person) [A-Z]{1,2}\b|\b(?:the|a|her|his|their) (?:baby|infant|toddler|child|boy|girl|son|daughter|newborn)\b/gi;
const ADULT_MENTION = /\b(?:mother|father|mum|dad|parents?|carers?|stepfather|stepmother|partner|grandmother|grandfather|aunt|uncle|social worker|health visitor|nurse|officer|teacher|GP|doctor|midwife|practitioner|manager)\b/gi;

type Referent = 'child' | 'adult' | 'unknown';

/**
 * Whom the subject before `index` names: a child noun or pseudonym, an adult or agency, or a
 * pronoun resolved to the nearest person mentioned before it in the block.
 */
function subjectBefore(text: string, sentenceStart: number, index: number): { referent: Referent; plural: boolean } {
  // The few words before are enough for a subject; a bounded window keeps long blocks linear.
  const from = Math.max(sentenceStart, index - 120);
  const words = [...text.slice(from, index).matchAll(/[\p{L}\p{N}'’]+/gu)];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 6; i--) {
    const word = words[i][0].replace(/['’]s$/, '');
    if (/^(?:had|has|have|was|were|is|are|been|being|also|then|again|repeatedly|subsequently|later|often|did|does|do|not|never|to|failed|fails|and)$/i.test(word)) continue;
    if (/^[A-Z]{1,2}\d?$/.test(word) && /^(?:Child|Baby|Person)$/.test(words[i - 1]?.[0] ?? '')) return { referent: 'child', plural: false };
    if (CHILD_NOUNS.test(word)) return { referent: 'child', plural: /(?:ren|s)$/i.test(word) };
    if (ADULT_NOUNS.test(word)) return { referent: 'adult', plural: false };
    if (PRONOUN.test(word)) return { referent: resolvePronoun(text, from + words[i].index), plural: /^they$/i.test(word) };
    return { referent: 'unknown', plural: false };
  }
  return { referent: 'unknown', plural: false };
}

/** The sentence holding `index` (sentences in order and disjoint), found by halving. */
function sentenceAt(sentences: readonly SentenceSpan[], index: number, length: number): SentenceSpan {
  const last = lastIndexWhere(sentences.length, (at) => sentences[at].start <= index);
  return last >= 0 && index < sentences[last].end ? sentences[last] : { start: 0, end: length };
}

/** The nearest person mentioned before a pronoun (within the block): the child or an adult. */
function resolvePronoun(text: string, before: number): Referent {
  const window = text.slice(Math.max(0, before - 400), before);
  let child = -1;
  let adult = -1;
  for (const match of window.matchAll(CHILD_MENTION)) child = match.index;
  for (const match of window.matchAll(ADULT_MENTION)) adult = match.index;
  if (child < 0 && adult < 0) return 'unknown';
  return child > adult ? 'child' : 'adult';
}

// ------------------------------------------------------------------ matchers

interface Found {
  start: number;
  end: number;
  term: LanguageTerm;
  replacement?: string;
  replaceFrom?: number;
  /** The end (in the block's text) of what the replacement covers, when past `end`. */
  replaceEnd?: number;
  acronym?: boolean;
}

const NOT_ATTEND = /\b(?:(?:did|does|do|had|has|have)\s+not|didn['’]t|doesn['’]t|hadn['’]t|failed\s+to|fails\s+to|failing\s+to)\s+(attend(?:ed|ing|s)?)\b/gi;
const DNA = /\b(?:DNA(?:['’]?d|['’]?ed)|(?:was|were|is|are|been)\s+(?:an?\s+)?DNA(?!['’]?e?d)|as\s+(?:an?\s+)?DNA|DNAs)(?![\p{L}\p{N}])/gu;
/** What a child does not "attend" that is not an appointment they were brought to. */
const OWN_ATTENDANCE = /^\s*(?:(?:the|his|her|their|any|a)\s+)?(?:school|college|lessons?|class(?:es)?|sixth form|university|work|training|meetings?|conferences?|core group|strategy|review meeting|(?:youth )?club|sessions? (?:with|at) (?:the )?youth)/i;
const OBJECT_FOLLOWS = /^\s*(?:(?:the|his|her|their|this|that|an?|two|three|four|five|several|any|either)\s+|[\p{L}]+\s+appointments?)/iu;
/** A named clinic or service as the object: "did not attend Audiology". */
const NAMED_OBJECT = /^[ \t]+\p{Lu}\p{Ll}/u;
/** "DNA'd at the clinic", "did not attend for her appointment": the preposition goes with "brought to" instead. */
const PLACE_PREPOSITION = /^\s+(?:at|for)(?=\s+(?:(?:the|his|her|their|this|that|an?|two|three|four|five|several|any|either)\s|[\p{L}]+\s+appointments?\b|[\p{Lu}]))/u;

function notBrought(text: string, term: LanguageTerm, sentences: readonly SentenceSpan[], out: Found[]): void {
  for (const match of text.matchAll(NOT_ATTEND)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    if (OWN_ATTENDANCE.test(after)) continue;
    const sentence = sentenceAt(sentences, match.index, text.length);
    const subject = subjectBefore(text, sentence.start, match.index);
    if (subject.referent !== 'child') continue;
    const perfect = /^(?:had|has|have|hadn)/i.test(match[0]);
    const be = perfect ? `${/^has/i.test(match[0]) ? 'has' : /^have/i.test(match[0]) ? 'have' : 'had'} not been` : subject.plural ? 'were not' : 'was not';
    const preposition = PLACE_PREPOSITION.exec(after);
    const object = preposition !== null || OBJECT_FOLLOWS.test(after) || NAMED_OBJECT.test(after);
    // "did not attend her appointment" → "was not brought to her appointment"; "failing to attend" is left to the author.
    const replacement = /^fail(?:ing|s)/i.test(match[0]) || /ing$/i.test(match[1]) ? undefined : `${be} brought${object ? ' to' : ''}`;
    const end = match.index + match[0].length;
    out.push({ start: match.index, end, term, replacement: replacement ? matchCase(replacement, match[0]) : undefined, replaceEnd: preposition && replacement ? end + preposition[0].length : undefined });
  }
  for (const match of text.matchAll(DNA)) {
    const at = match.index + match[0].indexOf('DNA');
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (/^\s*(?:test|testing|tests|sample|samples|evidence|profile|profiling|analysis|match|swab|swabs|result|results)\b/i.test(after)) continue;
    const sentence = sentenceAt(sentences, match.index, text.length);
    const subject = subjectBefore(text, sentence.start, match.index);
    if (subject.referent === 'adult') continue;
    let replacement: string | undefined;
    let start = at;
    const end = match.index + match[0].length;
    let replaceEnd: number | undefined;
    // "was DNA'd at the clinic", "was (a) DNA for the scan" → "was not brought to …": the preposition is replaced too.
    const preposition = PLACE_PREPOSITION.exec(after);
    if (/^DNA['’]?e?d$/.test(match[0]) && subject.referent === 'child') {
      // "Baby M was DNA'd" → "Baby M was not brought": a form of "be" before it is part of what is replaced.
      const be = wordBefore(text, match.index);
      if (be && /^(?:was|were|been)$/i.test(be.word)) start = be.start;
      if (preposition) replaceEnd = end + preposition[0].length;
      replacement = `${be && /^been$/i.test(be.word) ? 'been' : subject.plural ? 'were' : 'was'} not brought${preposition || OBJECT_FOLLOWS.test(after) ? ' to' : ''}`;
    } else if (/^(?:was|were|is|are|been)\s/i.test(match[0])) {
      start = match.index;
      if (preposition) replaceEnd = end + preposition[0].length;
      replacement = `${match[0].split(/\s/)[0]} not brought${preposition ? ' to' : ''}`;
    } else if (/^as\s/i.test(match[0])) {
      // "recorded (Child L) as DNA" → "… as not brought"
      start = match.index;
      replacement = 'as not brought';
    }
    out.push({ start, end, term, replacement, replaceEnd });
  }
}

const LAC = /(?<![\p{L}\p{N}&])LACs?(?![\p{L}\p{N}&])/gu;

function looked(text: string, term: LanguageTerm, out: Found[]): void {
  for (const match of text.matchAll(LAC)) {
    const start = match.index;
    const end = start + match[0].length;
    // "Looked After Child (LAC)": the acronym's definition, not the label in use.
    if (/\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3))) continue;
    const previous = wordBefore(text, start);
    const prev = previous?.word.toLowerCase() ?? '';
    const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
    const plural = match[0].endsWith('s');
    let replacement: string | undefined;
    let replaceFrom: number | undefined;
    if (BE_FORMS.has(prev) || (prev.endsWith('ly') && BE_FORMS.has(wordBefore(text, previous!.start)?.word.toLowerCase() ?? ''))) replacement = 'looked after';
    else if (/^(?:child|children|young|people|person|siblings?|status)$/i.test(next)) replacement = 'looked-after';
    else if (next === '' || !/^\p{Ll}/u.test(next) || /^(?:and|or|but|who|which|that|for|in|at|with|from|to|when|because|was|were|is|are|had|has|he|she|they|it|we|his|her|their|its)$/.test(next)) {
      const head = plural ? 'children in care' : 'child in care';
      if (prev === 'a' || prev === 'an') {
        replacement = `${matchCase(indefiniteArticle(head), previous!.word)} ${head}`;
        replaceFrom = start - previous!.start;
      } else replacement = head;
    } else if (!plural) replacement = 'looked-after child';
    if (replacement && replaceFrom === undefined && startsSentence(text, start)) replacement = replacement[0].toUpperCase() + replacement.slice(1);
    out.push({ start, end, term, replacement, replaceFrom, acronym: true });
  }
}

const DRUG_CONTEXT = /\bcounty lines?\b|\bdrug (?:lines?|deal|dealing|dealers?|running|runners?)\b|\bdealers?\b|\bgangs?\b|\bcriminal exploitation\b|\bCCE\b|\bsupply(?:ing)? (?:of )?drugs\b|\bselling drugs\b/i;
const RECRUITED = /\b(recruit(?:ed|ing|s)?|working)\b/gi;

function countyLines(text: string, term: LanguageTerm, sentences: readonly SentenceSpan[], out: Found[]): void {
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (!DRUG_CONTEXT.test(body)) continue;
    for (const match of body.matchAll(RECRUITED)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const after = text.slice(end, end + 30);
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      const word = match[1].toLowerCase();
      if (word === 'working') {
        // "working for a dealer", "working county lines"; not "working with the family" or "working days".
        const object = /^\s+(?:for\b|county lines?\b|(?:on|the) (?:a |the )?(?:drug |county )?lines?\b)/i.exec(after);
        if (!object) continue;
        const replacement = /\b(?:was|were)\s+$/i.test(before) && /^\s+for\b/i.test(after) ? 'being criminally exploited by' : undefined;
        out.push({ start, end: replacement ? end + /^\s+for/i.exec(after)![0].length : end, term, replacement });
        continue;
      }
      // Staff recruitment in the same sentence as a gang is not what is meant: the recruited must be a child or a pronoun.
      if (/\b(?:staff|officers?|workers?|practitioners?|posts?|vacancies)\b/i.test(after.slice(0, 20))) continue;
      const replacement = word === 'recruited' && /^\s+(?:by|him|her|them|Child [A-Z])\b/.test(after) ? 'criminally exploited' : undefined;
      out.push({ start, end, term, replacement });
    }
  }
}

const SELF_BLAME = /\b(?:put(?:s|ting)?|plac(?:e|ed|es|ing)|expos(?:e|ed|es|ing))\s+(?:herself|himself|themselves|themself)\s+(?:at\s+(?:\w+\s+)?risk|in\s+danger|in\s+harm['’]s\s+way|in\s+(?:risky|dangerous)\s+situations|to\s+(?:risk|danger|harm|exploitation|abuse))/gi;

function selfBlame(text: string, term: LanguageTerm, out: Found[]): void {
  for (const match of text.matchAll(SELF_BLAME)) out.push({ start: match.index, end: match.index + match[0].length, term });
}

/** Phrase terms (and the config's own terms) by word stems, so inflections and hyphenation count. */
function phrases(text: string, words: Word[], sentences: readonly SentenceSpan[], compiled: Compiled, out: Found[]): void {
  for (let i = 0; i < words.length; i++) {
    const candidates = compiled.byFirstStem.get(words[i].stem);
    if (!candidates) continue;
    for (const { stems, term } of candidates) {
      let matched = true;
      for (let k = 1; k < stems.length && matched; k++) matched = words[i + k] !== undefined && words[i + k].continues && words[i + k].stem === stems[k];
      if (!matched) continue;
      const last = words[i + stems.length - 1];
      const found: Found = { start: words[i].start, end: last.end, term };
      const written = normalise(text.slice(found.start, found.end));
      const previous = wordBefore(text, found.start);
      const prev = previous?.word.toLowerCase() ?? '';
      const possessive = POSSESSIVE_PRONOUNS[prev];
      if (term.afterPossessive && possessive && written === normalise(term.term)) {
        found.replacement = matchCase(term.afterPossessive.replace('{subject}', possessive.subject).replace('{object}', possessive.object), previous!.word);
        found.replaceFrom = found.start - previous!.start;
      } else if (term.afterBe && BE_FORMS.has(prev) && written === normalise(term.term)) {
        found.replacement = term.afterBe;
      } else if (term.replacements?.[written] !== undefined) {
        const replacement = term.replacements[written];
        if (prev === 'a' || prev === 'an') {
          found.replacement = `${matchCase(indefiniteArticle(replacement), previous!.word)} ${replacement}`;
          found.replaceFrom = found.start - previous!.start;
        } else {
          found.replacement = matchCase(replacement, text.slice(found.start, found.end));
        }
      }
      if (term.matcher === 'sexual-activity' && subjectBefore(text, sentenceAt(sentences, found.start, text.length).start, found.start).referent === 'adult') break;
      out.push(found);
      i += stems.length - 1;
      break;
    }
  }
}

export const languageMatters = defineRule<Record<string, never>, LanguageItem>({
  meta: {
    id: 'language-matters',
    defaultSeverity: 'warning',
    category: 'language',
    fixable: false,
    description: 'Wording national guidance asks reviewers to avoid ("disguised compliance", "did not attend" of a child, "child prostitution", "risky behaviour", "LAC"), each with a preferred alternative.',
  },
  scanBlock(block, { offsetOf, shared }) {
    if (block.inQuote || block.kind === 'heading') return [];
    const text = block.text;
    const compiled = compile(shared.language);
    const found: Found[] = [];
    const cues = [...text.matchAll(compiled.prefilter)].map((match) => match.index);
    const contextual = compiled.contextual;
    const notBroughtCue = contextual.has('not-brought') && /attend|DNA/.test(text);
    const lacCue = contextual.has('lac') && text.includes('LAC');
    const countyCue = contextual.has('county-lines') && /recruit|working/i.test(text);
    const selfCue = contextual.has('self-blame') && /sel(?:f|ves)\b/i.test(text);
    if (cues.length === 0 && !notBroughtCue && !lacCue && !countyCue && !selfCue) return [];
    const sentences = blockSentences(block);
    // Only sentences holding a cue word of some term are split into words.
    let cue = 0;
    for (const sentence of cues.length > 0 ? sentences : []) {
      while (cue < cues.length && cues[cue] < sentence.start) cue++;
      if (cue === cues.length) break;
      if (cues[cue] >= sentence.end) continue;
      const words = tokenize(text.slice(sentence.start, sentence.end)).map((word) => ({ ...word, start: word.start + sentence.start, end: word.end + sentence.start }));
      phrases(text, words, sentences, compiled, found);
    }
    if (notBroughtCue) notBrought(text, contextual.get('not-brought')!, sentences, found);
    if (lacCue) looked(text, contextual.get('lac')!, found);
    if (countyCue) countyLines(text, contextual.get('county-lines')!, sentences, found);
    if (selfCue) selfBlame(text, contextual.get('self-blame')!, found);
    if (found.length === 0) return [];
    const quoted = quotationSpans(text);
    const items: LanguageItem[] = [];
    found.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const hit of found) {
      if (hit.start < lastEnd || insideSpans(quoted, hit.start)) continue;
      lastEnd = hit.end;
      const start = offsetOf(block, hit.start);
      items.push({
        start,
        end: offsetOf(block, hit.end - 1) + 1,
        term: hit.term.term,
        preferred: hit.term.preferred,
        text: text.slice(hit.start, hit.end),
        replacement: hit.replacement,
        replaceFrom: hit.replaceFrom === undefined ? undefined : start - offsetOf(block, hit.start - hit.replaceFrom),
        replacePast: hit.replaceEnd === undefined ? undefined : offsetOf(block, hit.replaceEnd - 1) + 1 - (offsetOf(block, hit.end - 1) + 1),
        acronym: hit.acronym === true,
      });
    }
    return items;
  },
  check({ doc, items, report }) {
    const glossaries = doc.sectionsWithRole('glossary');
    for (const item of items) {
      if (item.acronym && glossaries.some((section) => item.start >= section.heading.start && item.start < section.end)) continue;
      const suggestion: Fix | undefined =
        item.replacement === undefined
          ? undefined
          : { title: `Write "${item.replacement}"`, edits: [{ start: item.start - (item.replaceFrom ?? 0), end: item.end + (item.replacePast ?? 0), text: item.replacement }] };
      report({
        start: item.start,
        end: item.end,
        message: `"${item.text}" is wording national guidance asks reviewers to avoid: ${item.preferred}.`,
        suggestions: suggestion ? [suggestion] : undefined,
        data: { term: item.term },
      });
    }
  },
});
