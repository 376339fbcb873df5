// Finds evidence by meaning in one text block: every term of every concept is compiled once into a
// trie of normalised words (text/words.ts), a block is tokenised once and walked once, and the
// concepts found are then read in their sentence — negated or not, hypothetical or not, whose act
// it is — before the combinations of each model are tried sentence by sentence. Pure and per block,
// so the engine caches it with the chunk and rules can call it from their own scanBlock.
import type { TextBlock } from '../parse/markdown';
import type { ScanItem } from '../rule';
import { placeholderSpans } from '../text/placeholders';
import { quotedSpans } from '../text/quotes';
import { blockSentences, blockWords } from '../text/block-text';
import type { SentenceSpan } from '../text/sentences';
import { BoundedMap } from '../text/text-memo';
import { childReferenceAt, OBJECT_SLOT, phraseKeys, phraseStem, POSSESSIVE_SLOT, type Word } from '../text/words';
import { SentenceReader } from './context';
import { groupParts, type Concept, type ThemeModel } from './model';
import { TermPrefilter } from './prefilter';

/** A concept as it carried a piece of evidence: the words of the draft that stood for it. */
export interface MatchedConcept {
  id: string;
  label: string;
  words: string[];
}

export interface Evidence extends ScanItem {
  /** Index of the model (theme) in the matcher. */
  model: number;
  /** The words that carry the evidence, as written, joined with " + ". */
  phrase: string;
  /** The sentence (or sentences) the evidence is in. */
  passage: string;
  concepts: MatchedConcept[];
  /** Two pieces of evidence with the same key are the same evidence repeated. */
  key: string;
  /** Set on a near miss: some of a combination was found but not all of it (what is missing). */
  missing?: string[];
}

interface TermEnd {
  /** Concept index; -1 for an idiom that hides every term inside it. */
  concept: number;
  except: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: TermEnd[];
  /** Whether `next` has a mention-of-the-child slot (OBJECT_SLOT or POSSESSIVE_SLOT). */
  slots: boolean;
}

interface Occurrence {
  concept: number;
  from: number;
  to: number;
  /** The stems of its words: the same key is the same words. */
  key: string;
}

interface CompiledRule {
  model: number;
  groups: { any: number[]; min: number }[];
  none: number[];
  within: number;
}

// Cues read around a term, as stems (the tokenizer's), so "didn't" arrives as "do not".
const stems = (words: string[]) => new Set(words.map((word) => phraseStem(word)));
/** Words that deny a thing exists: "no evidence of drug use", "denied any drinking", "without bruising". */
const EXISTENCE_DENIED = stems(['no', 'nor', 'without', 'denied', 'absence', 'neither', 'never']);
/** Close before the term only: "was not drinking", "never drank". */
const EXISTENCE_DENIED_NEAR = stems(['not', 'never']);
/**
 * Words a denial of existence reaches through: "no evidence of the mother's drug use", "no history of
 * domestic abuse". Anything else between ("no screening for postnatal depression") means the denial
 * is about something else.
 */
const TRANSPARENT = stems(['evidence', 'sign', 'signs', 'indication', 'suggestion', 'history', 'concern', 'concerns', 'report', 'reports', 'record', 'records', 'mention', 'known', 'current', 'recent', 'previous', 'further', 'significant', 'obvious', 'apparent', 'of', 'about', 'regarding', 'around', 'any', 'her', 'his', 'their', 'parental', 'mother', 'father', 'parent', 'parents', 'use', 'using', 'or', 'and', 'other', 'such', 'noted', 'recorded', 'reported', 'identified', 'raised', 'was', 'were', 'there', 'ever', 'problem', 'problems', 'issue', 'issues', 'been', 'had', 'has', 'have']);
/** Words that say an act did not happen: "was never spoken to", "no one asked", "failed to assess". */
const ACT_DENIED = stems(['not', 'never', 'no', 'nobody', 'none', 'nor', 'neither', 'without', 'failed', 'lack', 'absence', 'unable']);
/** Auxiliaries between a noun and a later negation: "checks were not made". */
const AUXILIARY = stems(['was', 'were', 'been', 'had', 'has', 'did', 'does', 'still', 'yet', 'also', 'ever']);
/** Words that start a new clause, beyond which a negation does not reach. */
const CLAUSE_BREAK = stems(['but', 'although', 'though', 'however', 'because', 'which', 'whereas', 'while', 'whilst', 'until', 'when', 'after', 'before', 'so', 'yet', 'despite', 'that']);
const IF = phraseStem('if');
const UNLESS = phraseStem('unless');
/** Verbs of stopping: a negation before them denies the stopping ("would not stop crying"). */
const STOPPING = stems(['stop', 'stopped', 'cease', 'ceased', 'quit']);
/** Nouns that end the name of an organisation ("Westmere Drug and Alcohol Service"). */
const ORGANISATION = stems(['service', 'services', 'team', 'partnership', 'trust', 'board', 'hub', 'unit', 'centre', 'center', 'project', 'charity', 'foundation', 'council', 'agency', 'programme', 'network', 'clinic', 'forum', 'panel', 'alliance', 'association', 'society', 'department', 'directorate', 'helpline', 'initiative', 'consortium']);
/**
 * Nouns that end the title of a policy, strategy, law or campaign ("the Neglect Strategy", "the
 * Domestic Abuse Act 2021", "Safer Sleep Week"): the title names the theme; it does not discuss it.
 */
const TITLE = stems(['act', 'strategy', 'guidance', 'guide', 'policy', 'protocol', 'procedure', 'procedures', 'framework', 'toolkit', 'campaign', 'week', 'advice', 'standards', 'regulations', 'briefing', 'document', 'handbook', 'charter', 'pathway']);
const NAME_CONNECTORS = new Set(['and', 'of', 'for', 'in', 'on', 'to']);
/** Words of a clause, not of an agency's name, in a list item ("who was referred to the mental health team"). */
const CLAUSE_WORDS = stems(['who', 'which', 'that', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'to', 'by', 'with', 'then', 'but', 'did', 'not']);
const YEAR = /^(?:19|20)\d\d$/;
/** A month or season before a year is a date ("Child J in March 2023"), not the end of a title. */
const MONTHS = stems(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'spring', 'summer', 'autumn', 'winter', 'easter', 'christmas']);
const EXISTENCE_WINDOW = 7;
const NEAR_WINDOW = 2;
const ACT_WINDOW = 3;
/** How far back a clause's subject is looked for (a clause without punctuation may run on for pages). */
const SUBJECT_REACH = 40;
const PASSAGE_LIMIT = 400;
/** The widest window a combination may span (model.ts allows 1 to 3 sentences). */
const MAX_WITHIN = 3;
/** Pieces of evidence kept per theme in one block: a paragraph that addresses a theme ten times shows it well enough with a few. */
const PER_BLOCK = 8;
/** Entries a memo of the walk keeps before it starts again (a draft's vocabulary is far smaller). */
const MAX_REMEMBERED = 20_000;
const HEAD_SLOTS = 2047;

