import { defineRule, type ScanItem } from '../rule';
import { ALWAYS_KNOWN_ACRONYMS, BUILT_IN_EXPANSIONS, EXPANSION_GRAMMAR } from '../data/glossary';
import type { Fix } from '../types';
import { BE_FORMS, DETERMINERS, PREPOSITIONS, QUANTIFIERS, indefiniteArticle, insideSpans, matchCase, quotedSpans, startsSentence, wordBefore } from '../text/index';

interface AcronymItem extends ScanItem {
  acronym: string;
  /** "use": the acronym in running text; "definition": spelled out here ("Expansion (ACR)" or "ACR (Expansion)"). */
  kind: 'use' | 'definition';
  inHeading: boolean;
  /** First term on its line or in a table cell: how glossary entries are written ("CAMHS – Child and …"). */
  leadsLine: boolean;
  plural: boolean;
  /** Written "(ACR)": spelling it out in place would nest brackets. */
  bracketed: boolean;
  /** The sentence around it, for a spell-out that keeps the grammar (see `spellOut`). */
  context: SpellOutContext;
}

interface SpellOutContext {
  /** The word just before, lower-cased ("" at a punctuation mark or the start). */
  previous: string;
  /** That word as written, so a replaced article keeps its capital ("An NRM referral" → "A National …"). */
  previousWritten: string;
  /** Source characters from the start of that word to the acronym, so an article can be replaced. */
  previousDistance: number;
  /** The word before that one, lower-cased: "was briefly LAC" has "was" here. */
  previousButOne: string;
  /** The word just after, lower-cased, when only spaces separate it ("" otherwise): "was PRU based" has "based". */
  next: string;
  /** Written as a verb: "NFA'd", "DNA'ed". */
  verbed: boolean;
  sentenceStart: boolean;
}

// Two or more capitals, digits and "&" allowed inside ("A&E", "CP1"), optionally a plural "s"
// ("RHIs" → RHI). A single capital with digits ("S47") is a section number, not an acronym.
// The first capital comes before the look-behind that checks the character ahead of it: the same
// matches as a leading `(?<![\p{L}\p{N}&])`, but V8 can skip from capital to capital.
const ACRONYM = /([A-Z](?<![\p{L}\p{N}&][A-Z])[A-Z0-9&]*[A-Z0-9])(s?)(?![\p{L}\p{N}&])/gu;
const PLACEHOLDER_MARKERS = new Set(['TODO', 'TBC', 'TBD', 'FIXME']);
// Capitals that are read as words, not acronyms: protective markings on drafts ("OFFICIAL
// SENSITIVE", "NOT FOR PUBLICATION"), emphasis, often in quoted speech ("she said NO", "DO NOT
// share"), and the few abbreviations every reader knows only in capitals ("TV", "COVID", "two SIM
// cards"). Anything else a partnership treats as known belongs in the config's glossary.
const CAPITALISED_WORDS = new Set(
  `OFFICIAL SENSITIVE CONFIDENTIAL RESTRICTED SECRET PROTECT DRAFT FINAL PUBLICATION DISTRIBUTION NOT FOR NO NEVER ALL ANY
  ONLY MUST DO DID DOES IS WAS ARE WERE THE AND OR BUT YES HE SHE WE ME MY IT TO IN ON AT OF BE BY IF SO UP IMPORTANT NOTE
  WARNING URGENT STOP HELP PLEASE SORRY AM PM TV CCTV COVID DNA SIM PIN ID PE BBC MP GCSE SMS PDF`.split(/\s+/),
);
// Roman numerals as reviews use them ("Part II", "Appendix IV"). Only I, V and X: numerals with
// C, D, L or M would swallow real acronyms (DC, DV, CID, LD).
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
const OPEN_BRACKET_BEFORE = /\(\s*$/;
const CLOSE_BRACKET_AFTER = /^\s*\)/;
const BRACKETED_AFTER = /^\s*\(([^()]{3,200})\)/;
// A glossary term starts its line, after at most a few bullets, dashes or table bars.
const LINE_PREFIX = /^[ \t\-*•–—:|]*$/;
const AFTER_LINE_BREAK = /\n[ \t\-*•–—:|]*$/;

