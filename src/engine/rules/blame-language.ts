// Hindsight and blame, read from the grammar of each sentence rather than a list of phrases:
//   - "fail": a person or agency failing ("failed to act", "failed the family", "the school's failure
//     to refer", "a litany of failings"); a document, plan or part of the system failing is analysis
//     ("the plan failed to specify dates"), and "failure to thrive" or "heart failure" is medicine;
//   - a modal perfect judging the past: "should/ought to have + past participle" ("should have
//     known", "ought to have realised", "should have been referred"), "must have known", "could have
//     been avoided"; "should have" before a noun ("agencies should have a shared protocol") and in
//     recommendations or with a deadline ("should have completed the training by March 2026") looks
//     forward, not back;
//   - "let … down" with anyone in between;
//   - judgements of practice ("negligent", "inexcusable", "unacceptable" — but not "an unacceptable
//     risk of harm"), "at fault", "to blame", "no excuse", "did not do their job";
//   - hindsight: "obvious(ly)", "clearly evident", "clearly missed", "with hindsight", "avoidable" —
//     unless denied ("it was not obvious at the time", "to avoid hindsight bias").
// Quoted speech and records are someone else's words (text/attribution); a short scare quote inside
// the reviewer's own sentence is still the reviewer's judgement.
import { defineRule, type ScanItem } from '../rule';
import {
  ADVICE,
  BLAME_ADJECTIVES,
  COGNITION_PARTICIPLES,
  COGNITION_VERBS,
  DEGREE_WORDS,
  DISOWNING_ADJECTIVES,
  IDEAL_PRACTITIONER,
  INTENSIFIERS,
  NEGATIVE_SUBJECTS,
  QUESTION_VERBS,
  SAYING_VERBS,
  FAILURE_NOT_BLAME,
  HINDSIGHT_GUARDS,
  IRREGULAR_PARTICIPLES,
  MISSING_VERBS,
  NEGATIONS,
  OBVIOUS_ADJECTIVES,
  OBVIOUS_ALONE,
  OUTCOME_ADJECTIVES,
  OUTCOME_PARTICIPLES,
  PERSON_OBJECTS,
  RISK_NOUNS,
  SYSTEM_NOUNS,
  type BlameKind,
} from '../data/blame-phrases';
import { AUXILIARIES, BE_FORMS, attributedQuoteSpans, insideSpans, matchCase, wordListPattern } from '../text/index';
import { blockSentences } from '../text/block-text';

interface BlameItem extends ScanItem {
  text: string;
  kind: BlameKind;
  advice: keyof typeof ADVICE;
  /** Only "should have" and its kin look forward in recommendations; the check drops those there. */
  modal: boolean;
  /** A replacement that reads in place ("failed to" → "did not"), when one does. */
  replacement?: string;
}

/** A word of a sentence, as written, with its offsets in the block's text. */
interface Token {
  lower: string;
  start: number;
  end: number;
  /** Punctuation (not only spaces) separates it from the word before. */
  broken: boolean;
}

/** A word that can start one of the grammars below; a sentence without one cannot match. */
/** Starts of the words that can begin one of the grammars below; a sentence without one cannot match. */
const CUE_WORDS = `fail let should ought must could negligen incompeten inexcus unforgiv careless culpab disgrace derelict unprofession
  lackadaisical complacen unacceptabl fault blame excuse job obvious evident apparent plain glaring self-evident missed ignored
  overlooked disregarded dismissed avoidable preventable hindsight rests rested lies clearly, error lapse woeful lamentabl dismal abysmal
  appalling`.split(/\s+/);
