// What a sentence does, read from its structure, so that the concept matcher can tell a passage
// that discusses a theme from one that only names it: words someone told the review (reported
// content), sentences about the review itself ("The reviewer wrote to the probation officer"),
// definition lines ("DA: domestic abuse"), questions that assert nothing ("Was there evidence of
// domestic abuse?") and lists of agencies ("the school, health visiting and the police attended").
// Each works on the block's words (text/words.ts) and sentence index, and is asked for only when
// the block has a term that could count, so most blocks never pay for it.
import type { SentenceSpan } from '../text/sentences';
import { insideSpans, quotedSpans } from '../text/quotes';
import { phraseStem, tokenize, type Word } from '../text/words';

const stems = (words: string[]) => new Set(words.map((word) => phraseStem(word)));

/**
 * Words after which a sentence reports what someone said, thought or felt: "Mother told the
 * reviewer that …", "Father said his drinking …", "In Mother's view …", "The review heard that …".
 */
const SPEECH = stems([
  'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'telling', 'described', 'describes', 'describing', 'explained', 'explains',
  'recalled', 'recalls', 'remembered', 'remembers', 'felt', 'feels', 'feel', 'believed', 'believes', 'thought', 'thinks', 'think',
  'disclosed', 'heard', 'learned', 'learnt', 'view', 'views', 'account', 'accounts', 'perspective', 'words', 'according', 'worried',
  'wanted', 'wants', 'wished', 'wishes', 'asked', 'asks', 'agreed', 'acknowledged', 'reflected', 'recognised', 'recognized', 'complained',
  'hoped', 'feared', 'questioned', 'wondered', 'reported', 'shared', 'spoke', 'talked', 'wrote',
]);
/** Words after which the review gives its own reading of the case: "The review found that …", "The review considered whether …". */
const ANALYSIS = stems(['found', 'finds', 'concluded', 'concludes', 'considered', 'considers', 'examined', 'explored', 'saw', 'sees', 'noted', 'notes', 'identified', 'looked', 'analysed', 'analyzed', 'highlighted', 'showed', 'shows']);
/** Cue words that report only with "about", "of", "that", "how" (or "at") after them ("spoke about", not "spoke to"). */
const CUE_WITH = stems(['spoke', 'talked', 'wrote', 'shared', 'reported', 'looked']);
const CUE_OPENERS = stems(['about', 'of', 'that', 'how', 'what', 'why', 'whether', 'at']);
/** After these a following "to" is an instruction or a plan, not what was said ("asked Father to take part", "agreed to meet"). */
const INSTRUCTION = stems(['asked', 'asks', 'told', 'tell', 'tells', 'wanted', 'wants', 'wished', 'agreed']);
const TO = phraseStem('to');

/** Marks of reportedWords(): what someone told or showed the review, and the review's own reading. */
export const SPOKEN = 1;
export const ANALYSED = 2;

/**
 * Where the reported content of the sentence whose words are from..to begins: the word after the
 * first verb of saying, thinking or feeling (SPOKEN) or of the review's own reading (ANALYSED), as
 * `index * 4 + kind`; -1 when nothing in it is reported. "Father declined to take part in the review,
 * saying he wanted to put it behind him": only the words after "saying" are reported.
 */
function reportedFrom(words: readonly Word[], from: number, to: number, only = 0): number {
  for (let i = from; i < to; i++) {
    const stem = words[i].stem;
    const kind = SPEECH.has(stem) ? SPOKEN : only === 0 && ANALYSIS.has(stem) ? ANALYSED : 0;
    if (kind === 0) continue;
    const next = i + 1 < to ? words[i + 1] : undefined;
    if (CUE_WITH.has(stem) && !(next && CUE_OPENERS.has(next.stem))) continue;
    // "asked Father to", "told the reviewer to": an infinitive within two words is a request.
    if (INSTRUCTION.has(stem) && next && (next.stem === TO || (i + 2 < to && words[i + 2].stem === TO))) continue;
    return (i + 1) * 4 + kind;
  }
  return -1;
}