// Words an expansion may include without giving a letter ("Child in Need", "Team Around the Family").
const CONNECTIVES = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', 'at', 'by', 'or', 'from', 'into']);

interface Initial {
  letter: string;
  optional: boolean;
}

/** The words' initials in order; each part of a hyphenated word gives one ("Multi-Agency" → M, A). */
function initialsOf(words: string): Initial[] {
  const initials: Initial[] = [];
  for (const word of words.match(/[\p{L}\p{N}'’]+(?:-[\p{L}\p{N}'’]+)*/gu) ?? []) {
    const optional = CONNECTIVES.has(word.toLowerCase());
    for (const part of word.split('-')) initials.push({ letter: part[0].toUpperCase(), optional });
  }
  return initials;
}

/**
 * Whether the initials spell the acronym: its letters in order, the first at the first word, and
 * at most a few content words left without a letter ("Domestic Abuse, Stalking and Honour Based
 * Violence (DASH)" skips "Based" and "Violence"). Connectives may give a letter or not ("Speech and
 * Language Therapy (SALT)"). Loose enough for real expansions, strict enough that "(ED)" after
 * "seen at hospital" is a use, not a definition.
 */
function spells(acronym: string, initials: readonly Initial[]): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length === 0 || letters.length > initials.length || initials[0].letter !== letters[0]) return false;
  const budget = letters.length >= 4 ? 2 : 1;
  // Depth-first over (word, letter, skips), remembering dead ends: free skips over connectives
  // would otherwise make "and and and … (AAAA)" exponential.
  const failed = new Set<number>();
  const visit = (word: number, letter: number, skipped: number): boolean => {
    const state = (word * (letters.length + 1) + letter) * (budget + 1) + skipped;
    if (failed.has(state)) return false;
    const found = step(word, letter, skipped);
    if (!found) failed.add(state);
    return found;
  };
  const step = (word: number, letter: number, skipped: number): boolean => {
    if (letter === letters.length) {
      let rest = skipped;
      for (let i = word; i < initials.length; i++) if (!initials[i].optional) rest++;
      return rest <= budget;
    }
    if (word === initials.length) return false;
    if (initials[word].letter === letters[letter] && visit(word + 1, letter + 1, skipped)) return true;
    const cost = initials[word].optional ? 0 : 1;
    return skipped + cost <= budget && word > 0 && visit(word + 1, letter, skipped + cost);
  };
  return visit(0, 0, 0);
}

/** "Expansion (ACR)": the words just before the bracket, tried from the nearest start outwards. */
function definedBefore(acronym: string, before: string): boolean {
  const clause = before.replace(OPEN_BRACKET_BEFORE, '').split(/[.;:!?()\n]/).pop() ?? '';
  const initials = initialsOf(clause).slice(-16);
  for (let start = initials.length - 1; start >= 0; start--) {
    if (initials[start].letter === acronym[0] && spells(acronym, initials.slice(start))) return true;
  }
  return false;
}

/**
 * A mnemonic spelled out item by item, one letter per comma-separated item: "ICON (Infant crying is
 * normal, Comforting methods can help, It's OK to walk away, Never shake a baby)".
 */
function spelledByItems(acronym: string, inner: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const items = inner.split(/[,;]\s*(?:and\s+|or\s+)?/);
  if (letters.length < 2 || items.length !== letters.length) return false;
  return items.every((item, i) => initialsOf(item).some((initial) => initial.letter === letters[i]));
}

/**
 * "There was an ICPC on 4 May (Initial Child Protection Conference)": the expansion in brackets a
 * few words on, in the same sentence, with no other capitals in between that it could belong to.
 */