// Cues of more than one word: "would have" (an imagined better practitioner), "lay with", "sits with".
CUE_WORDS.push('hard to', 'difficult to', 'impossible to', 'would have', 'would not have', "wouldn't have", 'wouldn’t have', 'lay with', 'sits with', 'sat with', 'rest with', 'lie with');
// Factored by prefix, ASCII \b and no unicode flag: scanned over every block, this is the rule's main cost.
const CUE = new RegExp(`\\b${wordListPattern(CUE_WORDS)}`, 'gi');

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function tokensOf(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let previousEnd = from;
  for (let match = TOKEN.exec(text); match && match.index < to; match = TOKEN.exec(text)) {
    const lower = match[0].toLowerCase();
    tokens.push({
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start: match.index,
      end: match.index + match[0].length,
      broken: tokens.length > 0 && !onlySpaces(text, previousEnd, match.index),
    });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

/** Whether text[from, to) is all whitespace (`\s`), read in place rather than sliced and matched. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128 || !SPACE.test(text[i])) return false;
  }
  return true;
}

const SPACE = /\s/;

const FAIL_VERB = new Set(['fail', 'fails', 'failed', 'failing']);
const FAILURE_NOUN = new Set(['failure', 'failures']);
const FAILINGS = new Set(['failings']);
const ADVERB = /^(?:\p{L}+ly|also|again|then|repeatedly|consistently|still|too|simply|often|even|ever|all|both|each|further)$/u;
const PARTICIPLE = /^\p{L}{2,}(?:ed|en)$/u;
/** A deadline makes "should have …" a target, not a judgement: "by March 2026", "within six months". */
const DEADLINE = /\b(?:by|before|within|no later than)\s+(?:the\s+end\s+of\s+|end\s+of\s+)?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|q[1-4]|one|two|three|four|six|nine|twelve|the\s+next|the\s+time)/i;

function isParticiple(word: string): boolean {
  return IRREGULAR_PARTICIPLES.has(word) || (PARTICIPLE.test(word) && !/(?:need|seed|speed|bleed|breed|feed|greed)$/.test(word));
}

function negatedBefore(tokens: Token[], index: number, reach = 2): boolean {
  for (let i = index - 1; i >= Math.max(0, index - reach); i--) {
    if (NEGATIONS.has(tokens[i].lower) || tokens[i].lower.endsWith("n't")) return true;
    // "far from obvious"
    if (tokens[i].lower === 'from' && tokens[i - 1]?.lower === 'far') return true;
    if (tokens[i + 1]?.broken) break;
  }
  return false;
}

/**
 * Inside a clause the sentence denies: "no evidence that any practitioner was negligent", "it does
 * not follow that the GP should have known". The reviewer is ruling blame out, not assigning it.
 */
function deniedClause(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 12; k--) {
    if (tokens[k].lower !== 'that') continue;
    // "no doubt that", "no question that" affirm what follows.
    if (/^(?:doubt|question|denying|deny|dispute|disputing)$/.test(tokens[k - 1]?.lower ?? '')) return false;
    for (let n = k - 1; n >= Math.max(0, k - 4); n--) if (NEGATIONS.has(tokens[n].lower) || tokens[n].lower.endsWith("n't")) return true;
    // "it would be unfair to say that …", "it is tempting, with hindsight, to conclude that …": the
    // reviewer names a judgement in order to set it aside.
    if (SAYING_VERBS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'to') {
      for (let n = k - 3; n >= Math.max(0, k - 8); n--) if (DISOWNING_ADJECTIVES.has(tokens[n].lower)) return true;
    }
    return false;
  }
  return false;
}

/**
 * Inside a judgement the sentence sets aside without "that": "it would be unfair to the nursery to
 * say it was negligent", "it is too easy to call this complacent". Read back to "to say" (or another
 * verb of saying) with a disowning adjective shortly before it.
 */
function disowned(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 1 && index - k <= 10; k--) {
    const word = tokens[k].lower;
    if (word === 'but' || word === 'however') return false;
    if (!(SAYING_VERBS.has(word) || word === 'call' || word === 'describe' || word === 'label') || tokens[k - 1].lower !== 'to') continue;
    for (let n = k - 2; n >= Math.max(0, k - 7); n--) if (DISOWNING_ADJECTIVES.has(tokens[n].lower)) return true;
    return false;
  }
  return false;
}

/**
 * Inside an indirect question the sentence asks rather than asserts: "the review considered whether
 * practitioners should have recognised the signs", "asked whether the outcome was avoidable", "asked
 * if the school had failed to act". The clause runs back to "whether" (or "if" after a verb of
 * asking) with no punctuation or "that" between.
 */
