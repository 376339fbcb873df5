// Deterministic review drafts of any length, built from the sample drafts' own text, so the
// benchmark (and the incremental-lint test) run on realistic Markdown: front matter, numbered
// paragraphs, lists, tables, HTML reviewer notes, setext headings and fenced code, in the
// proportions real drafts have them. A long draft is a sample whose sections have grown: each keeps
// its own text and gains paragraphs drawn from every sample, grouped under period subheadings
// ("4.12 March to June 2021") the way long chronologies are organised. Same samples + same seed = same draft.

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count++;
  return count;
}

interface SourceSection {
  /** The heading's source lines (one for ATX, two for setext). */
  heading: string;
  depth: number;
  /** Body blocks as written, separated in the source by blank lines. */
  blocks: string[];
}

interface SourceDraft {
  /** Everything before the first heading: front matter, the problem-list comment, title lines. */
  preamble: string[];
  sections: SourceSection[];
  childName: string;
  words: number;
}

const CHILD_PSEUDONYM = /\b(?:Child|Baby|Young Person) [A-Z]{1,2}\b/g;
const LIST_LIKE_HEADING = /recommend|action|change|glossary|abbreviation|reference|terms of reference|sign-off|contents/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Splits a sample into blank-line-separated blocks grouped under their headings (fenced code and HTML comments kept whole). */
function readSource(text: string): SourceDraft {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const blocks: string[][] = [];
  let current: string[] = [];
  let fence: string | undefined;
  let inComment = false;
  const flush = () => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const line of lines) {
    if (fence === undefined && !inComment && line.trim() === '') {
      flush();
      continue;
    }
    current.push(line);
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && line.trim() === fenceMark) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (fenceMark) {
      fence = fenceMark;
    } else if (line.includes('<!--') && !line.slice(line.indexOf('<!--')).includes('-->')) {
      inComment = true;
    }
  }
  flush();

  const draft: SourceDraft = { preamble: [], sections: [], childName: mostCommonPseudonym(text), words: countWords(text) };
  const inFrontMatter = lines[0] === '---';
  for (const [index, block] of blocks.entries()) {
    const joined = block.join('\n');
    const atx = /^(#{1,6})[ \t]/.exec(block[0]);
    const setext = block.length === 2 && /^(?:=+|-+)[ \t]*$/.test(block[1]) && !(inFrontMatter && index === 0);
    if (atx && block.length === 1) {
      draft.sections.push({ heading: joined, depth: atx[1].length, blocks: [] });
    } else if (setext) {
      draft.sections.push({ heading: joined, depth: block[1].startsWith('=') ? 1 : 2, blocks: [] });
    } else if (atx) {
      // A heading with its first paragraph directly below it, no blank line between.
      draft.sections.push({ heading: block[0], depth: atx[1].length, blocks: [block.slice(1).join('\n')] });
    } else if (draft.sections.length === 0) {
      draft.preamble.push(joined);
    } else {
      draft.sections[draft.sections.length - 1].blocks.push(joined);
    }
  }
  return draft;
}

function mostCommonPseudonym(text: string): string {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(CHILD_PSEUDONYM)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  let best = 'Child A';
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}

/**
 * No section grows past this share of the draft: grown in plain proportion, the sample's longest
 * section (its lived-experience account) became a third of a 200k-word draft, which no review has.
 */
const MAX_SECTION_SHARE = 0.15;

/** Splits `total` in proportion to `weights`, no part above `cap`; what a capped part cannot take goes to the others. */
function shareOut(total: number, weights: number[], cap: number): number[] {
  const shares = weights.map(() => 0);
  let open = weights.map((weight, index) => (weight > 0 ? index : -1)).filter((index) => index >= 0);
  let left = total;
  while (left > 0 && open.length > 0) {
    const weightSum = open.reduce((sum, index) => sum + weights[index], 0);
    const stillOpen: number[] = [];
    let given = 0;
    for (const index of open) {
      const share = Math.min(cap - shares[index], Math.round((left * weights[index]) / weightSum));
      shares[index] += share;
      given += share;
      if (shares[index] < cap) stillOpen.push(index);
    }
    left -= given;
    if (given === 0 || stillOpen.length === open.length) break;
    open = stillOpen;
  }
  // A draft with few sections to grow reaches its length anyway, past the cap.
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (left > 0 && weightSum > 0) weights.forEach((weight, index) => (shares[index] += Math.round((left * weight) / weightSum)));
  return shares;
}

interface PoolBlock {
  text: string;
  childName: string;
}

/**
 * A drawn block, reworded just enough that no two generated paragraphs are identical (the engine
 * caches parsed text, so repeats would flatter it): sentences rotated, the child renamed to the
 * draft's own pseudonym, a leading paragraph number replaced by the running one.
 */