function definedLaterInSentence(acronym: string, after: string): boolean {
  if (!after.includes('(')) return false;
  const bracket = LATER_BRACKET.exec(after);
  if (!bracket || OTHER_ACRONYM.test(after.slice(0, bracket.index))) return false;
  const inner = bracket[1];
  return /\s/.test(inner.trim()) && definedAfter(acronym, inner);
}

// A bracket before the sentence ends (no full stop, question or exclamation mark, or line break first).
const LATER_BRACKET = /^[^.!?\n()]{1,80}\(([^()]{3,120})\)/;
const OTHER_ACRONYM = /[A-Z][A-Z0-9&]*[A-Z0-9]/;

/** "ACR (Expansion)": the bracket starts with the expansion, after an optional article. */
function definedAfter(acronym: string, inner: string): boolean {
  if (spelledByItems(acronym, inner)) return true;
  const initials = initialsOf(inner.replace(/^\s*(?:the|a|an)\s+/i, '')).slice(0, 16);
  // Words after the expansion ("CAMHS (Child and Adolescent Mental Health Services, which …)") are not counted against it.
  for (let end = initials.length; end > 0; end--) if (spells(acronym, initials.slice(0, end))) return true;
  return false;
}

function leadsItsLine(text: string, index: number): boolean {
  // Only the few characters before the term matter; a bounded look keeps long lines linear.
  const head = text.slice(Math.max(0, index - 9), index);
  return (index === head.length && LINE_PREFIX.test(head)) || AFTER_LINE_BREAK.test(head);
}

// A UK postcode is an address (identifying-detail reports it), never an acronym: the whole code
// ("SW1A1AA") or its outward half when the inward half follows ("SW1A 1AA", "CR0 2AB").
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;
const POSTCODE_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const POSTCODE_INWARD_AFTER = /^[ \t]?\d[A-Z]{2}(?![\p{L}\p{N}])/u;

function isPostcode(token: string, after: string): boolean {
  return POSTCODE.test(token) || (POSTCODE_OUTWARD.test(token) && POSTCODE_INWARD_AFTER.test(after));
}