function questionedClause(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 14; k--) {
    const word = tokens[k].lower;
    if (word === 'whether') return true;
    if (word === 'if' && QUESTION_VERBS.has(tokens[k - 1]?.lower ?? '')) return true;
    if (word === 'that' || tokens[k].broken) return false;
  }
  return false;
}

/**
 * A subject that denies the clause: "no one could have predicted", "none of the agencies could have
 * prevented", "nothing could have been done". Read back from the modal within the clause.
 */
function negativeSubject(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && index - k <= 6; k--) {
    if (NEGATIVE_SUBJECTS.has(tokens[k].lower)) return true;
    if (tokens[k].lower === 'no' && !tokens[k + 1]?.broken) return true;
    if (tokens[k].broken) return false;
  }
  return false;
}

/**
 * The standard of an imagined better practitioner as subject: "any competent practitioner would
 * have seen", "a more experienced worker would have asked". It says the real one fell short.
 */
function idealSubject(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    if (IDEAL_PRACTITIONER.has(tokens[k].lower)) {
      // Of a person: "a competent assessment" is the system's document, read elsewhere.
      if (SYSTEM_NOUNS.has(tokens[k + 1]?.lower ?? '')) return false;
      const before = tokens[k - 1]?.lower;
      const determiner = before === 'more' ? tokens[k - 2]?.lower : before;
      return determiner === 'any' || determiner === 'a' || determiner === 'an';
    }
    if (tokens[k].broken) return false;
  }
  return false;
}

/** The words before "fail" in its clause, nearest first, past adverbs and auxiliaries. */
function subjectOf(tokens: Token[], index: number): string | undefined {
  for (let i = index - 1; i >= 0 && index - i <= 6; i--) {
    const word = tokens[i].lower;
    if (ADVERB.test(word) || AUXILIARIES.has(word) || word === 'that' || word === 'who') {
      if (tokens[i].broken) return undefined;
      continue;
    }
    return word.replace(/'s?$/, '');
  }
  return undefined;
}

/** A verb of not seeing in the clause from `from`: "was missed", "ignored", "did not recognise". */
function clauseNotSeeing(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from <= 16; k++) {
    if (k > from + 1 && tokens[k].broken && /^(?:but|and|although|though|yet|while|whereas)$/.test(tokens[k].lower)) return false;
    // "missed" only in the passive ("was missed"): "Child J missed school", "a missed appointment" are not about seeing.
    if (MISSING_VERBS.has(tokens[k].lower) && (tokens[k].lower !== 'missed' || passiveBefore(tokens, k))) return true;
    if ((tokens[k].lower === 'not' || tokens[k].lower === 'never' || tokens[k].lower.endsWith("n't")) && COGNITION_VERBS.has(tokens[k + 1]?.lower ?? '')) return true;
    // "Clearly, nobody recognised how frightened she was."
    if ((NEGATIVE_SUBJECTS.has(tokens[k].lower) || (tokens[k].lower === 'no' && tokens[k + 1]?.lower === 'one')) && COGNITION_PARTICIPLES.has(tokens[k + (tokens[k].lower === 'no' ? 2 : 1)]?.lower ?? '')) return true;
  }
  return false;
}

const SOONER = /^(?:sooner|earlier)$/;
const CONDEMNING_ADVERBS = new Set(['woefully', 'lamentably', 'dismally', 'abysmally', 'appallingly']);
const INCREDULOUS_VERBS = new Set(['see', 'understand', 'comprehend', 'explain', 'fathom', 'accept', 'believe']);

/** What follows "how"/"why" holds a practitioner's omission: "could have missed", "nobody acted", "did not refer". */
function incredulity(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 8; k++) {
    const word = tokens[k].lower;
    if (k > from && tokens[k].broken) return false;
    if ((word === 'could' || word === 'would') && tokens[k + 1]?.lower === 'have') return true;
    if (NEGATIVE_SUBJECTS.has(word) || word === 'not' || word === 'never' || word.endsWith("n't") || FAIL_VERB.has(word) || MISSING_VERBS.has(word)) return true;
    if (word === 'no' && tokens[k + 1]?.lower === 'one') return true;
  }
  return false;
}

const RESTS = new Set(['lies', 'lie', 'lay', 'rests', 'rest', 'rested', 'sits', 'sat']);

