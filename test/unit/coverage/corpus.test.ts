// The labelled theme corpus (test/corpus/themes/): each passage is linted as the body of a findings
// section; a passage that addresses its theme must give that theme evidence, a passing mention must
// not. Prints precision and recall per theme and asserts the floors the model honestly reaches.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_THEMES, Linter } from '../../../src/engine/index';
import { crosscutting } from '../../corpus/themes/crosscutting';
import { national } from '../../corpus/themes/national';
import { spotlight } from '../../corpus/themes/spotlight';

const CORPUS = [...crosscutting, ...spotlight, ...national];
const linter = new Linter();

function evidenced(theme: string, passage: string): boolean {
  const coverage = linter.lint(`# Review\n\n## Findings\n\n${passage}\n`).coverage.find((entry) => entry.id === theme);
  if (!coverage) throw new Error(`no theme ${theme}`);
  return coverage.hits.length > 0;
}

describe('labelled theme corpus', () => {
  it('has at least 20 passages that address, and 10 that only mention, every built-in theme', () => {
    for (const theme of BUILT_IN_THEMES) {
      const entry = CORPUS.find((candidate) => candidate.theme === theme.id);
      expect(entry, theme.id).toBeDefined();
      expect(entry!.address.length, theme.id).toBeGreaterThanOrEqual(20);
      expect(entry!.passing.length, theme.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('recognises passages by meaning: precision and recall per theme', () => {
    const rows: { theme: string; precision: string; recall: string; missed: number; falseAlarms: number }[] = [];
    let right = 0;
    let total = 0;
    const failures: string[] = [];
    for (const { theme, address, passing } of CORPUS) {
      let truePositive = 0;
      let falsePositive = 0;
      for (const passage of address) {
        if (evidenced(theme, passage)) truePositive++;
        else failures.push(`${theme} missed: ${passage}`);
      }
      for (const passage of passing) {
        if (evidenced(theme, passage)) {
          falsePositive++;
          failures.push(`${theme} false alarm: ${passage}`);
        }
      }
      right += truePositive + passing.length - falsePositive;
      total += address.length + passing.length;
      const precision = truePositive + falsePositive === 0 ? 1 : truePositive / (truePositive + falsePositive);
      rows.push({ theme, precision: precision.toFixed(2), recall: (truePositive / address.length).toFixed(2), missed: address.length - truePositive, falseAlarms: falsePositive });
    }
    const accuracy = right / total;
    console.log(`Theme corpus: ${total} passages, ${(accuracy * 100).toFixed(1)}% judged right`);
    console.table(rows);
    if (process.env.CORPUS_FAILURES) console.log(failures.join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