export class ConceptMatcher {
  private readonly root: TrieNode = { next: new Map(), ends: [], slots: false };
  private readonly compoundHeads = new Set<string>();
  readonly concepts: Concept[] = [];
  private readonly notAfter: number[][] = [];
  private readonly notOf: number[][] = [];
  private readonly isActor: boolean[] = [];
  private readonly isAgency: boolean[] = [];
  private readonly rules: CompiledRule[] = [];
  /**
   * Rules whose first group a concept belongs to. A rule's first group is its distinctive concept
   * (the data lists it first), so a sentence only tries the rules anchored in it or, for a rule that
   * spans sentences, in the sentences its window reaches: common concepts (a parent, a practitioner)
   * do not make every sentence try every rule.
   */
  private readonly rulesOf: number[][] = [];
  /**
   * The terms of the concepts that anchor a rule, looked for in a block's raw text before it is
   * tokenised (prefilter.ts): a block in which none of them can occur has no occurrence any rule
   * could start from, so no evidence and no near miss. Undefined when the terms cannot be looked
   * for that way.
   */
  private readonly anchorText: TermPrefilter | undefined;
  /** Scratch for evaluate(): per window span and concept, the stamp of the last window it occurred in. */
  private windowMarks = new Int32Array(0);
  private windowStamp = 0;
  private ruleStamp = new Int32Array(0);
  private modelStamp = new Int32Array(0);
  private sentenceBase = 0;
  /** Scratch for keep(): per concept, its candidate hits; per word, the stamp of the concept that took it. */
  private readonly buckets: { end: TermEnd; from: number; to: number }[][] = [];
  private taken = new Int32Array(256);
  /** Memos for walk(): words that may start a compound, and the stems of compounds. */
  private readonly heads = new BoundedMap<string, boolean>(MAX_REMEMBERED);
  private readonly headWords: string[] = new Array<string>(HEAD_SLOTS + 1).fill('');
  private readonly headAnswers = new Uint8Array(HEAD_SLOTS + 1);
  private readonly compounds = new Map<string, Map<string, string>>();
  private compoundCount = 0;
  private starts = new Int32Array(256);
  private takenBase = 0;

  /**
   * Concepts with the same id are one concept (a config adding terms to a built-in concept).
   * `models` are matched in order; an evidence item's `model` is the index in this list.
   */
  constructor(concepts: readonly Concept[], readonly models: readonly ThemeModel[], idioms: readonly string[] = []) {
    const byId = new Map<string, number>();
    const addConcept = (concept: Concept) => {
      const existing = byId.get(concept.id);
      if (existing === undefined) {
        byId.set(concept.id, this.concepts.length);
        this.concepts.push({ ...concept, terms: [...concept.terms], except: [...(concept.except ?? [])] });
        return;
      }
      const merged = this.concepts[existing];
      merged.terms.push(...concept.terms);
      merged.except!.push(...(concept.except ?? []));
      merged.label ??= concept.label;
    };
    for (const concept of concepts) addConcept(concept);
    for (const model of models) for (const concept of model.concepts ?? []) addConcept(concept);
    const indexOf = (id: string) => {
      const index = byId.get(id);
      if (index === undefined) throw new Error(`Unknown concept "${id}"`);
      return index;
    };
    // Per concept, the key lists of its terms (for the prefilter of the anchoring ones).
    const termKeys: string[][][] = [];
    this.concepts.forEach((concept, index) => {
      const keyLists: string[][] = [];
      for (const written of concept.terms) keyLists.push(...this.add(written, { concept: index, except: false }));
      termKeys.push(keyLists);
      for (const written of concept.except ?? []) this.add(written, { concept: index, except: true });
      this.notAfter.push((concept.notAfter ?? []).map(indexOf));
      this.notOf.push((concept.notOf ?? []).map(indexOf));
      this.isActor.push(concept.actor === true);
      this.isAgency.push(concept.agency === true);
      this.rulesOf.push([]);
    });
    for (const idiom of idioms) this.add(idiom, { concept: -1, except: true });
    models.forEach((model, modelIndex) => {
      for (const combination of model.evidence) {
        const rule: CompiledRule = {
          model: modelIndex,
          groups: combination.all.map((group) => {
            const parts = groupParts(group);
            return { any: parts.any.map(indexOf), min: parts.min };
          }),
          none: (combination.none ?? []).map(indexOf),
          within: combination.within ?? 1,
        };
        const ruleIndex = this.rules.length;
        this.rules.push(rule);
        for (const concept of rule.groups[0].any) if (!this.rulesOf[concept].includes(ruleIndex)) this.rulesOf[concept].push(ruleIndex);
      }
    });
    const anchorKeys: string[][] = [];
    termKeys.forEach((keyLists, index) => {
      if (this.rulesOf[index].length > 0) anchorKeys.push(...keyLists);
    });
    this.anchorText = TermPrefilter.of(anchorKeys);
    this.windowMarks = new Int32Array(this.concepts.length * MAX_WITHIN);
    this.ruleStamp = new Int32Array(this.rules.length);
    this.modelStamp = new Int32Array(models.length);
    for (let concept = 0; concept < this.concepts.length; concept++) this.buckets.push([]);
  }

  /** What a model's combinations ask for, in words: "a father or male carer + not assessed or spoken to". */
  describe(model: number): string[] {
    return this.rules.filter((rule) => rule.model === model).map((rule) => this.describeRule(rule));
  }

  private describeRule(rule: CompiledRule, skip?: ReadonlySet<number>): string {
    return rule.groups
      .map((group, index) => (skip?.has(index) ? '' : this.groupLabel(group)))
      .filter(Boolean)
      .join(' + ');
  }

  private groupLabel(group: { any: number[]; min: number }): string {
    const labels = group.any.map((concept) => this.label(concept));
    return `${group.min > 1 ? `${group.min} kinds of ` : ''}${labels.join(' or ')}`;
  }

  label(concept: number): string {
    const entry = this.concepts[concept];
    return entry.label ?? entry.id.toLowerCase().replace(/_/g, ' ');
  }