/** "… lies (squarely) with": where the rest of the clause places the noun at `index`. */
function placedWith(tokens: Token[], index: number): { with: number; intensified: boolean } | undefined {
  for (let j = index + 1; j < tokens.length && j <= index + 8; j++) {
    if (!RESTS.has(tokens[j].lower)) continue;
    let k = j + 1;
    let intensified = false;
    while (tokens[k] && (INTENSIFIERS.has(tokens[k].lower) || ADVERB.test(tokens[k].lower)) && k < j + 3) {
      if (INTENSIFIERS.has(tokens[k].lower)) intensified = true;
      k++;
    }
    if (tokens[k]?.lower !== 'with') return undefined;
    // "rests with no single agency", "lies with the system": not a person's fault.
    let object = k + 1;
    while (tokens[object] && /^(?:the|a|an|this|that|its|their|our|wider|whole|overall)$/.test(tokens[object].lower)) object++;
    const head = tokens[object]?.lower ?? '';
    if (NEGATIONS.has(head) || NEGATIVE_SUBJECTS.has(head) || SYSTEM_NOUNS.has(head)) return undefined;
    // "rests with the partnership to put this right": a duty for the future, not fault.
    for (let n = object + 1; n < tokens.length && n <= object + 4; n++) {
      if (tokens[n].broken) break;
      if (tokens[n].lower === 'to') return undefined;
    }
    return { with: k, intensified };
  }
  return undefined;
}

/** "more" (or "much more", "so much more") just before the modal: "more could have been done". */
function moreBefore(tokens: Token[], index: number): boolean {
  return tokens[index - 1]?.lower === 'more' && !tokens[index].broken;
}

/** A form of "be" (past adverbs) just before: "was failed", "had been repeatedly failed". */
function passiveBefore(tokens: Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i <= 3; i--) {
    if (tokens[i + 1].broken) return false;
    if (BE_FORMS.has(tokens[i].lower) || tokens[i].lower === 'got' || tokens[i].lower === 'get') return true;
    if (!ADVERB.test(tokens[i].lower)) return false;
  }
  return false;
}

interface Match {
  from: number;
  to: number;
  kind: BlameKind;
  advice: keyof typeof ADVICE;
  modal?: boolean;
  replacement?: string;
}

