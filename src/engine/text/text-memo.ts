// What a rule read from a text with a glossary, remembered by the text: a keystroke changes one block
// or recommendation, and the others are asked about again on every lint. Kept per glossary (a
// config's glossary changes what is read; a glossary no longer used is dropped with it) and bounded:
// when full it starts again empty, which costs one re-read of each text still in use.
import type { Glossary } from '../data/glossary';

export class TextMemo<Value> {
  private readonly byGlossary = new WeakMap<Glossary, Map<string, Value>>();

  constructor(private readonly maxTexts: number) {}

  get(text: string, glossary: Glossary, read: (text: string, glossary: Glossary) => Value): Value {
    let byText = this.byGlossary.get(glossary);
    if (!byText) this.byGlossary.set(glossary, (byText = new Map()));
    let value = byText.get(text);
    if (value === undefined) {
      value = read(text, glossary);
      if (byText.size >= this.maxTexts) byText.clear();
      byText.set(text, value);
    }
    return value;
  }
}