  /** Adds a term to the trie; returns its key lists. */
  private add(written: string, end: TermEnd): string[][] {
    const keyLists = phraseKeys(written);
    for (const keys of keyLists) {
      let node = this.root;
      for (const key of keys) {
        for (let length = 3; length <= key.length - 3; length++) this.compoundHeads.add(key.slice(0, length));
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map(), ends: [], slots: false };
          node.next.set(key, child);
          if (key === OBJECT_SLOT || key === POSSESSIVE_SLOT) node.slots = true;
        }
        node = child;
      }
      if (!node.ends.some((existing) => existing.concept === end.concept && existing.except === end.except)) node.ends.push(end);
    }
    return keyLists;
  }

  /** Evidence for every model in one block (and at most one near miss per model), with chunk offsets. */
  scanBlock(block: TextBlock, offsetOf: (block: TextBlock, index: number) => number): Evidence[] {
    // Headings name a topic; they do not discuss it. Bold-only lines are headings too.
    if (block.kind === 'heading' || block.emphasisOnly) return [];
    if (this.anchorText && !this.anchorText.mayContain(block.text)) return [];
    const words = blockWords(block);
    if (words.length === 0) return [];
    const found: { end: TermEnd; from: number; to: number }[] = [];
    for (let i = 0; i < words.length; i++) this.walk(this.root, words, i, i, found);
    if (found.length === 0) return [];
    const spans = blockSentences(block);
    const sentenceOf = sentenceIndexes(spans, words);
    const pointers = pointerSentences(block.text, spans);
    const discussed = pointers ? found.filter((hit) => !pointers.has(sentenceOf[hit.from])) : found;
    if (discussed.length === 0) return [];
    const occurrences = this.keep(block, words, sentenceOf, this.nearAnchors(discussed, sentenceOf, spans.length));
    if (occurrences.length === 0) return [];
    const conditional = conditionalWords(words, sentenceOf);
    const sentenceStarts = firstWords(sentenceOf);
    // Sentences that assert nothing about the case: yes/no questions, definitions, and (outside what
    // someone told the review) sentences about the review itself.
    const reader = new SentenceReader(block.text, words, sentenceOf, sentenceStarts, spans);
    // Occurrences are in text order: each sentence is read once, when its first occurrence comes.
    let sentence = -1;
    let nothing = false;
    let review = false;
    const counted = occurrences.filter((occurrence, index) => {
      if (sentenceOf[occurrence.from] !== sentence) {
        sentence = sentenceOf[occurrence.from];
        nothing = reader.assertsNothing(sentence);
        review = !nothing && reader.aboutReview(sentence);
      }
      if (nothing || (review && reader.reportedAt(occurrence.from) === 0)) return false;
      return this.holds(occurrence, index, words, sentenceOf, sentenceStarts, conditional, occurrences);
    });
    if (counted.length === 0) return [];
    return this.evaluate(block, words, spans, sentenceOf, counted, offsetOf);
  }

  /** Follows every trie edge the words from `index` allow: the word, a compound of it and the next, or a mention of the child. */
  private walk(node: TrieNode, words: readonly Word[], first: number, index: number, found: { end: TermEnd; from: number; to: number }[]): void {
    if (index >= words.length || (index > first && !words[index].continues)) return;
    const word = words[index];
    this.step(node, word.stem, words, first, index + 1, found);
    const following = words[index + 1];
    if (following?.joinsPrevious && this.isCompoundHead(word.raw)) this.step(node, this.compoundStem(word.raw, following.raw), words, first, index + 2, found);
    if (node.slots) {
      const reference = childReferenceAt(words, index);
      if (reference && (reference.next === index + 1 || words[index + 1].continues)) {
        if (reference.object) this.step(node, OBJECT_SLOT, words, first, reference.next, found);
        if (reference.possessive) this.step(node, POSSESSIVE_SLOT, words, first, reference.next, found);
      }
    }
  }

  /** `compoundHeads.has(raw.toLowerCase())`, remembered per word as written (its hash is already known from tokenising). */
  private isCompoundHead(raw: string): boolean {
    // A head is at least three letters long ("post" of "postnatal"); only "İ" grows when lower-cased.
    const length = raw.length;
    if (length === 1 || (length === 2 && raw.charCodeAt(0) < 128 && raw.charCodeAt(1) < 128)) return false;
    // A slot per word by its length and first and last letters, in front of the memo: no string hashing.
    const slot = (length * 7919 + raw.charCodeAt(0) * 31 + raw.charCodeAt(length - 1) * 131) & HEAD_SLOTS;
    if (this.headWords[slot] === raw) return this.headAnswers[slot] === 1;
    let head = this.heads.get(raw);
    if (head === undefined) {
      head = this.compoundHeads.has(raw.toLowerCase());
      this.heads.set(raw, head);
    }
    this.headWords[slot] = raw;
    this.headAnswers[slot] = head ? 1 : 0;
    return head;
  }

  /** `phraseStem(raw + next)`, remembered per pair of words as written without joining them first. */
  private compoundStem(raw: string, next: string): string {
    let byNext = this.compounds.get(raw);
    let stem = byNext?.get(next);
    if (stem === undefined) {
      if (this.compoundCount >= MAX_REMEMBERED) {
        this.compounds.clear();
        this.compoundCount = 0;
        byNext = undefined;
      }
      if (byNext === undefined) this.compounds.set(raw, (byNext = new Map()));
      stem = phraseStem(raw + next);
      byNext.set(next, stem);
      this.compoundCount++;
    }
    return stem;
  }

  private step(node: TrieNode, key: string, words: readonly Word[], first: number, next: number, found: { end: TermEnd; from: number; to: number }[]): void {
    const child = node.next.get(key);
    if (!child) return;
    for (const end of child.ends) found.push({ end, from: first, to: next });
    if (child.next.size > 0) this.walk(child, words, first, next, found);
  }

  /**
   * Drops terms of concepts that only ever complete a combination (a parent, a practitioner, "the
   * case") in sentences no combination can start from: nothing distinctive within a window's reach.
   * Most of a draft's words are such terms, and this keeps their cost to the walk.
   */
  private nearAnchors(found: { end: TermEnd; from: number; to: number }[], sentenceOf: Int32Array, sentenceCount: number): { end: TermEnd; from: number; to: number }[] {
    const anchored = new Uint8Array(sentenceCount + MAX_WITHIN);
    for (const hit of found) {
      if (hit.end.concept < 0 || hit.end.except || this.rulesOf[hit.end.concept].length === 0) continue;
      const sentence = sentenceOf[hit.from];
      for (let reach = Math.max(0, sentence - MAX_WITHIN + 1); reach <= sentence + MAX_WITHIN - 1; reach++) anchored[reach] = 1;
    }
    return found.filter((hit) => hit.end.concept < 0 || anchored[sentenceOf[hit.from]] === 1 || this.rulesOf[hit.end.concept].length > 0);
  }

  /**
   * Term occurrences that stand: not inside an idiom, an exception of their concept, a bracketed
   * prompt or the name of an organisation; per concept the longest wins where terms overlap.
   */
  private keep(block: TextBlock, words: readonly Word[], sentenceOf: Int32Array, found: { end: TermEnd; from: number; to: number }[]): Occurrence[] {
    const blocked = new Uint8Array(words.length);
    for (const hit of found) if (hit.end.concept < 0) blocked.fill(1, hit.from, hit.to);
    if (block.text.includes('[')) maskSpans(words, placeholderSpans(block), blocked);
    maskOrganisationNames(block.text, words, blocked);
    // Per concept, the words its exceptions cover ("Father Christmas" hides "Father" from MALE_CARER only).
    const excepted = new Map<number, Uint8Array>();
    for (const hit of found) {
      if (!hit.end.except || hit.end.concept < 0) continue;
      let mask = excepted.get(hit.end.concept);
      if (!mask) excepted.set(hit.end.concept, (mask = new Uint8Array(words.length)));
      mask.fill(1, hit.from, hit.to);
    }
    const listed = this.twoAgenciesInASentence(found, sentenceOf) && twoCommasInASentence(block.text) ? this.listedAgencies(block.text, words, sentenceOf, found, (hit) => !hit.end.except && hit.end.concept >= 0 && !marked(blocked, hit.from, hit.to) && !(excepted.size > 0 && marked(excepted.get(hit.end.concept), hit.from, hit.to))) : undefined;
    // The candidates by concept (each list in text order), concepts in ascending order.
    const buckets = this.buckets;
    let candidates = 0;
    for (const hit of found) {
      const end = hit.end;
      if (end.except || marked(blocked, hit.from, hit.to) || (excepted.size > 0 && marked(excepted.get(end.concept), hit.from, hit.to))) continue;
      if (listed && !this.isActor[end.concept] && marked(listed, hit.from, hit.to)) continue;
      buckets[end.concept].push(hit);
      candidates++;
    }
    if (candidates === 0) return [];
    // Per concept the longest wins; which concept (a stamp per call and concept) last took each word: no clearing between concepts.
    if (this.taken.length < words.length) this.taken = new Int32Array(Math.max(words.length, this.taken.length * 2));
    if (this.takenBase > 0x7fffffff - 2 * (this.concepts.length + 1)) {
      this.taken.fill(0);
      this.takenBase = 0;
    }
    const taken = this.taken;
    const base = this.takenBase;
    this.takenBase += this.concepts.length + 1;
    const kept: { end: TermEnd; from: number; to: number }[] = [];
    for (let concept = 0; concept < buckets.length; concept++) {
      const bucket = buckets[concept];
      if (bucket.length === 0) continue;
      if (bucket.length > 1 && !sameLength(bucket)) bucket.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
      const stamp = base + concept + 1;
      for (const hit of bucket) {
        if (stamped(taken, hit.from, hit.to, stamp)) continue;
        taken.fill(stamp, hit.from, hit.to);
        kept.push(hit);
      }
      bucket.length = 0;
    }
    // In text order, then by concept (a stable counting sort by first word of the concept-ordered list).
    if (this.starts.length < words.length + 1) this.starts = new Int32Array(Math.max(words.length + 1, this.starts.length * 2));
    const starts = this.starts;
    starts.fill(0, 0, words.length + 1);
    for (const hit of kept) starts[hit.from + 1]++;
    for (let i = 0; i < words.length; i++) starts[i + 1] += starts[i];
    const out: Occurrence[] = new Array(kept.length);
    for (const hit of kept) out[starts[hit.from]++] = { concept: hit.end.concept, from: hit.from, to: hit.to, key: stemKey(words, hit.from, hit.to) };
    return out;
  }

  /** Whether an occurrence counts in its sentence: its polarity, a conditional around it, whose act it is. */
  private holds(occurrence: Occurrence, index: number, words: readonly Word[], sentenceOf: Int32Array, sentenceStarts: Int32Array, conditional: Int8Array, all: readonly Occurrence[]): boolean {
    const concept = this.concepts[occurrence.concept];
    const sentenceStart = sentenceStarts[sentenceOf[occurrence.from]];
    const mood = conditional[occurrence.from];
    if (concept.polarity !== 'negated' && !this.isActor[occurrence.concept] && notKnownBefore(words, occurrence.from, sentenceStart)) return false;
    if (concept.polarity === 'affirmed') {
      // An open conditional ("if there are concerns about drug use") asserts nothing about this family;
      // a past one ("if Father had been drinking") says it did not happen, unless the thing is what
      // someone would have known ("had the midwife known that Mother had relapsed").
      if (mood === OPEN) return false;
      if (mood === COUNTERFACTUAL && !factiveBefore(words, occurrence.from, sentenceStart, conditional)) return false;
      if (deniedAfter(words, occurrence.to, sentenceOf)) return false;
      if (cueBefore(words, occurrence.from, sentenceStart, EXISTENCE_DENIED, EXISTENCE_WINDOW, TRANSPARENT)) return false;
      // "no evidence that Child M had been exploited": a denial of what a that-clause says, when the term is its subject's verb or predicate.
      const that = complementThat(words, occurrence.from, sentenceStart);
      if (that >= 0 && cueBefore(words, that, sentenceStart, EXISTENCE_DENIED, EXISTENCE_WINDOW, TRANSPARENT)) return false;
      // "would not stop crying", "never stopped drinking": the negation denies the stopping, so the thing goes on.
      const stopped = occurrence.from > 0 && words[occurrence.from].continues && STOPPING.has(words[occurrence.from - 1].stem);
      if (!stopped && cueBefore(words, occurrence.from, sentenceStart, EXISTENCE_DENIED_NEAR, NEAR_WINDOW)) return false;
    } else if (concept.polarity === 'negated') {
      // "If the father had been assessed…" says that he was not.
      const denied = mood === COUNTERFACTUAL || cueBefore(words, occurrence.from, sentenceStart, ACT_DENIED, ACT_WINDOW) || cueAfter(words, occurrence.to, sentenceOf);
      if (!denied) return false;
    }
    const notOf = this.notOf[occurrence.concept];
    if (notOf.length > 0 && possessedFrom(words, occurrence.from, sentenceStart)) {
      const owner = this.sentenceSubject(index, all, words, sentenceOf);
      if (owner !== undefined && notOf.includes(owner)) return false;
    }
    const notAfter = this.notAfter[occurrence.concept];
    if (notAfter.length > 0) {
      const actor = this.subjectBefore(index, all, words, sentenceOf);
      if (actor !== undefined && notAfter.includes(actor)) return false;
    }
    return true;
  }

  /**
   * Who the clause of occurrence `index` is about: its first actor before the term ("the GP practice
   * did not attend…", "Mother would only speak to practitioners by text and did not keep…"). A
   * possessive actor directly followed by another gives way to it ("Child B's dad was anxious").
   */
  private subjectBefore(index: number, all: readonly Occurrence[], words: readonly Word[], sentenceOf: Int32Array): number | undefined {
    const occurrence = all[index];
    let clauseStart = occurrence.from;
    while (clauseStart > 0 && occurrence.from - clauseStart < SUBJECT_REACH && words[clauseStart].continues && sentenceOf[clauseStart - 1] === sentenceOf[occurrence.from] && !CLAUSE_BREAK.has(words[clauseStart - 1].stem)) clauseStart--;
    let first = index;
    while (first > 0 && all[first - 1].from >= clauseStart) first--;
    for (let i = first; i < index; i++) {
      const other = all[i];
      if (!this.isActor[other.concept] || other.to > occurrence.from) continue;
      const possessive = words[other.to - 1].possessive;
      const next = all.slice(i + 1, index).find((candidate) => this.isActor[candidate.concept] && candidate.from >= other.to);
      if (possessive && next && next.from === other.to && next.to <= occurrence.from) return next.concept;
      return other.concept;
    }
    return undefined;
  }

  /**
   * The subject of the sentence an occurrence is in: its first actor (a possessive actor directly
   * followed by another gives way to it: "Child B's father"). Whose "his" or "her" a term has.
   */
  private sentenceSubject(index: number, all: readonly Occurrence[], words: readonly Word[], sentenceOf: Int32Array): number | undefined {
    const sentence = sentenceOf[all[index].from];
    let first = index;
    while (first > 0 && sentenceOf[all[first - 1].from] === sentence) first--;
    for (let i = first; i < index; i++) {
      const other = all[i];
      if (!this.isActor[other.concept]) continue;
      const next = all.slice(i + 1, index).find((candidate) => this.isActor[candidate.concept] && candidate.from >= other.to);
      if (words[other.to - 1].possessive && next && next.from === other.to) return next.concept;
      return other.concept;
    }
    return undefined;
  }

  /**
   * Words of agencies listed in a sentence that names no one in the family ("Attendance at the
   * strategy meeting: children's social care, the police, the school nurse and child and adolescent
   * mental health services"): the list says who took part, so the words of its agencies count only
   * for actors. An item is an agency when it ends in an organisation noun or an agency concept's
   * term covers its end; "child and adolescent mental health services" is one item though "and"
   * splits it. Three items or more, two of them agencies. Undefined when no list qualifies.
   */
  /** Whether some sentence names two agencies (the cheap first look for listedAgencies). */
  private twoAgenciesInASentence(found: readonly { end: TermEnd; from: number; to: number }[], sentenceOf: Int32Array): boolean {
    let lastSentence = -1;
    for (const hit of found) {
      const concept = hit.end.concept;
      if (concept < 0 || hit.end.except || !this.isAgency[concept]) continue;
      const sentence = sentenceOf[hit.from];
      if (sentence === lastSentence) return true;
      lastSentence = sentence;
    }
    return false;
  }

  private listedAgencies(text: string, words: readonly Word[], sentenceOf: Int32Array, found: readonly { end: TermEnd; from: number; to: number }[], stands: (hit: { end: TermEnd; from: number; to: number }) => boolean): Uint8Array | undefined {
    // Per word where an agency's term ends, one more than where the longest such term starts; per
    // sentence, how many agencies it names (-1: it names someone in the family).
    let agencyEnds: Int32Array | undefined;
    let perSentence: Int32Array | undefined;
    for (const hit of found) {
      const concept = hit.end.concept;
      if (concept < 0 || hit.end.except || !(this.isAgency[concept] || this.isActor[concept]) || !stands(hit)) continue;
      perSentence ??= new Int32Array(sentenceOf[words.length - 1] + 1);
      const sentence = sentenceOf[hit.from];
      if (this.isAgency[concept]) {
        agencyEnds ??= new Int32Array(words.length);
        const at = hit.to - 1;
        if (agencyEnds[at] === 0 || hit.from + 1 < agencyEnds[at]) agencyEnds[at] = hit.from + 1;
        if (perSentence[sentence] >= 0) perSentence[sentence]++;
      } else perSentence[sentence] = -1;
    }
    if (!agencyEnds || !perSentence) return undefined;
    let out: Uint8Array | undefined;
    // An agency's name, not a clause: the term covers the item (one word before it may qualify it:
    // "the local police"), or a short run of words without a clause's words ends in an organisation noun.
    const isAgencyItem = (from: number, to: number) => {
      if (to <= from || to - from > 6) return false;
      const start = agencyEnds![to - 1];
      if (start > 0 && start - 1 <= from + 1) return true;
      if (!ORGANISATION.has(words[to - 1].stem)) return false;
      for (let i = from; i < to; i++) if (CLAUSE_WORDS.has(words[i].stem)) return false;
      return true;
    };
    for (let first = 0; first < words.length; ) {
      const sentence = sentenceOf[first];
      let end = first + 1;
      while (end < words.length && sentenceOf[end] === sentence) end++;
      if (perSentence[sentence] >= 2) {
        // Items between commas (and "and", "or"); "child" + "and" + "adolescent mental health services" is one.
        const items: { from: number; to: number }[] = [];
        let itemStart = first;
        let andBefore = false;
        const close = (at: number, and: boolean) => {
          if (at > itemStart) {
            const previous = items[items.length - 1];
            if (andBefore && previous && !isAgencyItem(previous.from, previous.to) && ORGANISATION.has(words[at - 1].stem)) previous.to = at;
            else items.push({ from: itemStart, to: at });
          }
          andBefore = and;
        };
        for (let i = first; i < end; i++) {
          if (i > first && !words[i].continues && separatedByComma(text, words[i - 1].end, words[i].start)) {
            close(i, false);
            itemStart = i;
          }
          const stem = words[i].stem;
          if (stem === 'and' || stem === 'or') {
            close(i, true);
            itemStart = i + 1;
          }
        }
        close(end, false);
        const agencies = items.filter((item) => isAgencyItem(item.from, item.to));
        if (items.length >= 3 && agencies.length >= 2) for (const item of agencies) (out ??= new Uint8Array(words.length)).fill(1, item.from, item.to);
      }
      first = end;
    }
    return out;
  }


  private evaluate(block: TextBlock, words: readonly Word[], spans: readonly SentenceSpan[], sentenceOf: Int32Array, counted: Occurrence[], offsetOf: (block: TextBlock, index: number) => number): Evidence[] {
    const sentenceCount = spans.length || 1;
    // `counted` is in text order: the occurrences of sentence s are counted[sentenceStart[s]] up to counted[sentenceStart[s + 1]].
    const sentenceStart = new Int32Array(sentenceCount + 1);
    for (const occurrence of counted) sentenceStart[Math.min(sentenceOf[occurrence.from], sentenceCount - 1) + 1]++;
    for (let sentence = 0; sentence < sentenceCount; sentence++) sentenceStart[sentence + 1] += sentenceStart[sentence];
    const out: Evidence[] = [];
    // The same words found again by another window (a rule spanning two sentences) are listed once.
    const seen = new Set<string>();
    const modelsWithEvidence = new Set<number>();
    const passages = new Map<number, string>();
    // Whether the block has whitespace that passages and phrases collapse (none: its slices are as they will be shown).
    let spacing: boolean | undefined;
    const collapse = () => (spacing ??= NOT_ONE_SPACE.test(block.text));
    const passageOf = (first: number, last: number) => {
      const id = first * 4 + (last - first);
      let passage = passages.get(id);
      if (passage === undefined) {
        passage = block.text.slice(spans[first]?.start ?? 0, spans[last]?.end ?? block.text.length);
        if (collapse()) passage = oneSpaced(passage);
        passage = passage.trim();
        if (passage.length > PASSAGE_LIMIT) passage = `${passage.slice(0, PASSAGE_LIMIT - 1)}…`;
        passages.set(id, passage);
      }
      return passage;
    };
    // Per rule, the sentence it was last a candidate for; per model, the sentence it last found evidence in (stamps unique across calls).
    if (this.sentenceBase > 0x7fffffff - 2 * (sentenceCount + 1)) {
      this.ruleStamp.fill(0);
      this.modelStamp.fill(0);
      this.sentenceBase = 0;
    }
    const ruleStamp = this.ruleStamp;
    const modelStamp = this.modelStamp;
    const stampBase = this.sentenceBase;
    this.sentenceBase += sentenceCount + 1;
    const perModel = new Map<number, number>();
    // The first near miss per model (one group missing), turned into an item only if the block has no evidence for it.
    const nearMisses = new Map<number, { rule: CompiledRule; chosen: Occurrence[][]; sentence: number; unmet: number }>();
    const conceptCount = this.concepts.length;
    for (let sentence = 0; sentence < sentenceCount; sentence++) {
      const first = sentenceStart[sentence];
      if (first === sentenceStart[sentence + 1]) continue;
      const stamp = stampBase + sentence + 1;
      const candidateRules: number[] = [];
      for (let ahead = 0; ahead < MAX_WITHIN && sentence + ahead < sentenceCount; ahead++) {
        for (let index = sentenceStart[sentence + ahead]; index < sentenceStart[sentence + ahead + 1]; index++) {
          for (const rule of this.rulesOf[counted[index].concept]) {
            if (ruleStamp[rule] === stamp || this.rules[rule].within <= ahead) continue;
            ruleStamp[rule] = stamp;
            candidateRules.push(rule);
          }
        }
      }
      if (candidateRules.length === 0) continue;
      sortNumbers(candidateRules);
      // Per window (this sentence and the next `span`): which concepts occur in it, then lazily its occurrences by concept.
      const windows: (Map<number, Occurrence[]> | undefined)[] = [];
      const marks = [0, 0, 0];
      for (const ruleIndex of candidateRules) {
        const rule = this.rules[ruleIndex];
        // One piece of evidence per theme and sentence: the first combination that holds.
        if (modelStamp[rule.model] === stamp) continue;
        const last = Math.min(sentenceCount - 1, sentence + rule.within - 1);
        const span = last - sentence;
        if (marks[span] === 0) marks[span] = this.markWindow(counted, first, sentenceStart[last + 1], span);
        const mark = marks[span];
        const present = this.windowMarks;
        const base = span * conceptCount;
        if (rule.none.some((concept) => present[base + concept] === mark)) continue;
        // A group none of whose concepts is in the window cannot be met: with two such, or one when no near miss can come of it, the rule yields nothing.
        let absent = 0;
        for (const group of rule.groups) if (!group.any.some((concept) => present[base + concept] === mark)) absent++;
        if (absent >= 2 || (absent === 1 && (rule.groups.length === 1 || nearMisses.has(rule.model)))) continue;
        const window = (windows[span] ??= byConcept(counted, first, sentenceStart[last + 1]));
        const chosen: Occurrence[][] = [];
        const used: Occurrence[] = [];
        let unmet = -1;
        let unmetCount = 0;
        for (let index = 0; index < rule.groups.length; index++) {
          const picked = pick(window, rule.groups[index], used);
          if (picked) {
            chosen.push(picked);
            used.push(...picked);
          } else {
            unmet = index;
            unmetCount++;
          }
        }
        if (unmetCount === 0) {
          modelStamp[rule.model] = stamp;
          // A rule of one concept ("a phrase listed for this theme") finds as many pieces of evidence as it has words in the sentence.
          const single = rule.groups.length === 1 && rule.groups[0].min === 1;
          const pieces = single ? counted.slice(first, sentenceStart[sentence + 1]).filter((occurrence) => rule.groups[0].any.includes(occurrence.concept)).map((occurrence) => [[occurrence]]) : [chosen];
          for (const piece of pieces) {
            if ((perModel.get(rule.model) ?? 0) >= PER_BLOCK) break;
            let identity = '';
            for (const group of piece) for (const occurrence of group) identity += `${identity === '' ? '' : ','}${occurrence.concept}@${occurrence.from}`;
            if (seen.has(identity)) continue;
            perModel.set(rule.model, (perModel.get(rule.model) ?? 0) + 1);
            seen.add(identity);
            const key = this.keyOf(rule.model, piece);
            modelsWithEvidence.add(rule.model);
            out.push(this.evidence(rule, piece, key, block, words, passageOf(sentence, last), offsetOf, collapse()));
          }
        } else if (unmetCount === 1 && rule.groups.length > 1 && !nearMisses.has(rule.model)) {
          nearMisses.set(rule.model, { rule, chosen, sentence, unmet });
        }
      }
    }
    for (const [model, near] of nearMisses) {
      if (modelsWithEvidence.has(model)) continue;
      const item = this.evidence(near.rule, near.chosen, '', block, words, passageOf(near.sentence, near.sentence), offsetOf, collapse());
      item.missing = [this.groupLabel(near.rule.groups[near.unmet])];
      out.push(item);
    }
    return out;
  }

  /** Marks the concepts of occurrences from..to in `windowMarks` (row `span`) with a new stamp, and returns it. */
  private markWindow(occurrences: readonly Occurrence[], from: number, to: number, span: number): number {
    if (this.windowStamp >= 0x7ffffff0) {
      this.windowMarks.fill(0);
      this.windowStamp = 0;
    }
    const stamp = ++this.windowStamp;
    const base = span * this.concepts.length;
    for (let index = from; index < to; index++) this.windowMarks[base + occurrences[index].concept] = stamp;
    return stamp;
  }

  /** The key that makes two pieces of evidence the same: the model and the stems of each concept's words. */
  private keyOf(model: number, chosen: Occurrence[][]): string {
    const parts: string[] = [];
    for (const group of chosen) for (const occurrence of group) parts.push(`${this.concepts[occurrence.concept].id}=${occurrence.key}`);
    return `${model}:${parts.sort().join('|')}`;
  }

  private evidence(rule: CompiledRule, chosen: Occurrence[][], key: string, block: TextBlock, words: readonly Word[], passage: string, offsetOf: (block: TextBlock, index: number) => number, collapse: boolean): Evidence {
    const text = block.text;
    const flat: Occurrence[] = [];
    for (const group of chosen) for (const occurrence of group) flat.push(occurrence);
    if (flat.length > 1) flat.sort((a, b) => a.from - b.from);
    const written = (occurrence: Occurrence) => {
      const slice = text.slice(words[occurrence.from].start, words[occurrence.to - 1].end);
      return collapse ? oneSpaced(slice) : slice;
    };
    const concepts: MatchedConcept[] = [];
    for (const group of chosen) {
      for (const occurrence of group) {
        const id = this.concepts[occurrence.concept].id;
        let entry = concepts.find((candidate) => candidate.id === id);
        if (!entry) {
          entry = { id, label: this.label(occurrence.concept), words: [] };
          concepts.push(entry);
        }
        const word = written(occurrence);
        if (!entry.words.includes(word)) entry.words.push(word);
      }
    }
    const start = words[flat[0].from].start;
    let end = 0;
    for (const occurrence of flat) end = Math.max(end, words[occurrence.to - 1].end);
    return {
      model: rule.model,
      phrase: flat.map(written).join(' + '),
      passage,
      concepts,
      key,
      start: offsetOf(block, start),
      end: offsetOf(block, end - 1) + 1,
    };
  }
}