/** Every finding in one sentence, as token index ranges. */
function matchSentence(tokens: Token[], text: string): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].lower;
    const next = tokens[i + 1]?.lower;
    const previous = tokens[i - 1]?.lower ?? '';

    if (FAIL_VERB.has(word)) {
      if (negatedBefore(tokens, i)) continue;
      // "failed to thrive", "was failing to thrive": medicine.
      if (next === 'to' && tokens[i + 2]?.lower === 'thrive') continue;
      const subject = subjectOf(tokens, i);
      if (subject !== undefined && SYSTEM_NOUNS.has(subject)) continue;
      // Passive: "Child J was failed by every agency", "the family had been failed". The one failed
      // is the subject; the agent after "by", when a part of the system, makes it analysis.
      if (word === 'failed' && passiveBefore(tokens, i)) {
        if (next === 'by') {
          let agent = i + 2;
          let lack = false;
          while (tokens[agent] && /^(?:the|a|an|its|their|this|that|these|those|lack|absence|of)$/.test(tokens[agent].lower)) {
            if (tokens[agent].lower === 'lack' || tokens[agent].lower === 'absence') lack = true;
            agent++;
          }
          if (lack || (tokens[agent] && SYSTEM_NOUNS.has(tokens[agent].lower))) continue;
        }
        found.push({ from: i, to: i, kind: 'blame', advice: 'failedPerson' });
        continue;
      }
      if (next === 'to' && tokens[i + 2] && !tokens[i + 2].broken) {
        const afterAuxiliary = AUXILIARIES.has(previous) || previous.endsWith("n't");
        found.push({ from: i, to: i + 1, kind: 'blame', advice: 'failed', replacement: word === 'failed' && !afterAuxiliary ? 'did not' : undefined });
        continue;
      }
      if (next === 'in' && ['duty', 'duties', 'responsibility', 'responsibilities'].includes(tokens[i + 3]?.lower ?? tokens[i + 2]?.lower ?? '')) {
        found.push({ from: i, to: i + 1, kind: 'blame', advice: 'failed' });
        continue;
      }
      // "failed the family", "failed Child J", "failed her": a person as the object.
      let object = i + 1;
      if (tokens[object] && ['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our'].includes(tokens[object].lower) && tokens[object + 1] && PERSON_OBJECTS.has(tokens[object + 1].lower)) object++;
      const objectWord = tokens[object];
      if (objectWord && !objectWord.broken && (PERSON_OBJECTS.has(objectWord.lower) || (objectWord.lower === 'child' && /^[A-Z]/.test(text.slice(tokens[object + 1]?.start ?? 0, (tokens[object + 1]?.start ?? 0) + 1))))) {
        const end = objectWord.lower === 'child' && tokens[object + 1] && /^[A-Z]{1,2}$/.test(text.slice(tokens[object + 1].start, tokens[object + 1].end)) ? object + 1 : object;
        found.push({ from: i, to: end, kind: 'blame', advice: 'failedPerson' });
      }
      continue;
    }

    if (FAILURE_NOUN.has(word)) {
      if (FAILURE_NOT_BLAME.has(previous) || negatedBefore(tokens, i, 1)) continue;
      if (next === 'to' && tokens[i + 2]?.lower === 'thrive') continue;
      const owner = previous.endsWith("'s") || previous.endsWith("s'");
      if (next === 'to' || next === 'by' || (next === 'on' && tokens[i + 2]?.lower.includes('part')) || owner) {
        if (owner && SYSTEM_NOUNS.has(previous.replace(/'s?$/, ''))) continue;
        found.push({ from: owner && !tokens[i].broken ? i - 1 : i, to: next === 'to' || next === 'by' ? i + 1 : i, kind: 'blame', advice: 'failed' });
        continue;
      }
      if (next === 'of') {
        const of = tokens[i + 2]?.lower === 'the' ? tokens[i + 3] : tokens[i + 2];
        if (of && !SYSTEM_NOUNS.has(of.lower) && !/^(?:care|communication|information|placement|the)$/.test(of.lower)) found.push({ from: i, to: i + 1, kind: 'blame', advice: 'failed' });
      }
      continue;
    }

    if (FAILINGS.has(word)) {
      if (FAILURE_NOT_BLAME.has(previous)) continue;
      const litany = previous === 'of' && ['litany', 'catalogue', 'series', 'string', 'list', 'number'].includes(tokens[i - 2]?.lower ?? '') ? i - 2 : i;
      found.push({ from: litany, to: i, kind: 'blame', advice: 'failings' });
      continue;
    }

    // "let her down", "let the family down", "was let down", "letting Child J down".
    if (word === 'let' || word === 'lets' || word === 'letting') {
      for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
        if (tokens[j].broken) break;
        if (tokens[j].lower === 'down') {
          const direction = tokens[j + 1] && !tokens[j + 1].broken && /^(?:the|a|to|from|into|onto|stairs|steps)$/.test(tokens[j + 1].lower);
          if (!direction) found.push({ from: i, to: j, kind: 'blame', advice: 'letDown' });
          break;
        }
      }
      continue;
    }

    // should / ought to / must / could / (an ideal practitioner) would (not) have [adverb] [been] participle
    if (word === 'should' || word === 'ought' || word === 'must' || word === 'could' || (word === 'would' && idealSubject(tokens, i))) {
      let j = i + 1;
      while (tokens[j] && ADVERB.test(tokens[j].lower) && j < i + 3) j++;
      if (word === 'ought' && tokens[j]?.lower === 'to') j++;
      // "should, in the reviewer's view, have been referred": past a parenthesis between commas.
      if (tokens[j]?.broken && tokens[j].lower !== 'have') {
        for (let k = j + 1; k < tokens.length && k <= j + 8; k++) {
          if (tokens[k].lower === 'have' && tokens[k].broken) {
            j = k;
            break;
          }
        }
      }
      let negated = false;
      if (tokens[j]?.lower === 'not' || tokens[j]?.lower === 'never') {
        negated = true;
        j++;
      }
      // "ought not to have accepted": the negation comes before "to".
      if (word === 'ought' && negated && tokens[j]?.lower === 'to') j++;
      if ((word === 'could' || word === 'must') && (negated || negativeSubject(tokens, i))) continue;
      while (tokens[j] && ADVERB.test(tokens[j].lower) && j < i + 4) j++;
      if (tokens[j]?.lower !== 'have') continue;
      j++;
      while (tokens[j] && ADVERB.test(tokens[j].lower) && j < i + 7) j++;
      const been = tokens[j]?.lower === 'been';
      const head = been ? tokens[j + 1] : tokens[j];
      if (!head || head.broken) continue;
      const participle = isParticiple(head.lower);
      const last = been ? j + 1 : j;
      if (word === 'would') {
        if (participle) found.push({ from: i, to: last, kind: 'blame', advice: 'modalPerfect', modal: true });
        continue;
      }
      if (word === 'could') {
        // "could have done (far, much, a lot) more"; "more could have been done" (the quantity as subject).
        let degree = j + 1;
        while (tokens[degree] && DEGREE_WORDS.has(tokens[degree].lower) && degree < j + 4) degree++;
        const doneMore = head.lower === 'done' && (been ? moreBefore(tokens, i) : /^(?:more|better|differently)$/.test(tokens[degree]?.lower ?? ''));
        // "could have acted sooner", "could have been identified earlier": the past judged by when.
        const sooner = !doneMore && participle && !tokens[last + 1]?.broken && SOONER.test(tokens[last + 1]?.lower ?? '');
        if (OUTCOME_PARTICIPLES.has(head.lower) || doneMore || sooner) {
          found.push({ from: i, to: sooner ? last + 1 : been || !doneMore ? last : degree, kind: 'hindsight', advice: 'outcome', modal: true });
        }
        continue;
      }
      if (word === 'must') {
        if (COGNITION_PARTICIPLES.has(head.lower) || (been && head.lower === 'aware')) found.push({ from: i, to: last, kind: 'hindsight', advice: 'modalPerfect' });
        continue;
      }
      if (been && (OBVIOUS_ADJECTIVES.has(head.lower) || head.lower === 'clear')) {
        found.push({ from: i, to: last, kind: 'hindsight', advice: 'obvious', modal: true });
        i = last;
        continue;
      }
      if (participle || (been && /^(?:in|on|at|aware|more|better|given|a|an|the)$/.test(head.lower))) {
        found.push({ from: i, to: last, kind: 'hindsight', advice: 'modalPerfect', modal: true });
        i = last;
      }
      continue;
    }

    if (BLAME_ADJECTIVES.has(word)) {
      if (negatedBefore(tokens, i)) continue;
      if (word.startsWith('unacceptabl')) {
        // "an unacceptable risk of harm", "the risk was unacceptable": grading risk is analysis.
        const around = [tokens[i + 1], tokens[i + 2], tokens[i - 1], tokens[i - 2], tokens[i - 3]].filter(Boolean).map((token) => token.lower);
        if (around.some((noun) => RISK_NOUNS.has(noun))) continue;
      }
      found.push({ from: i, to: i, kind: 'blame', advice: word.startsWith('negligen') || word.startsWith('incompeten') || word.startsWith('culpab') || word === 'dereliction' ? 'fault' : 'judgement' });
      continue;
    }

    if ((word === 'at' && next === 'fault') || (word === 'to' && next === 'blame' && /^(?:was|were|is|are|be|been)$/.test(previous))) {
      found.push({ from: i, to: i + 1, kind: 'blame', advice: 'fault' });
      continue;
    }
    // "blame lies with", "the blame for the delay rests firmly with", "responsibility for the drift
    // rests squarely with": placing fault on someone. Responsibility without an intensifier states who
    // is accountable ("responsibility for chairing rests with the independent chair"), not fault.
    if (word === 'blame' || word === 'fault' || word === 'responsibility') {
      const verb = placedWith(tokens, i);
      if (verb !== undefined && (word !== 'responsibility' || verb.intensified)) {
        found.push({ from: i, to: verb.with, kind: 'blame', advice: 'fault' });
        i = verb.with;
        continue;
      }
    }
    // Nouns of fault: "a grave error of judgement", "a lapse in professional standards".
    if ((word === 'error' || word === 'errors') && next === 'of' && /^judge?ments?$/.test(tokens[i + 2]?.lower ?? '')) {
      found.push({ from: i, to: i + 2, kind: 'blame', advice: 'judgement' });
      continue;
    }
    // A noun after a determiner or adjective, not the verb ("the plan was allowed to lapse in May").
    if ((word === 'lapse' || word === 'lapses') && (next === 'in' || next === 'of') && /^(?:a|an|the|this|that|these|those|such|serious|significant|grave|major|further|another|repeated|clear|professional)$/.test(previous) && !negatedBefore(tokens, i, 3)) {
      found.push({ from: i, to: i + 1, kind: 'blame', advice: 'judgement' });
      continue;
    }
    // Adverbs that condemn whatever they grade: "woefully inadequate", "lamentably slow".
    if (CONDEMNING_ADVERBS.has(word) && tokens[i + 1] && !tokens[i + 1].broken) {
      found.push({ from: i, to: i + 1, kind: 'blame', advice: 'judgement' });
      i++;
      continue;
    }
    // Incredulity in place of explanation: "it is hard to see how the social worker could have
    // missed the bruise", "it is difficult to understand why nobody acted".
    if ((word === 'hard' || word === 'difficult' || word === 'impossible') && next === 'to' && INCREDULOUS_VERBS.has(tokens[i + 2]?.lower ?? '') && /^(?:how|why)$/.test(tokens[i + 3]?.lower ?? '') && incredulity(tokens, i + 4)) {
      found.push({ from: i, to: i + 3, kind: 'blame', advice: 'judgement' });
      continue;
    }
    if (word === 'no' && (next === 'excuse' || next === 'excuses')) {
      found.push({ from: i, to: i + 1, kind: 'blame', advice: 'judgement' });
      continue;
    }
    // "did not do their job(s) (properly)"
    if ((word === 'do' || word === 'doing') && ['their', 'his', 'her', 'its'].includes(next ?? '') && /^jobs?$/.test(tokens[i + 2]?.lower ?? '') && negatedBefore(tokens, i, 2)) {
      const from = tokens[i - 2]?.lower === 'did' ? i - 2 : tokens[i - 1]?.lower.endsWith("n't") ? i - 1 : i;
      const to = tokens[i + 3]?.lower === 'properly' ? i + 3 : i + 2;
      found.push({ from, to, kind: 'blame', advice: 'job' });
      continue;
    }

    if (OBVIOUS_ALONE.has(word) || ((word === 'evident' || word === 'apparent' || word === 'plain') && /^(?:clearly|plainly|abundantly|patently)$/.test(previous))) {
      if (negatedBefore(tokens, i, 3)) continue;
      const from = /^(?:clearly|plainly|abundantly|patently)$/.test(previous) ? i - 1 : i;
      found.push({ from, to: i, kind: 'hindsight', advice: 'obvious' });
      continue;
    }
    // "was overlooked, clearly, by everyone": the adverb after the verb.
    if (MISSING_VERBS.has(word) && (next === 'clearly' || next === 'obviously')) {
      found.push({ from: i, to: i + 1, kind: 'hindsight', advice: 'obvious' });
      i++;
      continue;
    }
    // "Clearly, the risk posed by Mr B was missed by all the agencies": the adverb opens the clause
    // and the verb of not seeing comes later in it.
    if (word === 'clearly' && (i === 0 || tokens[i].broken) && !(next && MISSING_VERBS.has(next))) {
      if (clauseNotSeeing(tokens, i + 1)) found.push({ from: i, to: i, kind: 'hindsight', advice: 'obvious' });
      continue;
    }
    if ((word === 'clearly' || word === 'obviously') && next && MISSING_VERBS.has(next)) {
      found.push({ from: i, to: i + 1, kind: 'hindsight', advice: 'obvious', replacement: word === 'clearly' && next === 'missed' && !AUXILIARIES.has(previous) ? 'did not recognise' : undefined });
      i++;
      continue;
    }
    if (OUTCOME_ADJECTIVES.has(word)) {
      if (negatedBefore(tokens, i, 2)) continue;
      found.push({ from: i, to: i, kind: 'hindsight', advice: 'outcome' });
      continue;
    }
    if (word === 'hindsight') {
      if (next === 'bias' || next === 'biases') continue;
      let guarded = false;
      for (let j = i - 1; j >= Math.max(0, i - 5); j--) if (HINDSIGHT_GUARDS.has(tokens[j].lower)) guarded = true;
      // "With hindsight, it is easy to see the pattern": hindsight named as what makes it look plain.
      for (let j = i + 1; j < tokens.length && j <= i + 4; j++) if (/^(?:easy|easier|tempting)$/.test(tokens[j].lower)) guarded = true;
      if (guarded) continue;
      const article = tokens[i - 3]?.lower === 'the' ? 1 : 0;
      const benefit = previous === 'of' && tokens[i - 2]?.lower === 'benefit' && ['with', 'in'].includes(tokens[i - 3 - article]?.lower ?? '') ? i - 3 - article : undefined;
      const from = benefit ?? (previous === 'with' || previous === 'in' ? i - 1 : i);
      found.push({ from, to: i, kind: 'hindsight', advice: 'hindsight' });
    }
  }
  return found;
}