function varyBlock(block: PoolBlock, childName: string, paragraphNumber: string, random: () => number): string {
  let text = block.text.replace(CHILD_PSEUDONYM, (name) => (name === block.childName ? childName : name));
  const isProse = !/^(?:\s*[-*+|>]|\s*\d+[.)]\s|\s*<!--|\s*```|\s*~~~)/.test(text);
  if (!isProse) return text;
  const numbered = /^\d+(?:\.\d+)+\s+/.exec(text);
  if (numbered) text = text.slice(numbered[0].length);
  const sentences = text.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z"“])/);
  if (sentences.length > 1) {
    const rotateBy = Math.floor(random() * sentences.length);
    text = [...sentences.slice(rotateBy), ...sentences.slice(0, rotateBy)].join(' ');
  }
  return numbered ? `${paragraphNumber} ${text}` : text;
}

export interface GenerateOptions {
  /** Approximate length of the draft in words (whitespace-separated tokens, markup included). */
  words: number;
  seed: number;
  /** Index of the sample whose structure the draft keeps; by default one chosen by the seed. */
  skeleton?: number;
  /**
   * Blocks already written (by this draft or by earlier drafts given the same set). When given,
   * every block of the draft, the skeleton's own included, is made different from all of them (see
   * `makeUnique`) and added: a draft, or a folder of drafts, with no repeated paragraph, list or
   * table, so that no chunk and no block-level memo of the engine is ever reused. Without it the
   * draft is as before (sentences rotated, which repeats once a long draft has drawn a block as
   * many times as it has sentences).
   */
  seen?: Set<string>;
}

/** A draft of about `words` words, built from the given sample texts. */
export function generateDraft(samples: readonly string[], { words, seed, skeleton: skeletonIndex, seen }: GenerateOptions): string {
  const random = seededRandom(seed);
  const sources = samples.map(readSource);
  const pool: PoolBlock[] = [];
  for (const source of sources) {
    for (const section of source.sections) for (const text of section.blocks) pool.push({ text, childName: source.childName });
  }
  const chosen = Math.floor(random() * sources.length);
  const skeleton = sources[skeletonIndex ?? chosen];
  const extraWords = Math.max(0, words - skeleton.words);
  // Long drafts grow where real ones do: in the narrative sections that already have the most to
  // say. Recommendations, actions, glossaries and references stay list-sized in a long review.
  const bodyWords = skeleton.sections.map((section) => countWords(section.blocks.join('\n')));
  const growable = bodyWords.map((count, index) => (count >= 40 && !LIST_LIKE_HEADING.test(skeleton.sections[index].heading) ? count : 0));
  const quotas = shareOut(extraWords, growable, MAX_SECTION_SHARE * words);

  // Unique drafts draw from their own sequence, so the default drafts stay exactly as they were.
  const uniqueRandom = seededRandom(seed ^ 0x5bd1e995);
  const unique = (block: string) => (seen ? makeUnique(block, seen, uniqueRandom) : block);
  const out: string[] = skeleton.preamble.map(unique);
  let period = 0;
  skeleton.sections.forEach((section, sectionIndex) => {
    out.push(section.heading, ...section.blocks.map(unique));
    let quota = quotas[sectionIndex];
    let paragraph = 0;
    let untilSubheading = 0;
    const subDepth = Math.min(6, section.depth + 1);
    while (quota > 0) {
      if (untilSubheading === 0) {
        // Long narrative sections are divided by period, as chronologies are; a period names no
        // template section, so the draft's section structure stays the skeleton's.
        period++;
        const from = MONTHS[Math.floor(random() * 12)];
        const to = MONTHS[Math.floor(random() * 12)];
        out.push(`${'#'.repeat(subDepth)} ${sectionIndex + 1}.${period} ${from} to ${to} ${2015 + (period % 10)}`);
        untilSubheading = 3 + Math.floor(random() * 6);
      }
      paragraph++;
      const block = unique(varyBlock(pool[Math.floor(random() * pool.length)], skeleton.childName, `${sectionIndex + 1}.${paragraph}`, random));
      out.push(block);
      quota -= countWords(block);
      untilSubheading--;
    }
  });
  return out.join('\n\n') + '\n';
}

const DAYS = 28;
const AGENCIES = ['the school nurse', 'the health visitor', 'the GP', 'the social worker', 'the designated safeguarding lead', 'the family support worker', 'the police officer', 'the midwife', 'the early help practitioner', 'the housing officer', 'the youth worker', 'the paediatrician'];
const EVENTS = ['recorded a home visit', 'made a referral to children’s social care', 'spoke with the mother by telephone', 'noted that the children were not brought to an appointment', 'shared information with the school', 'attended a core group meeting', 'completed a case note', 'discussed the family in supervision', 'wrote to the family', 'saw the children at home', 'updated the chronology', 'asked the father about his contact'];

/**
 * The block, changed just enough that `seen` does not hold it yet, and added to `seen`. In a
 * repeated block one sentence is replaced by a dated one (a paragraph of several sentences), or it
 * gains one as a sentence (a one-sentence paragraph or quote), item (a list), row (a table) or line
 * (a comment), drawn until the result is new: 28 days × 12 months × 10 years × 12 practitioners ×
 * 12 events is 480k sentences, and a 200k-word draft or 1,000 drafts need a few thousand.
 * Fenced code is left as it is (no rule reads it).
 */
function makeUnique(block: string, seen: Set<string>, random: () => number): string {
  let text = block;
  for (let attempt = 0; seen.has(text) && !/^\s*(?:```|~~~)/.test(block); attempt++) {
    const sentence = `On ${1 + Math.floor(random() * DAYS)} ${MONTHS[Math.floor(random() * 12)]} ${2014 + Math.floor(random() * 10)} ${AGENCIES[Math.floor(random() * AGENCIES.length)]} ${EVENTS[Math.floor(random() * EVENTS.length)]}.`;
    const lines = block.split('\n');
    const last = lines[lines.length - 1];
    const ordered = /^(\s*)(\d+)([.)])\s/.exec([...lines].reverse().find((line) => /^\s*\d+[.)]\s/.test(line)) ?? '');
    if (/^\s*\|/.test(block)) {
      const cells = Math.max(1, (lines[0].match(/\|/g)?.length ?? 2) - 1);
      const row = [sentence, ...Array.from({ length: cells - 1 }, () => AGENCIES[Math.floor(random() * AGENCIES.length)])];
      text = `${block}\n| ${row.join(' | ')} |`;
    } else if (/^\s*[-*+]\s/.test(block)) text = `${block}\n${/^\s*[-*+]/.exec(block)![0]} ${sentence}`;
    else if (ordered) text = `${block}\n${ordered[1]}${Number(ordered[2]) + 1}${ordered[3]} ${sentence}`;
    else if (/^\s*>/.test(block)) text = `${block}\n> ${sentence}`;
    else if (/-->\s*$/.test(last)) text = `${lines.slice(0, -1).join('\n')}${lines.length > 1 ? '\n' : ''}${last.replace(/-->\s*$/, '')}\n${sentence}\n-->`;
    else {
      // Prose: one sentence gives way to the new one, so the draft keeps about the length asked for
      // (every block of a skeleton repeats in a folder of drafts built on it).
      const sentences = block.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z"“])/);
      if (sentences.length > 1) {
        sentences[Math.floor(random() * sentences.length)] = sentence;
        text = sentences.join(' ');
      } else text = `${block} ${sentence}`;
    }
    if (attempt > 1000) throw new Error('makeUnique: no new variant found');
  }
  seen.add(text);
  return text;
}