/**
 * The review itself, named: "the review", "this review", "the reviewer(s)", "the lead reviewer", "the
 * review team/panel", "the practitioner (learning) event". Not "the review conference", "the review
 * health assessment", "the period under review" or "a child protection review".
 */
const REVIEW = stems(['review', 'reviewer', 'reviewers']);
const REVIEW_QUALIFIERS = stems(['independent', 'lead', 'local', 'overall']);
const REVIEW_DETERMINERS = stems(['this', 'our']);
/** Words after "review" that make it another kind of review ("the review conference", "the review of the plan"). */
const OTHER_REVIEWS = stems(['conference', 'meeting', 'health', 'child', 'date', 'visit', 'appointment', 'hearing', 'period', 'point', 'of', 'process']);
const REVIEW_BODIES = stems(['team', 'panel']);
const EVENTS = stems(['event', 'events', 'session', 'sessions', 'workshop', 'workshops']);
const EVENT_KINDS = stems(['practitioner', 'practitioners', 'learning']);
/** "the" before word `index` (articles are not words: the gap before it holds it). */
function theBefore(text: string, words: readonly Word[], index: number, lower: number): boolean {
  const from = index > lower ? words[index - 1].end : Math.max(0, words[index].start - 6);
  return /\b[Tt]he\s+$/.test(text.slice(from, words[index].start));
}

/**
 * The naming of the review that ends at word `i` (words from..to), as its first word, or -1: "the
 * review", "this review", "the lead reviewer", "the review team", "the practitioner learning event".
 */
function namingEndingAt(text: string, words: readonly Word[], from: number, to: number, i: number): number {
  const stem = words[i].stem;
  const initial = stem.charCodeAt(0);
  // Most words start with none of r, e, s, w: one comparison passes them.
  if (initial === 114 && REVIEW.has(stem)) {
    if (i + 1 < to && words[i + 1].continues && OTHER_REVIEWS.has(words[i + 1].stem)) return -1;
    let first = i;
    if (first > from && REVIEW_QUALIFIERS.has(words[first - 1].stem) && words[first].continues) first--;
    const determined = (first > from && REVIEW_DETERMINERS.has(words[first - 1].stem) && words[first].continues) || theBefore(text, words, first, from);
    return determined ? first : -1;
  }
  if ((initial === 101 || initial === 115 || initial === 119) && EVENTS.has(stem) && i > from && words[i].continues) {
    let first = i - 1;
    if (words[first].stem === LEARNING && first > from && EVENT_KINDS.has(words[first - 1].stem)) first--;
    return EVENT_KINDS.has(words[first].stem) ? first : -1;
  }
  if (initial === 116 || initial === 112) {
    // "the review team", "the review panel": the body ends the naming.
    if (REVIEW_BODIES.has(stem) && i > from && REVIEW.has(words[i - 1].stem) && words[i].continues) return i - 1;
  }
  return -1;
}
const LEARNING = phraseStem('learning');

/** What the review does to be done: "The reviewer wrote to …", "The review met …", "The independent reviewer has read …". */
const PROCESS = stems(['wrote', 'write', 'writes', 'met', 'meet', 'meets', 'spoke', 'speak', 'talked', 'read', 'reads', 'attended', 'attend', 'interviewed', 'contacted', 'visited', 'invited', 'requested', 'received', 'gathered', 'sought', 'held', 'drew', 'used', 'sent', 'asked', 'thanked', 'offered', 'arranged', 'booked', 'consulted']);
/** Verbs (and what is given) of taking part: "took part in the review", "contributed to the review", "shared its records with the review". */
const TAKING_PART = stems(['part', 'contributed', 'contribute', 'contributes', 'participated', 'participate', 'shared', 'share', 'provided', 'gave', 'spoke', 'talked', 'wrote', 'invited', 'submitted', 'sent', 'records', 'chronology', 'chronologies', 'information', 'evidence']);
const REVIEW_PLACE = stems(['in', 'to', 'with', 'into']);
const ATTEND = stems(['attended', 'attend', 'attends', 'attending']);
/** Words between the review and its verb: "The reviewer also met", "The review has read". */
const AUXILIARIES = stems(['also', 'has', 'have', 'had', 'was', 'were', 'did', 'then', 'later', 'first']);
/** How far into its sentence the review may be named and still be what the sentence is about ("The independent reviewer met …"). */
const SUBJECT_WORDS = 3;