export const blameLanguage = defineRule<Record<string, never>, BlameItem>({
  meta: {
    id: 'blame-language',
    defaultSeverity: 'info',
    category: 'language',
    fixable: false,
    description: 'Findings avoid hindsight and blame phrasing ("failed to", "should have known", "obviously"); reviews are for learning about the system, not fault.',
  },
  scanBlock(block, { offsetOf }) {
    // A blockquote holds someone else's words (a parent's account, a practitioner's statement).
    if (block.inQuote || block.kind === 'heading') return [];
    const text = block.text;
    const cues = [...text.matchAll(CUE)].map((match) => match.index);
    if (cues.length === 0) return [];
    const items: BlameItem[] = [];
    let speech: [number, number][] | undefined;
    let cue = 0;
    for (const sentence of blockSentences(block)) {
      // Most sentences hold no cue word: they are not split into words at all.
      while (cue < cues.length && cues[cue] < sentence.start) cue++;
      if (cue === cues.length) break;
      if (cues[cue] >= sentence.end) continue;
      const tokens = tokensOf(text, sentence.start, sentence.end);
      const deadline = DEADLINE.test(text.slice(sentence.start, sentence.end));
      for (const match of matchSentence(tokens, text)) {
        if (deniedClause(tokens, match.from) || questionedClause(tokens, match.from) || disowned(tokens, match.from)) continue;
        const start = tokens[match.from].start;
        const end = tokens[match.to].end;
        // Whose words the block quotes, read only once a sentence holds a finding.
        speech ??= attributedQuoteSpans(text);
        if (insideSpans(speech, start)) continue;
        if (match.modal && deadline) continue;
        items.push({
          start: offsetOf(block, start),
          end: offsetOf(block, end - 1) + 1,
          text: text.slice(start, end),
          kind: match.kind,
          advice: match.advice,
          modal: match.modal === true,
          replacement: match.replacement,
        });
      }
    }
    return items;
  },
  check({ doc, items, report }) {
    const forward = [...doc.sectionsWithRole('recommendations'), ...doc.sectionsWithRole('actions')];
    for (const item of items) {
      // In recommendations "should have" sets a target for the future.
      if (item.modal && forward.some((section) => item.start >= section.heading.start && item.start < section.end)) continue;
      const opening = item.kind === 'hindsight' ? 'judges with hindsight' : 'reads as blame';
      const replacement = item.replacement ? matchCase(item.replacement, item.text) : undefined;
      report({
        start: item.start,
        end: item.end,
        message: `"${item.text}" ${opening}: ${ADVICE[item.advice]}. Reviews look for learning about the system, not fault.`,
        suggestions: replacement ? [{ title: `Replace "${item.text}" with "${replacement}"`, edits: [{ start: item.start, end: item.end, text: replacement }] }] : undefined,
        data: { kind: item.kind, phrase: item.text.toLowerCase() },
      });
    }
  },
});