/**
 * Repeated blocks and repeated chunks in drafts, to check that unique drafts are. Blocks are
 * blank-line separated text; headings, fenced code, front matter and HTML comments are left out
 * (a comment or front matter with a blank line inside is split here: its first part is the
 * sample's own, its last may be only the sentence that made it unique; the whole is unique, which
 * the chunk count shows).
 */
export function repeatsIn(texts: readonly string[], chunk: (text: string) => string[]): { blocks: number; repeatedBlocks: number; chunks: number; repeatedChunks: number } {
  const blocks = new Map<string, number>();
  const chunks = new Map<string, number>();
  for (const text of texts) {
    for (const block of text.split(/\n{2,}/)) {
      // Headings, fences, comments and front matter, and the last part of a comment split by a blank line.
      if (block.trim() === '' || /^(?:#{1,6} |```|~~~|<!--|---)/.test(block) || /^\S.*\n(?:=+|-+)$/.test(block) || (/-->\s*$/.test(block) && !block.includes('<!--'))) continue;
      blocks.set(block, (blocks.get(block) ?? 0) + 1);
    }
    // A chunk that is a heading alone ("## Recommendations" just before its first subheading) is a name, not text.
    for (const piece of chunk(text)) if (piece.trim().includes('\n')) chunks.set(piece, (chunks.get(piece) ?? 0) + 1);
  }
  const repeated = (map: Map<string, number>) => [...map.values()].filter((count) => count > 1).length;
  return { blocks: blocks.size, repeatedBlocks: repeated(blocks), chunks: chunks.size, repeatedChunks: repeated(chunks) };
}