/** Whether the verb after `from` (past auxiliaries, in the sentence) is one of `set`. */
function verbAfter(words: readonly Word[], sentenceOf: Int32Array, sentence: number, from: number, set: ReadonlySet<string>): boolean {
  for (let i = from; i < Math.min(words.length, from + 4) && sentenceOf[i] === sentence; i++) {
    const stem = words[i].stem;
    if (set.has(stem)) return true;
    if (!AUXILIARIES.has(stem)) return false;
  }
  return false;
}

/**
 * Whether a sentence is about the review itself: the review is its subject ("The reviewer wrote to
 * the probation officer"), where it happens ("Father declined to take part in the review", "the family
 * hub manager attended the practitioner event") or whose ("the reviewer's meeting with Mother").
 * "Two weeks before the review began, Child T was found …" is about the child, and in "Mother told the
 * reviewer that …" the review only hears what she reports.
 */
function reviewSentence(text: string, words: readonly Word[], sentenceOf: Int32Array, from: number, to: number, reported: (index: number) => number): boolean {
  for (let last = from; last < to; last++) {
    // A naming ends in review(er), event, session, workshop, team or panel: most words start with none of r, e, s, w, t, p.
    if (!mayEndNaming(words[last].stem)) continue;
    const first = namingEndingAt(text, words, from, to, last);
    if (first < 0) continue;
    const sentence = sentenceOf[first];
    // "Mother told the reviewer that …": the review is who heard it, inside the report.
    if (reported(first) !== 0) continue;
    // The review as the subject of what it did ("The reviewer wrote to the probation officer"), not
    // of what it is about ("This review was commissioned following the serious injury of Child J").
    const subject = first - from < SUBJECT_WORDS && !words[last].possessive && verbAfter(words, sentenceOf, sentence, last + 1, PROCESS);
    // Where someone took part ("declined to take part in the review", "attended the learning event").
    const before = first > from ? words[first - 1].stem : '';
    const placed = ATTEND.has(before) || (REVIEW_PLACE.has(before) && takingPartBefore(words, from, first));
    // Whose ("the reviewer's meeting with Mother").
    if (subject || placed || words[last].possessive) return true;
  }
  return false;
}

/** Whether a word could end a naming of the review, by its first letter and length (no look-up for most words). */
function mayEndNaming(stem: string): boolean {
  switch (stem.charCodeAt(0)) {
    case 114: // review, reviewer
      return stem.length === 6 || stem.length === 8;
    case 101: // event
      return stem.length === 5 || stem.length === 6;
    case 115: // session
      return stem.length === 7 || stem.length === 8;
    case 119: // workshop
      return stem.length === 8 || stem.length === 9;
    case 116: // team
      return stem.length === 4;
    case 112: // panel
      return stem.length === 5;
    default:
      return false;
  }
}

/** Whether a verb of taking part comes two to four words before the review's naming ("took part in the review"). */
function takingPartBefore(words: readonly Word[], from: number, first: number): boolean {
  for (let back = 2; back <= 4; back++) if (first - back >= from && TAKING_PART.has(words[first - back].stem)) return true;
  return false;
}


/** Lead words of a list of definitions ("Abbreviations used in this part: …"). */
const DEFINITION_LEAD = stems(['abbreviations', 'abbreviation', 'acronyms', 'acronym', 'glossary', 'definitions', 'definition', 'key', 'terms']);
const SMALL_WORDS = stems(['and', 'of', 'for', 'in', 'to', 'on', 'with']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,7}s?$/u;
/** What may stand between a term and its definition: a colon, a dash, an equals sign, a comma, a bracket. */
const DEFINITION_MARK = /^[\s(]*[:=,–—-][\s)]*$|^\s*\)\s*(?:[:=,–—-]\s*)?$/;
/** The text between two words, without the articles the tokenizer leaves out. */
function gap(text: string, words: readonly Word[], before: number, after: number): string {
  return text.slice(words[before].end, words[after].start).replace(/\b(?:an?|the)\b/gi, '');
}