const CAPITAL_WORD = /^[A-Z][A-Z'’]*$/;
const NEXT_WORD = /^[ \t]+([\p{L}'’-]+)/u;
/** Words after a noun that do not make it a modifier: "was a PRU until", "was LAC and". */
const AFTER_HEAD_NOUN = new Set(['and', 'or', 'but', 'which', 'who', 'that', 'where', 'when', 'until', 'since', 'because', 'while', 'so', 'then', 'again', 'too', 'only']);
const WORD_AFTER = /^[ \t,]*([\p{L}'’]+)/u;

/** How many words written wholly in capitals stand together around the token ("GET OUT NOW" is three). */
function capitalRun(text: string, start: number, end: number): number {
  let run = 1;
  for (let at = start, before = wordBefore(text, at); before && CAPITAL_WORD.test(before.word) && run < 4; before = wordBefore(text, at)) {
    run++;
    at = before.start;
  }
  let rest = text.slice(end, end + 80);
  for (let after = WORD_AFTER.exec(rest); after && CAPITAL_WORD.test(after[1]) && run < 8; after = WORD_AFTER.exec(rest)) {
    run++;
    rest = rest.slice(after.index + after[0].length);
  }
  return run;
}

/** Where a run of words in capitals that holds `start` begins. */
function runStart(text: string, start: number): number {
  let at = start;
  for (let before = wordBefore(text, at), steps = 0; before && CAPITAL_WORD.test(before.word) && steps < 4; before = wordBefore(text, at), steps++) at = before.start;
  return at;
}

/** Verbs whose object is the words themselves: what was written, shouted or read. */
const SAYING_OR_WRITING = new Set(
  `wrote written write writes writing said say says shouted shouting shouts screamed screaming yelled yelling texted typed messaged
  read reads spelled spelt painted scrawled carved sprayed mouthed whispered repeated chanted saying`.split(/\s+/),
);
/** Words that raise the next one in pitch: "so SCARED", "really ANGRY". */
const INTENSIFIERS = new Set(['so', 'very', 'really', 'too', 'totally', 'absolutely', 'extremely', 'soo', 'sooo', 'well', 'proper', 'dead', 'super']);

/**
 * Capitals written for emphasis or shouting, not an acronym: a run of capitalised words ("GET OUT
 * NOW"; in quoted speech two are enough: "STOP IT"), a quotation that is nothing but capitals ("he
 * shouted 'NO'"), a word shouted with "!" in quoted speech, or a word the draft also writes in lower
 * case ("she said she HATED him … she hated school"). Acronyms the glossary knows are never emphasis.
 */
function isEmphasis(text: string, start: number, end: number, quotesOf: () => readonly [number, number][], inQuote: boolean, lowerWords: LowerCaseWords, token: string): boolean {
  if (BUILT_IN_EXPANSIONS[token] !== undefined) return false;
  if (lowerWords.has(token.toLowerCase())) return true;
  const run = capitalRun(text, start, end);
  if (run >= 3) return true;
  // What was written or said, set down in capitals: "he had written KEEP OUT on the wall", "the
  // sign read NO ENTRY". Two words after a verb of writing or saying are the words themselves.
  if (run >= 2 && SAYING_OR_WRITING.has(wordBefore(text, runStart(text, start))?.word.toLowerCase() ?? '')) return true;
  // A word raised in pitch: "I'm so SCARED", "really ANGRY!" — an intensifier before, and the
  // phrase ends with it, or goes on to say what followed ("so ANGRY that she left").
  if (INTENSIFIERS.has(wordBefore(text, start)?.word.toLowerCase() ?? '') && /^(?:\s*$|[\s'’"”]*[.,;:!?'’"”)]|\s+that\b)/u.test(text.slice(end, end + 6))) return true;
  const quotes = quotesOf();
  const quoted = inQuote || insideSpans(quotes, start);
  if (!quoted) return false;
  if (run >= 2 || /^\s*!/.test(text.slice(end, end + 3))) return true;
  const span = quotes.find(([from, to]) => from <= start && end <= to);
  return span !== undefined && !/\p{Ll}/u.test(text.slice(span[0], span[1]));
}

/** Words the block writes in lower case, to tell "HATED" (a word shouted) from "MACE" (an acronym). */
function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(LOWER_CASE_WORD)) words.add(match[0]);
  return words;
}

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}{3,}(?![\p{L}\p{N}])/gu;
const ALL_LOWER_CASE = /^\p{Ll}{3,}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Past this many different words asked about, the block's whole set is built once instead.
const MOST_LOOKUPS = 8;

/**
 * `lowerCaseWords(text).has(word)`, answered by looking for the word itself: a block has a few
 * acronyms and hundreds of lower-case words, so building the set was most of the rule's time.
 * An occurrence counts when it is all lower-case letters with no letter or digit on either side:
 * exactly a whole match of the set's pattern.
 */
class LowerCaseWords {
  private readonly answers = new Map<string, boolean>();
  private all: Set<string> | undefined;
  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    let answer = this.answers.get(word);
    if (answer !== undefined) return answer;
    if (this.answers.size >= MOST_LOOKUPS) {
      this.all = lowerCaseWords(this.text);
      return this.all.has(word);
    }
    answer = ALL_LOWER_CASE.test(word) && this.occursAlone(word);
    this.answers.set(word, answer);
    return answer;
  }

  private occursAlone(word: string): boolean {
    const text = this.text;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (at > 0) {
        // The character before, a whole code point (a letter outside the BMP is two code units).
        const low = text.charCodeAt(at - 1);
        const from = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? at - 2 : at - 1;
        if (LETTER_OR_DIGIT.test(text.slice(from, at))) continue;
      }
      if (end < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
      return true;
    }
    return false;
  }
}

function capitals(token: string): number {
  let count = 0;
  for (const ch of token) if (ch >= 'A' && ch <= 'Z') count++;
  return count;
}

function isAcronym(token: string): boolean {
  return capitals(token) >= 2 && !PLACEHOLDER_MARKERS.has(token) && !/^X+$/.test(token) && !ROMAN.test(token) && !CAPITALISED_WORDS.has(token);
}

/**
 * The first use spelled out so the sentence still reads: the article agrees with the expansion
 * ("an LCSPR" → "a Local Child Safeguarding Practice Review (LCSPR)"), a named service standing
 * alone gets "the" ("seen in ED" → "seen in the Emergency Department (ED)"), a common noun is
 * written in lower case and gets "a" after "was" ("was briefly LAC" → "was briefly a looked-after
 * child (LAC)"). Where the grammar around the acronym cannot be read, nothing is offered.
 */
function spellOut(item: AcronymItem, expansion: string): Fix | undefined {
  // "NFA'd": an acronym made a verb cannot take its expansion in place.
  if (item.plural || item.bracketed || item.context.verbed) return undefined;
  const grammar = EXPANSION_GRAMMAR[item.acronym] ?? { kind: 'name' };
  const { previous, previousWritten, previousButOne, previousDistance, sentenceStart } = item.context;
  const common = grammar.kind === 'role' || grammar.kind === 'mass';
  let written = common && grammar.lower ? grammar.lower : expansion;
  if (sentenceStart) written = written[0].toUpperCase() + written.slice(1);
  const spelled = `${written} (${item.acronym})`;
  const replace = (text: string, start = item.start) => ({ title: `Spell out ${item.acronym}: "${text}"`, edits: [{ start, end: item.end, text }] });
  // "Child A LAC review": a capital A after a pseudonym noun is a name, not an article.
  const isArticle = previous === 'an' || (previous === 'a' && !/^(?:child|baby|sibling|person|parent|young)$/.test(previousButOne));
  if (isArticle) {
    const agreeing = matchCase(indefiniteArticle(written), previousWritten);
    return replace(`${agreeing} ${spelled}`, item.start - previousDistance);
  }
  if (grammar.kind === 'name' || grammar.kind === 'mass' || DETERMINERS.has(previous) || /['’]s?$/.test(previous) || QUANTIFIERS.has(previous) || /^\d/.test(previous)) {
    return replace(spelled);
  }
  const afterBe = BE_FORMS.has(previous) || (previous.endsWith('ly') && BE_FORMS.has(previousButOne));
  // "was briefly LAC" is a role; "was PRU based" uses the acronym as a modifier, which a spelled-out role cannot be.
  const modifier = item.context.next !== '' && !PREPOSITIONS.has(item.context.next) && !AFTER_HEAD_NOUN.has(item.context.next);
  if (afterBe) return grammar.kind === 'role' && !modifier ? replace(`${indefiniteArticle(written)} ${spelled}`) : undefined;
  if (sentenceStart) return replace(`The ${common ? written[0].toLowerCase() + written.slice(1) : written} (${item.acronym})`);
  if (PREPOSITIONS.has(previous) || /[a-z]ed$/.test(previous)) return replace(`the ${spelled}`);
  return undefined;
}

export const undefinedAcronym = defineRule<Record<string, never>, AcronymItem>({
  meta: {
    id: 'undefined-acronym',
    defaultSeverity: 'warning',
    category: 'language',
    fixable: false,
    description: 'Every acronym is spelled out at its first use ("Multi-Agency Safeguarding Hub (MASH)") or listed in the glossary.',
  },
  scanBlock(block, { offsetOf }) {
    const items: AcronymItem[] = [];
    const text = block.text;
    let quotes: [number, number][] | undefined;
    let lowerWords: LowerCaseWords | undefined;
    for (const match of text.matchAll(ACRONYM)) {
      // "DSLs" is DSL in the plural; "CAMHS" and "NHS" keep their capital S.
      const acronym = match[1];
      const plural = match[2] === 's';
      if (!isAcronym(acronym)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (isPostcode(match[0], text.slice(end, end + 5))) continue;
      lowerWords ??= new LowerCaseWords(text);
      if (isEmphasis(text, start, end, () => (quotes ??= quotedSpans(text)), block.inQuote, lowerWords, acronym)) continue;
      const before = text.slice(Math.max(0, start - 200), start);
      const previous = wordBefore(text, start);
      const previousButOne = previous ? wordBefore(text, previous.start) : undefined;
      const item = {
        start: offsetOf(block, start),
        end: offsetOf(block, end - 1) + 1,
        acronym,
        inHeading: block.kind === 'heading',
        leadsLine: block.kind === 'tableCell' || leadsItsLine(text, start),
        plural,
        bracketed: OPEN_BRACKET_BEFORE.test(before) && CLOSE_BRACKET_AFTER.test(text.slice(end, end + 3)),
        context: {
          previous: previous?.word.toLowerCase() ?? '',
          previousWritten: previous?.word ?? '',
          previousDistance: previous ? offsetOf(block, start) - offsetOf(block, previous.start) : 0,
          previousButOne: previousButOne?.word.toLowerCase() ?? '',
          sentenceStart: startsSentence(text, start),
          next: NEXT_WORD.exec(text.slice(end, end + 40))?.[1].toLowerCase() ?? '',
          verbed: (text[end] === "'" || text[end] === '’') && /^['’]e?d(?![\p{L}\p{N}])/u.test(text.slice(end, end + 4)),
        },
      };
      const inner = BRACKETED_AFTER.exec(text.slice(end, end + 210))?.[1];
      const defined =
        (item.bracketed && definedBefore(acronym, before)) ||
        (inner !== undefined && /\s/.test(inner.trim()) && definedAfter(acronym, inner)) ||
        (text.indexOf('(', end) - end < 82 && text.indexOf('(', end) >= 0 && definedLaterInSentence(acronym, text.slice(end, end + 120)));
      // Written out rather than spread: the same fields in the same order, without a copy of each item.
      if (defined) items.push({ start: item.start, end: item.end, acronym, inHeading: item.inHeading, leadsLine: item.leadsLine, plural, bracketed: item.bracketed, context: item.context, kind: 'definition' });
      items.push({ start: item.start, end: item.end, acronym, inHeading: item.inHeading, leadsLine: item.leadsLine, plural, bracketed: item.bracketed, context: item.context, kind: 'use' });
    }
    return items;
  },
  check({ doc, items, report, shared }) {
    const known = new Set<string>([...ALWAYS_KNOWN_ACRONYMS, ...shared.glossary.keys()]);
    // A glossary section defines what it lists (table rows, list items, "ACR – expansion" lines),
    // wherever it sits in the report.
    for (const match of doc.sectionsWithRole('glossary')) {
      for (const item of items) {
        if (item.start >= match.heading.start && item.start < match.end && (item.leadsLine || item.kind === 'definition')) known.add(item.acronym);
      }
    }
    const definedAt = new Map<string, number>();
    for (const item of items) if (item.kind === 'definition' && !definedAt.has(item.acronym)) definedAt.set(item.acronym, item.start);
    const reported = new Set<string>();
    for (const item of items) {
      if (item.kind !== 'use' || item.inHeading || known.has(item.acronym) || reported.has(item.acronym)) continue;
      const definition = definedAt.get(item.acronym);
      if (definition !== undefined && definition <= item.start) continue;
      reported.add(item.acronym);
      const expansion = BUILT_IN_EXPANSIONS[item.acronym];
      const later = definition !== undefined ? ` It is spelled out later (line ${doc.positionAt(definition).line}); move that to here.` : '';
      const how = expansion ? `"${expansion} (${item.acronym})"` : `the words in full followed by "(${item.acronym})"`;
      // Spelling out rewrites the sentence, so it is a suggestion the author chooses, never a fix.
      const suggestion = expansion ? spellOut(item, expansion) : undefined;
      report({
        start: item.start,
        end: item.end,
        message: `Spell out ${item.acronym} at its first use: write ${how}, or list it in the glossary.${later}`,
        suggestions: suggestion ? [suggestion] : undefined,
        data: { acronym: item.acronym },
      });
    }
  },
});
