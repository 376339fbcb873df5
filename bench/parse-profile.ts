// Where the parse and the document build spend their time: splitIntoChunks, parseChunk (micromark
// + the mdast build + our walk), countWords, and a DraftDocument built from a warm cache (what a
// keystroke re-lint redoes for unchanged chunks). Minimum CPU ms over the runs.
// Usage: node bench/profile-rules.mjs bench/parse-profile.ts [node flags --] [--words 200000] [--runs 5] [--profile FILE.cpuprofile]
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { splitIntoChunks } from '../src/engine/parse/chunks';
import { parseChunk } from '../src/engine/parse/markdown';
import { countWords } from '../src/engine/text/count';
import { ChunkCache, DraftDocument } from '../src/engine/document';
import { PRESET_TEMPLATES } from '../src/engine/templates/presets';
import { generateDraft } from './drafts';

const args = process.argv.slice(2);
const argOf = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const words = Number(argOf('--words', '200000'));
const runs = Number(argOf('--runs', '5'));
const profile = argOf('--profile', '');
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const samples = ['lcspr-complete.md', 'lcspr-gaps.md', 'lcspr-messy.md', 'rapid-review.md'].map((name) => readFileSync(path.join(process.cwd(), 'test/fixtures/samples', name), 'utf8'));
const text = generateDraft(samples, { words, seed: words, skeleton: 0, seen: new Set() });
const template = PRESET_TEMPLATES.lcspr;
const session = profile ? new Session() : undefined;
const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
}
const best = new Map<string, number>();
const note = (key: string, ms: number) => best.set(key, Math.min(best.get(key) ?? Infinity, ms));
for (let run = 0; run < runs; run++) {
  let start = cpu();
  const chunks = splitIntoChunks(text);
  note('splitIntoChunks', cpu() - start);
  start = cpu();
  const parsed = chunks.map((chunk) => parseChunk(chunk.text));
  note('parseChunk (all chunks)', cpu() - start);
  start = cpu();
  for (const chunk of parsed) for (const block of chunk.blocks) countWords(block.text, block.inQuote);
  note('countWords (all blocks)', cpu() - start);
  const cache = new ChunkCache();
  start = cpu();
  new DraftDocument(text, template, cache, cache.beginRun());
  note('DraftDocument cold', cpu() - start);
  start = cpu();
  new DraftDocument(text, template, cache, cache.beginRun());
  note('DraftDocument warm (all chunks cached)', cpu() - start);
}
if (session) {
  const { profile: result } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(profile, JSON.stringify(result));
}
console.log(`${words} words, ${text.length} chars, min of ${runs} runs (CPU ms)`);
for (const [key, ms] of best) console.log(`  ${key.padEnd(40)} ${ms.toFixed(1).padStart(8)}`);