/** Whether the words from `from` spell the acronym by their first letters (small words may be skipped); the index after them, or -1. */
function spells(acronym: string, words: readonly Word[], from: number, limit: number): number {
  const letters = acronym.replace(/s$/, '').toLowerCase();
  let at = from;
  for (const letter of letters) {
    while (at < limit && words[at].raw[0]?.toLowerCase() !== letter && SMALL_WORDS.has(words[at].stem)) at++;
    if (at >= limit || words[at].raw[0]?.toLowerCase() !== letter) return -1;
    at++;
  }
  return at;
}

/**
 * Whether a sentence (words from..to) is a definition: it opens (after an optional "Abbreviations
 * …:" lead) with a term and its acronym side by side — "DA: domestic abuse", "CCE, child criminal
 * exploitation;", "Graded Care Profile (GCP): a tool for …" — followed by a mark or the end. Such a
 * line defines a word; it says nothing about the child. "GP: Mother attended with Baby M" does not
 * spell GP.
 */
function definitionSentence(text: string, words: readonly Word[], from: number, to: number): boolean {
  let start = from;
  if (DEFINITION_LEAD.has(words[from].stem)) {
    for (let i = from + 1; i < Math.min(to, from + 8); i++) {
      if (text.slice(words[i - 1].end, words[i].start).includes(':')) {
        start = i;
        break;
      }
    }
    if (start === from) return false;
  }
  const between = (i: number) => (i + 1 < to ? gap(text, words, i, i + 1) : '');
  const after = (i: number) => (i < to ? gap(text, words, i - 1, i) : '');
  // "DA: domestic abuse", "CCE, child criminal exploitation"
  const first = words[start];
  if (ACRONYM.test(first.raw) && start + 1 < to && DEFINITION_MARK.test(between(start))) {
    const end = spells(first.raw, words, start + 1, to);
    if (end > 0 && (end >= to || /[;,.:)–—-]/.test(after(end)))) return true;
  }
  // "Graded Care Profile (GCP): …", "National Referral Mechanism (NRM) –"
  for (let i = start + 1; i < Math.min(to, start + 9); i++) {
    if (!ACRONYM.test(words[i].raw) || !text.slice(words[i - 1].end, words[i].start).includes('(')) continue;
    if (spells(words[i].raw, words, start, i) !== i) return false;
    return i + 1 >= to || DEFINITION_MARK.test(gap(text, words, i, i + 1));
  }
  return false;
}

/** Auxiliaries that open a yes/no question ("Was there evidence of …?", "Did agencies recognise …?"). */
const QUESTION_OPENERS = stems(['was', 'were', 'is', 'are', 'did', 'do', 'does', 'has', 'have', 'had', 'could', 'should', 'would', 'can', 'will', 'might', 'may']);

/**
 * What a block's sentences do, read when first asked (most sentences are never asked: only those
 * holding a term that could count).
 */