/** Occurrences in the window that satisfy a group: the first one, or `min` with different words, none on words another group used. */
function pick(window: ReadonlyMap<number, Occurrence[]>, group: { any: number[]; min: number }, used: readonly Occurrence[]): Occurrence[] | undefined {
  let picked: Occurrence[] | undefined;
  for (const concept of group.any) {
    for (const occurrence of window.get(concept) ?? []) {
      // The same words cannot stand for two groups: "family support" is not also "support" offered.
      if (used.some((other) => other.from < occurrence.to && occurrence.from < other.to)) continue;
      if (picked?.some((other) => other.key === occurrence.key)) continue;
      (picked ??= []).push(occurrence);
      if (picked.length >= group.min) return picked;
    }
  }
  return undefined;
}

/** Occurrences from..to by concept, each list in text order. */
function byConcept(occurrences: readonly Occurrence[], from: number, to: number): Map<number, Occurrence[]> {
  const map = new Map<number, Occurrence[]>();
  for (let index = from; index < to; index++) {
    const occurrence = occurrences[index];
    const list = map.get(occurrence.concept);
    if (list) list.push(occurrence);
    else map.set(occurrence.concept, [occurrence]);
  }
  return map;
}

/** Whitespace that `replace(/\s+/g, ' ')` would change: anything but a single space. */
const NOT_ONE_SPACE = /[^\S ]| {2}/;

