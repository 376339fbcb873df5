// The one sentence splitter: abbreviations, initials, numbers and soft line breaks do not end a
// sentence; ".", "?", "!" and an ellipsis before a capital do.
import { describe, expect, it } from 'vitest';
import { sentencesOf, splitSentences } from '../../../src/engine/text/sentences';

describe('splitSentences', () => {
  it('ends at terminators but not after abbreviations, initials or inside numbers', () => {
    expect(sentencesOf('Dr. Smith saw Child A on 3.4.2023. She was fine. See para. 4.2 of the report, e.g. the plan. "Stop!" he said. Then J. Bloggs came… Next one? Yes.')).toEqual([
      'Dr. Smith saw Child A on 3.4.2023.',
      'She was fine.',
      'See para. 4.2 of the report, e.g. the plan.',
      '"Stop!" he said.',
      'Then J. Bloggs came…',
      'Next one?',
      'Yes.',
    ]);
  });

  it('keeps a sentence whole across a soft line break and gives trimmed offsets', () => {
    const text = '  The health visitor\nvisited twice. Mother said\nno more.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['The health visitor\nvisited twice.', 'Mother said\nno more.']);
  });

  it('treats text with no terminator as one sentence and empty text as none', () => {
    expect(sentencesOf('Recommendation 3: the partnership should audit')).toEqual(['Recommendation 3: the partnership should audit']);
    expect(sentencesOf('   ')).toEqual([]);
  });

  it('does not split a lower-case continuation after a full stop', () => {
    expect(sentencesOf('The plan (approx. three pages) was agreed etc. and then shared.')).toHaveLength(1);
  });
});