export class SentenceReader {
  private cues: Int32Array | undefined;
  private quoted: [number, number][] | undefined;
  private readonly reported = (index: number) => this.reportedAt(index);
  private asks: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly words: readonly Word[],
    private readonly sentenceOf: Int32Array,
    private readonly sentenceStarts: Int32Array,
    private readonly spans: readonly SentenceSpan[],
  ) {}

  private endOf = -1;
  private endAt = 0;

  /** The word after the sentence's last (remembered for the sentence last asked: they are asked in order). */
  private end(sentence: number): number {
    if (this.endOf === sentence) return this.endAt;
    let to = this.sentenceStarts[sentence];
    while (to < this.words.length && this.sentenceOf[to] === sentence) to++;
    this.endOf = sentence;
    return (this.endAt = to);
  }

  /**
   * Whether the sentence asserts nothing about the case: a yes/no question ("Was there evidence of
   * domestic abuse?"; one that opens with a question word, "Why was Father's drinking never
   * assessed?", takes its content for granted) or a definition ("DA: domestic abuse"). Asked once per
   * sentence that holds a term.
   */
  assertsNothing(sentence: number): boolean {
    const from = this.sentenceStarts[sentence];
    const span = this.spans[sentence];
    if (QUESTION_OPENERS.has(this.words[from].stem) && (this.asks ??= this.text.includes('?')) && span !== undefined && endsWithQuestionMark(this.text, span.start, span.end)) return true;
    return mayDefine(this.text, this.words, this.sentenceOf, from) && definitionSentence(this.text, this.words, from, this.end(sentence));
  }

  /** SPOKEN when word `index` is inside what someone told or showed the review (or a quotation), ANALYSED inside the review's own reading, else 0. */
  reportedAt(index: number): number {
    const sentence = this.sentenceOf[index];
    const cues = (this.cues ??= new Int32Array(this.sentenceStarts.length).fill(-2));
    let cue = cues[sentence];
    if (cue === -2) cues[sentence] = cue = reportedFrom(this.words, this.sentenceStarts[sentence], this.end(sentence));
    if (cue >= 0 && index >= cue >> 2) return cue & 3;
    if (this.quoted === undefined) this.quoted = /[“"‘]/.test(this.text) ? quotedSpans(this.text) : [];
    if (this.quoted.length > 0 && insideSpans(this.quoted, this.words[index].start)) return SPOKEN;
    return 0;
  }

  /** Whether the sentence is about the review itself (reviewSentence). Asked once per sentence that holds a term. */
  aboutReview(sentence: number): boolean {
    return reviewSentence(this.text, this.words, this.sentenceOf, this.sentenceStarts[sentence], this.end(sentence), this.reported);
  }

}

/**
 * Whether a piece of evidence is (partly) what someone told or showed the review, read from its
 * passage when a section about the review asks (rarely, so not at every scan): some of the words
 * that carry it come after a verb of saying, thinking or feeling, or inside quotation marks. "Mother
 * told the reviewer that she was frightened of Father", "The Father said that no one had asked him to
 * attend meetings": the speaker may be one of them. "The reviewer met the Father twice" reports nothing.
 */
export function reportedEvidence(passage: string, carriers: readonly string[]): boolean {
  const words = tokenize(passage);
  const cue = reportedFrom(words, 0, words.length, SPOKEN);
  const cueEnd = cue < 0 ? Number.POSITIVE_INFINITY : words[(cue >> 2) - 1].end;
  const quoted = /[“"‘]/.test(passage) ? quotedSpans(passage) : [];
  for (const carrier of carriers) {
    for (let at = passage.indexOf(carrier); at >= 0; at = passage.indexOf(carrier, at + 1)) {
      if (at >= cueEnd || (quoted.length > 0 && insideSpans(quoted, at))) return true;
    }
  }
  return false;
}

/** Whether text[from, to) ends with a question mark (closing quotation marks or brackets may follow). */
function endsWithQuestionMark(text: string, from: number, to: number): boolean {
  for (let at = to - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (code === 63) return true;
    // " ' ” ’ ) ]
    if (code !== 34 && code !== 39 && code !== 0x201d && code !== 0x2019 && code !== 41 && code !== 93) return false;
  }
  return false;
}

/**
 * Whether a sentence could be a definition: it opens with a lead word or an acronym, or an acronym
 * in brackets comes among its first ten words ("Graded Care Profile (GCP): …").
 */
function mayDefine(text: string, words: readonly Word[], sentenceOf: Int32Array, from: number): boolean {
  if (DEFINITION_LEAD.has(words[from].stem) || acronymLike(words[from].raw)) return true;
  for (let i = from + 1; i < Math.min(words.length, from + 10) && sentenceOf[i] === sentenceOf[from]; i++) if (text.charCodeAt(words[i].start - 1) === 40 && acronymLike(words[i].raw)) return true;
  return false;
}

/** Two capitals at the start of a word (ASCII; an acronym in another script is read as a word). */
function acronymLike(raw: string): boolean {
  return raw.length >= 2 && upper(raw.charCodeAt(0)) && upper(raw.charCodeAt(1));
}

/** A capital letter (ASCII; an acronym in another script is read as a word). */
function upper(code: number): boolean {
  return code >= 65 && code <= 90;
}