/** Runs of whitespace as one space (the text itself when it has none to collapse: no new string). */
function oneSpaced(text: string): string {
  return NOT_ONE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Sorts a short list of numbers in place, ascending (insertion sort: no comparator calls). */
function sortNumbers(list: number[]): void {
  for (let i = 1; i < list.length; i++) {
    const value = list[i];
    let j = i - 1;
    while (j >= 0 && list[j] > value) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = value;
  }
}

/** Whether any of the words [from, to) is marked. */
function marked(marks: Uint8Array | undefined, from: number, to: number): boolean {
  if (!marks) return false;
  for (let i = from; i < to; i++) if (marks[i] === 1) return true;
  return false;
}

/** Whether any of the words [from, to) carries `stamp`. */
function stamped(marks: Int32Array, from: number, to: number, stamp: number): boolean {
  for (let i = from; i < to; i++) if (marks[i] === stamp) return true;
  return false;
}

/** Whether the hits all span the same number of words (then text order is longest-first order). */
function sameLength(hits: readonly { from: number; to: number }[]): boolean {
  const length = hits[0].to - hits[0].from;
  for (let i = 1; i < hits.length; i++) if (hits[i].to - hits[i].from !== length) return false;
  return true;
}

function stemKey(words: readonly Word[], from: number, to: number): string {
  if (to - from === 1) return words[from].stem;
  let key = words[from].stem;
  for (let i = from + 1; i < to; i++) key += ` ${words[i].stem}`;
  return key;
}

/**
 * A sentence that points to another part of the report ("The voice of the child is set out in Part
 * 4", "… is considered in Section 6", "… drawn from the records in Appendix B") names a topic the way
 * a heading does, without discussing it: that part has its own evidence. A part is named with its
 * number or letter; "Section 47 enquiries" follows no such verb.
 */
const POINTER = /\b(?:set\s+out|described|discussed|summari[sz]ed|considered|explored|detailed|covered|addressed|drawn|presented|outlined|explained|analysed|analyzed)\s+(?:(?:more\s+)?fully\s+|further\s+|in\s+(?:more\s+)?detail\s+|later\s+)?(?:(?:from\s+)?(?:the\s+)?(?:records?|information|material|accounts?)\s+(?:described\s+|set\s+out\s+|held\s+)?)?(?:in|at|from|under|within)\s+(?:the\s+)?(?:[Pp]arts?|[Ss]ections?|[Aa]ppendix|[Aa]ppendices|[Cc]hapters?|[Pp]aragraphs?|[Aa]nnexe?)\s+(?:\d|[A-Z](?![\p{L}])|[IVX]+(?![\p{L}]))/u;

/** Indexes of the sentences of a block that only point to another part of the report (asked only when the block has a word naming a part); undefined when none does. */
function pointerSentences(text: string, spans: readonly SentenceSpan[]): Set<number> | undefined {
  if (!POINTER.test(text)) return undefined;
  const pointers = new Set<number>();
  spans.forEach((span, index) => {
    if (POINTER.test(text.slice(span.start, span.end))) pointers.add(index);
  });
  return pointers;
}

/** Sentence index of every word. */
function sentenceIndexes(spans: readonly SentenceSpan[], words: readonly Word[]): Int32Array {
  const out = new Int32Array(words.length);
  let sentence = 0;
  for (let i = 0; i < words.length; i++) {
    while (sentence < spans.length - 1 && words[i].start >= spans[sentence].end) sentence++;
    out[i] = sentence;
  }
  return out;
}

/** First word index of every sentence. */
function firstWords(sentenceOf: Int32Array): Int32Array {
  const count = sentenceOf.length > 0 ? sentenceOf[sentenceOf.length - 1] + 1 : 0;
  const out = new Int32Array(count);
  for (let i = sentenceOf.length - 1; i >= 0; i--) out[sentenceOf[i]] = i;
  return out;
}

/** Words that join conjuncts: a denial reaches over the one before ("no history of violence or controlling behaviour"). */
const COORDINATORS = stems(['or', 'nor', 'and']);
/** Words a conjunct a denial reaches over may not hold: past them the denial is of something else ("no screening for depression or drug use"). */
const PREPOSITIONS = stems(['for', 'with', 'to', 'in', 'on', 'by', 'from', 'into', 'at', 'after', 'before', 'during', 'without']);
/** How many words of a conjunct a denial reaches over. */
const CONJUNCT_WORDS = 3;

/** Whether a cue word comes shortly before `from` in the same clause. */
function cueBefore(words: readonly Word[], from: number, lower: number, cues: ReadonlySet<string>, window: number, through?: ReadonlySet<string>): boolean {
  let conjunct = 0;
  for (let j = from - 1, seen = 0; j >= lower && seen < window; j--, seen++) {
    if (!words[j + 1].continues) return false;
    const stem = words[j].stem;
    if (cues.has(stem)) {
      // "no one asked about his drinking" denies the asking, not the drinking.
      if (through && stem === 'no' && (words[j + 1].stem === 'one' || words[j + 1].stem === 'longer')) return false;
      return true;
    }
    if (CLAUSE_BREAK.has(stem)) return false;
    if (!through) continue;
    if (COORDINATORS.has(stem)) {
      conjunct = CONJUNCT_WORDS;
      window += CONJUNCT_WORDS;
      continue;
    }
    if (through.has(stem) || words[j].possessive) continue;
    // "Child P's mental health": the pseudonym before a possessive label is part of it.
    if (words[j + 1].possessive && /^\p{Lu}/u.test(words[j].raw)) continue;
    if (conjunct > 0 && !PREPOSITIONS.has(stem)) {
      conjunct--;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * Words a that-clause may open with before its verb: who it is about (a pronoun, a family member,
 * the child) and auxiliaries. "that Child M had been exploited", "that the father was violent", "that
 * she drank": the term comes at once. Anything else ("that the school knew about the drug use") makes
 * the clause about something else, and a denial of the clause does not deny the term.
 */
const COMPLEMENT_OPENING = stems(['he', 'she', 'they', 'it', 'him', 'her', 'his', 'their', 'child', 'baby', 'infant', 'young', 'person', 'mother', 'father', 'parent', 'parents', 'carer', 'carers', 'partner', 'family', 'had', 'has', 'have', 'been', 'being', 'be', 'was', 'were', 'is', 'are', 'would', 'could', 'might', 'may', 'ever', 'still']);
const COMPLEMENT_REACH = 5;
const THAT = phraseStem('that');

/**
 * The index of the "that" opening the clause whose verb or predicate the term at `from` is, or -1.
 * One other word may stand between: the clause's own verb ("that Mother drank alcohol"); a second
 * ("that the school knew about the drug use") makes the clause about something else.
 */
function complementThat(words: readonly Word[], from: number, lower: number): number {
  let others = 0;
  for (let j = from - 1; j >= lower && from - j <= COMPLEMENT_REACH; j--) {
    if (!words[j + 1].continues) return -1;
    const word = words[j];
    if (word.stem === THAT) return j;
    // A pseudonym's label ("M" of "Child M") or a possessive ("the mother's") belongs to the subject.
    if (!COMPLEMENT_OPENING.has(word.stem) && !word.possessive && !/^\p{Lu}{1,2}\d?$/u.test(word.raw) && ++others > 1) return -1;
  }
  return -1;
}

const KNOW = phraseStem('known');
const NOT = phraseStem('not');
/** Words between "not known to" and what was not known: "not known to have been exploited". */
const NOT_KNOWN_GAP = stems(['have', 'been', 'be', 'being', 'ever', 'any', 'previously']);

/**
 * "was not known to CAMHS", "was not known to have been exploited": the service was never involved,
 * the harm was never known of. (Who was not known to agencies is another matter: actors are not asked.)
 */
function notKnownBefore(words: readonly Word[], from: number, lower: number): boolean {
  // Most terms follow neither "to" nor a word between "to" and them: one comparison and one look-up.
  if (from - 3 < lower) return false;
  const previous = words[from - 1].stem;
  if (previous !== TO && !NOT_KNOWN_GAP.has(previous)) return false;
  let j = from - 1;
  while (j >= lower && from - j <= 4 && NOT_KNOWN_GAP.has(words[j].stem) && words[j + 1].continues) j--;
  return j - 2 >= lower && words[j].stem === TO && words[j - 1].stem === KNOW && words[j - 2].stem === NOT && words[j + 1].continues && words[j].continues && words[j - 1].continues;
}
const TO = phraseStem('to');

/** Verbs that take for granted what follows them: what someone would have known, been told or seen. */
const FACTIVE = stems(['known', 'know', 'knew', 'told', 'aware', 'realised', 'realized', 'recognised', 'recognized', 'seen', 'saw', 'shared', 'passed', 'informed', 'heard', 'learned', 'learnt', 'understood', 'noticed', 'sight']);

/** Whether a factive verb comes before `from` inside its counterfactual clause ("had the school known that police had been called …"). */
function factiveBefore(words: readonly Word[], from: number, lower: number, mood: Int8Array): boolean {
  for (let j = from - 1; j >= lower && mood[j] === COUNTERFACTUAL; j--) if (FACTIVE.has(words[j].stem)) return true;
  return false;
}

/** Predicates after a thing that deny it was there: "… was ruled out", "… was not a feature", "the assessment found nothing of concern". */
const DENIAL_AFTER_REACH = 6;
const RULE = phraseStem('ruled');
const OUT = phraseStem('out');
const NOT_THERE = stems(['feature', 'factor', 'present', 'substantiated', 'founded', 'evidenced', 'concern']);
const NOTHING = phraseStem('nothing');
const SHOWED = stems(['found', 'showed', 'revealed', 'identified', 'raised', 'disclosed']);

/** A past participle after "had" ("had the school known", "had the concern been passed on"). */
function participle(word: Word): boolean {
  const raw = word.raw.toLowerCase();
  return raw === 'been' || FACTIVE.has(word.stem) || ((raw.endsWith('ed') || raw.endsWith('en')) && raw.length > 3);
}
const UNFOUNDED = stems(['unfounded', 'unsubstantiated']);
/** Every word deniedAfter() looks at. */
const NO = phraseStem('no');
const AFTER_CUES = new Set([...CLAUSE_BREAK, RULE, NOTHING, NOT, NO, ...UNFOUNDED]);

function deniedAfter(words: readonly Word[], to: number, sentenceOf: Int32Array): boolean {
  const sentence = sentenceOf[to - 1];
  for (let j = to, seen = 0; j < words.length && seen < DENIAL_AFTER_REACH && sentenceOf[j] === sentence && words[j].continues; j++, seen++) {
    const stem = words[j].stem;
    // Most words are none of these: one look-up to pass them.
    if (!AFTER_CUES.has(stem)) continue;
    if (CLAUSE_BREAK.has(stem) && stem !== 'that') return false;
    if (stem === RULE && words[j + 1]?.stem === OUT) return true;
    if (UNFOUNDED.has(stem)) return true;
    if (stem === NOTHING && j > 0 && SHOWED.has(words[j - 1].stem)) return true;
    if ((stem === NOT || stem === NO) && j + 1 < words.length && sentenceOf[j + 1] === sentence) {
      const next = words[j + 1].stem;
      if (NOT_THERE.has(next) || (j + 2 < words.length && NOT_THERE.has(words[j + 2].stem) && sentenceOf[j + 2] === sentence)) return true;
    }
  }
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/** Whether the term at `from` is owned by a possessive pronoun: "his drinking", or a term that opens with one. */
function possessedFrom(words: readonly Word[], from: number, lower: number): boolean {
  if (POSSESSIVE_PRONOUNS.has(words[from].raw.toLowerCase())) return true;
  return from > lower && words[from].continues && POSSESSIVE_PRONOUNS.has(words[from - 1].raw.toLowerCase());
}

/** A negation after a noun, across auxiliaries only: "checks were not made", "he had never been seen". */
function cueAfter(words: readonly Word[], to: number, sentenceOf: Int32Array): boolean {
  for (let j = to, seen = 0; j < words.length && seen < 3 && sentenceOf[j] === sentenceOf[to - 1]; j++, seen++) {
    if (!words[j].continues) return false;
    const stem = words[j].stem;
    if (stem === 'not' || stem === 'never') return true;
    if (!AUXILIARY.has(stem)) return false;
  }
  return false;
}

const OPEN = 1;
const COUNTERFACTUAL = 2;

/**
 * The mood of every word: inside an open conditional ("if there are concerns…"), inside a past
 * counterfactual ("if the father had been assessed…", "had he been seen…"), or neither. A
 * conditional clause runs from "if"/"unless" (or a clause-initial "had … been") to the next
 * punctuation or the end of the sentence.
 */
const HAVE = phraseStem('had');

function conditionalWords(words: readonly Word[], sentenceOf: Int32Array): Int8Array {
  const mood = new Int8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const clauseStart = i === 0 || !words[i].continues || sentenceOf[i] !== sentenceOf[i - 1];
    const stem = words[i].stem;
    const opensIf = stem === IF || stem === UNLESS;
    // "Had the school known …", "had he been seen …": a clause that opens with "had" (not "had to") is a past counterfactual.
    const invertedHad = clauseStart && stem === HAVE && words[i].raw.length === 3 && words[i].raw.toLowerCase() === 'had' && i + 1 < words.length && words[i + 1].continues && words[i + 1].stem !== TO && words.slice(i + 1, i + 6).some(participle);
    if (!opensIf && !invertedHad) continue;
    let end = i + 1;
    while (end < words.length && words[end].continues && sentenceOf[end] === sentenceOf[i]) end++;
    const counterfactual = invertedHad || words.slice(i + 1, end).some((word) => word.raw.toLowerCase() === 'had');
    mood.fill(counterfactual ? COUNTERFACTUAL : OPEN, i, end);
    i = end - 1;
  }
  return mood;
}

function maskSpans(words: readonly Word[], spans: readonly [number, number][], blocked: Uint8Array): void {
  let next = 0;
  for (const [from, to] of spans) {
    while (next < words.length && words[next].start < from) next++;
    for (; next < words.length && words[next].end <= to; next++) blocked[next] = 1;
  }
}

/** Whether some sentence of the text has two commas: a list of three or more may be there. */
function twoCommasInASentence(text: string): boolean {
  for (let comma = text.indexOf(','); comma >= 0; ) {
    const next = text.indexOf(',', comma + 1);
    if (next < 0) return false;
    const stop = text.indexOf('.', comma + 1);
    if (stop < 0 || stop > next) return true;
    comma = next;
  }
  return false;
}

/** Whether a year follows word `index`, with at most a bracket between ("… Practitioners (2018)"); not after a month ("March 2023" is a date). */
function yearAfter(text: string, words: readonly Word[], index: number): boolean {
  const next = words[index + 1];
  if (next === undefined || next.raw.length !== 4 || !YEAR.test(next.raw) || MONTHS.has(words[index].stem)) return false;
  for (let at = words[index].end; at < next.start; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 40 && code !== 10) return false;
  }
  return true;
}

/** Whether a comma, semicolon or colon stands in text[from, to). */
function separatedByComma(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 59 || code === 58) return true;
  }
  return false;
}

/** Whether text[from, to) is a colon with white space around it. */
function onlyColon(text: string, from: number, to: number): boolean {
  let colons = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 58) colons++;
    else if (code !== 32 && code !== 10 && code !== 9 && code !== 13) return false;
  }
  return colons === 1;
}

