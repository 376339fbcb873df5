// One worker of `npm run fuzz` (scripts/fuzz.mjs bundles and forks it). Case `i` is generated from
// seed + i, so any case the run reports can be replayed alone: `npm run fuzz -- --seed S --from I --cases 1`.
// Before each case the worker tells the parent which case it starts, so a case that hangs is
// named by the parent when it kills the worker.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Linter, PRESET_TEMPLATES } from '../../../src/engine/index';
import { applyEdit, checkDraft, damagedSample, describeInput, editSequence, hostileDraft, observable } from './hostile';

interface Job {
  seed: number;
  from: number;
  to: number;
  samplesDir: string;
}

type Kind = 'random draft' | 'random draft, template' | 'damaged sample' | 'warm linter after edits';

const send = (message: unknown) => process.send!(message);

process.on('message', (job: Job) => {
  const samples = readdirSync(job.samplesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(path.join(job.samplesDir, name), 'utf8'));
  const damaged = damagedSample(samples);
  const warmCase = fc.tuple(fc.oneof(hostileDraft, damaged), editSequence);
  const templates = Object.keys(PRESET_TEMPLATES);
  const linter = new Linter();
  const byTemplate = new Map(templates.map((template) => [template, new Linter({ template })]));
  for (let index = job.from; index < job.to; index++) {
    send({ type: 'start', index });
    const seed = job.seed + index;
    // Most cases are random drafts; the rest cover the presets, damaged samples and warm edits.
    const roll = index % 20;
    const kind: Kind = roll < 12 ? 'random draft' : roll < 14 ? 'random draft, template' : roll < 17 ? 'damaged sample' : 'warm linter after edits';
    const started = performance.now();
    let problems: string[] = [];
    let input = '';
    let bytes = 0;
    if (kind === 'warm linter after edits') {
      const [start, edits] = fc.sample(warmCase, { seed, numRuns: 1 })[0];
      const warm = new Linter();
      let text = start;
      warm.lint(text);
      for (const edit of edits) {
        text = applyEdit(text, edit);
        bytes += text.length;
        problems = checkDraft(warm, text);
        if (problems.length === 0 && observable(warm.lint(text)) !== observable(new Linter().lint(text))) problems = ['a warm Linter reported differently from a cold one'];
        if (problems.length > 0) break;
      }
      input = text;
    } else {
      input = fc.sample(kind === 'damaged sample' ? damaged : hostileDraft, { seed, numRuns: 1 })[0];
      bytes = input.length;
      const template = templates[index % templates.length];
      problems = checkDraft(kind === 'random draft, template' ? byTemplate.get(template)! : linter, input, { fixes: true });
    }
    const ms = performance.now() - started;
    send({ type: 'done', index, kind, ms, bytes, problems, input: problems.length > 0 ? describeInput(input) : undefined });
  }
  send({ type: 'finished' });
});
