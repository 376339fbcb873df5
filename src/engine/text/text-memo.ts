// What the engine read from a text or a word, remembered by that text: drafts repeat their words, and
// a keystroke changes one block or recommendation while the others are asked about again on every
// lint. Bounded: when full it starts again empty, which costs one re-read of each text still in use
// and, unlike dropping the oldest entry, no bookkeeping on a hit.
import type { Glossary } from '../data/glossary';

/** A map that holds at most `maxEntries`: setting a key (one it did not find) in a full map empties it first. */
export class BoundedMap<Key, Value> {
  private readonly entries = new Map<Key, Value>();

  constructor(private readonly maxEntries: number) {}

  get(key: Key): Value | undefined {
    return this.entries.get(key);
  }

  set(key: Key, value: Value): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, value);
  }
}

/**
 * What a rule read from a text with a glossary. Kept per glossary (a config's glossary changes what
 * is read; a glossary no longer used is dropped with it), each bounded.
 */
export class TextMemo<Value> {
  private readonly byGlossary = new WeakMap<Glossary, BoundedMap<string, Value>>();

  constructor(private readonly maxTexts: number) {}

  get(text: string, glossary: Glossary, read: (text: string, glossary: Glossary) => Value): Value {
    let byText = this.byGlossary.get(glossary);
    if (!byText) this.byGlossary.set(glossary, (byText = new BoundedMap(this.maxTexts)));
    let value = byText.get(text);
    if (value === undefined) {
      value = read(text, glossary);
      byText.set(text, value);
    }
    return value;
  }
}