/** Starts with a capital letter (a letter whose lower case differs). */
function capitalised(word: Word): boolean {
  const first = word.raw[0];
  return first !== first.toLowerCase();
}

/**
 * Words inside the name of an organisation are the name, not the subject of the sentence: "the
 * Westmere Drug and Alcohol Service took part in the review" says nothing about a parent's drinking.
 * A name is a run of capitalised words (with "and", "of", "for" inside) ending in an organisation
 * noun, or a short quotation of capitalised words (“Think Family”).
 */
function maskOrganisationNames(text: string, words: readonly Word[], blocked: Uint8Array): void {
  let runStart = -1;
  let lastCapital = -1;
  const close = () => {
    if (runStart >= 0 && lastCapital > runStart) {
      const end = words[lastCapital].stem;
      // A title: it ends in a title noun, or a year follows it ("Information Sharing: Advice for Practitioners (2018)").
      if (ORGANISATION.has(end) || TITLE.has(end) || yearAfter(text, words, lastCapital)) blocked.fill(1, runStart, lastCapital + 1);
    }
    runStart = -1;
    lastCapital = -1;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // A colon between capitalised words joins a title and its subtitle.
    const joined = i > 0 && (word.continues || (runStart >= 0 && lastCapital === i - 1 && capitalised(word) && onlyColon(text, words[i - 1].end, word.start)));
    if (capitalised(word)) {
      if (runStart < 0 || !joined) {
        close();
        runStart = i;
      }
      lastCapital = i;
    } else if (!(runStart >= 0 && joined && NAME_CONNECTORS.has(word.stem))) {
      close();
    }
  }
  close();
  if (!/[“"‘]/.test(text)) return;
  let next = 0;
  for (const [from, to] of quotedSpans(text)) {
    const inside: number[] = [];
    while (next < words.length && words[next].start < from) next++;
    for (let i = next; i < words.length && words[i].start < to; i++) inside.push(i);
    const content = inside.filter((i) => !NAME_CONNECTORS.has(words[i].stem));
    if (content.length >= 2 && content.length <= 6 && content.every((i) => capitalised(words[i]))) for (const i of inside) blocked[i] = 1;
  }
}
