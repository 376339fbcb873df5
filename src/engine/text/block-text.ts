// A block's words and sentences, computed once per block and shared by coverage and every rule that
// reads them: several rules used to tokenise and split the same paragraph again, each paying for it.
// Blocks are immutable and cached with their chunk, so a re-lint that keeps a chunk keeps these too.
import type { TextBlock } from '../parse/markdown';
import { splitSentences, type SentenceSpan } from './sentences';
import { tokenize, type Word } from './words';

const WORDS = new WeakMap<TextBlock, readonly Word[]>();
const SENTENCES = new WeakMap<TextBlock, readonly SentenceSpan[]>();

/** `tokenize(block.text)`, once per block. Callers must not mutate the result. */
export function blockWords(block: TextBlock): readonly Word[] {
  let words = WORDS.get(block);
  if (!words) WORDS.set(block, (words = tokenize(block.text)));
  return words;
}

/** `splitSentences(block.text)`, once per block. Callers must not mutate the result. */
export function blockSentences(block: TextBlock): readonly SentenceSpan[] {
  let spans = SENTENCES.get(block);
  if (!spans) SENTENCES.set(block, (spans = splitSentences(block.text)));
  return spans;
}
