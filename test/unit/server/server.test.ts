// The language server as an editor meets it: `node dist/cli.js lsp --stdio` spawned and driven over
// JSON-RPC with a real client. One server per file, the steps in the order an author works.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, MarkupContent, WorkspaceEdit } from 'vscode-languageserver';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { buildCliOnce, samplesDir } from '../cli/build-cli';
import { LspClient } from './lsp-client';
import { RULES } from '../../../src/engine/index';
import { FIRST_PASS_CATEGORIES } from '../../../src/server/first-pass';

let dir: string;
let client: LspClient;
let draftUri: string;
const configPath = () => path.join(dir, '.cspr-lint.json');
const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;

const CONFIG = { extends: 'cspr-lint:lcspr', allowNames: ['Kiera Stone'], glossary: { PRU: 'Pupil Referral Unit' } };

function writeConfig(config: unknown): void {
  writeFileSync(configPath(), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
}

async function configChanged(): Promise<void> {
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath()).href, type: 2 }] });
}

const messageOf = (diagnostic: Diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
const rules = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => String(diagnostic.code));

function editsOf(edit: WorkspaceEdit | undefined | null, uri: string) {
  return edit?.changes?.[uri] ?? [];
}

beforeAll(async () => {
  buildCliOnce();
  dir = mkdtempSync(path.join(os.tmpdir(), 'cspr-lsp-'));
  writeConfig(CONFIG);
  client = await LspClient.start(dir, { csprLint: { debounceMs: 20 } });
  draftUri = uriOf('review.md');
  writeFileSync(path.join(dir, 'review.md'), readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8'));
  await client.open(draftUri, readFileSync(path.join(dir, 'review.md'), 'utf8'));
}, 120_000);

afterAll(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('language server', { timeout: 60_000 }, () => {
  it('publishes diagnostics with rule ids, rule links and mapped severities', async () => {
    const diagnostics = await client.waitForDiagnostics(draftUri, (list) => list.length > 0);
    const ids = rules(diagnostics);
    expect(ids).toEqual(expect.arrayContaining(['required-section', 'identifying-detail', 'undefined-acronym', 'blame-language']));
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('cspr-lint');
      expect(diagnostic.codeDescription?.href).toBe(`https://github.com/cspr-lint/cspr-lint/blob/main/docs/rules/${diagnostic.code}.md`);
    }
    expect(diagnostics.find((d) => d.code === 'identifying-detail')?.severity).toBe(1);
    expect(diagnostics.find((d) => d.code === 'undefined-acronym')?.severity).toBe(2);
    expect(diagnostics.find((d) => d.code === 'blame-language')?.severity).toBe(3);
    // The config's glossary defines PRU: no finding for it.
    expect(diagnostics.some((d) => d.code === 'undefined-acronym' && messageOf(d).includes('PRU'))).toBe(false);
  });

  it('offers a suggestion and disable comments as quick fixes, and applying one removes the finding', async () => {
    const diagnostics = await client.waitForDiagnostics(draftUri);
    const camhs = diagnostics.find((d) => d.code === 'undefined-acronym' && messageOf(d).includes('CAMHS'))!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: camhs.range,
      context: { diagnostics: [camhs] },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    expect(titles).toContain('Disable undefined-acronym for this line');
    expect(titles).toContain('Disable undefined-acronym for this file');
    const spellOut = actions.find((action) => action.kind === 'quickfix' && editsOf(action.edit, draftUri).some((edit) => edit.newText.includes('Child and Adolescent Mental Health Services')));
    expect(spellOut, titles.join(' | ')).toBeDefined();
    await client.edit(draftUri, editsOf(spellOut!.edit, draftUri));
    const after = await client.waitForDiagnostics(draftUri);
    expect(after.some((d) => d.code === 'undefined-acronym' && messageOf(d).includes('CAMHS'))).toBe(false);
    expect(client.text(draftUri)).toContain('Child and Adolescent Mental Health Services (CAMHS)');
  });

  it('fix-all is a source action with the safe fixes only', async () => {
    await client.waitForDiagnostics(draftUri);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.every((action) => action.kind === 'source.fixAll.cspr-lint')).toBe(true);
    // Plain quick fixes never come back when only a source action is asked for.
    expect(actions.some((action) => action.kind === 'quickfix')).toBe(false);
  });

  it('hover explains acronyms (built-in and config glossary), findings with their rule link, and theme evidence', async () => {
    await client.waitForDiagnostics(draftUri);
    const hoverAt = async (needle: string, shift = 1) => {
      const position = client.positionOf(draftUri, needle);
      const result = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: draftUri },
        position: { line: position.line, character: position.character + shift },
      })) as Hover | null;
      return result ? (result.contents as MarkupContent).value : '';
    };
    expect(await hoverAt('TAF')).toContain('Team Around the Family');
    const pru = await hoverAt('PRU');
    expect(pru).toContain('Pupil Referral Unit');
    expect(pru).toContain('glossary in .cspr-lint.json');
    const name = await hoverAt('Jayden Marsh-Okafor, as he');
    expect(name).toContain('[identifying-detail](https://github.com/cspr-lint/cspr-lint/blob/main/docs/rules/identifying-detail.md)');
    const state = (await client.connection.sendRequest('csprLint/documentState', { uri: draftUri })) as { coverage: { label: string; hits: { line: number; column: number }[] }[] };
    const theme = state.coverage.find((entry) => entry.hits.length > 0)!;
    const hit = theme.hits[0];
    const evidence = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: { line: hit.line - 1, character: hit.column },
    })) as Hover;
    expect((evidence.contents as MarkupContent).value).toContain(`Evidence for the national theme **${theme.label}**`);
  });

  it("hover reads the draft's own glossary section before the built-in list", async () => {
    const uri = uriOf('glossary.md');
    const text = [
      '---',
      'cspr-template: lcspr',
      '---',
      '',
      '# Review',
      '',
      'Child K was seen by the ED team and the SALT service.',
      '',
      '## Glossary',
      '',
      '| Term | Meaning |',
      '|---|---|',
      '| ED | Education Department |',
      '',
      '- SALT – Speech and Language Therapy team (community)',
      '',
    ].join('\n');
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const hoverAt = async (line: number, character: number) =>
      (((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover).contents as MarkupContent).value;
    expect(await hoverAt(6, 'Child K was seen by the E'.length)).toContain("Education Department (this draft's glossary)");
    expect(await hoverAt(6, 'Child K was seen by the ED team and the SA'.length)).toContain('Speech and Language Therapy team (community)');
    await client.close(uri);
  });

  it('documentState gives the panel its checklist, coverage and counts', async () => {
    const diagnostics = await client.waitForDiagnostics(draftUri);
    const state = (await client.connection.sendRequest('csprLint/documentState', { uri: draftUri })) as {
      template: { id: string };
      sections: { id: string; status: string }[];
      counts: { errors: number; warnings: number; infos: number; missingRequired: number; themes: number };
      panel: { file: string; summary: string; sections: unknown[] };
    };
    expect(state.template.id).toBe('lcspr');
    expect(state.sections.find((section) => section.id === 'voice-of-child')?.status).toBe('missing');
    expect(state.counts.errors + state.counts.warnings + state.counts.infos).toBe(diagnostics.length);
    expect(state.counts.missingRequired).toBeGreaterThan(0);
    expect(state.counts.themes).toBeGreaterThan(10);
    expect(state.panel.file).toBe('review.md');
    expect(state.panel.sections).toEqual(state.sections);
    expect(state.panel.summary).toMatch(/required sections? missing/);
    expect(await client.connection.sendRequest('csprLint/documentState', { uri: uriOf('not-open.md') })).toBeNull();
    const html = (await client.connection.sendRequest('csprLint/coverageReport', { uri: draftUri, format: 'html', filePath: 'reviews/review.md' })) as { content: string };
    expect(html.content).toContain('reviews/review.md');
    expect(html.content).toMatch(/^<!DOCTYPE html>/i);
    const markdown = (await client.connection.sendRequest('csprLint/coverageReport', { uri: draftUri, format: 'markdown' })) as { content: string };
    expect(markdown.content).toMatch(/^# Coverage report/);
  });

  it('documentState leaves out the panel view and the theme hits a client says it can do without', async () => {
    await client.waitForDiagnostics(draftUri);
    type State = { counts: unknown; sections: unknown; coverage: { id: string; hitCount: number; hits: unknown[] }[]; panel?: unknown };
    const full = (await client.connection.sendRequest('csprLint/documentState', { uri: draftUri })) as State;
    const small = (await client.connection.sendRequest('csprLint/documentState', { uri: draftUri, omit: ['panel', 'coverageHits'] })) as State;
    expect(full.panel).toBeDefined();
    expect(full.coverage.some((theme) => theme.hits.length > 0)).toBe(true);
    expect(small.panel).toBeUndefined();
    expect(small.coverage.every((theme) => theme.hits.length === 0)).toBe(true);
    // What the status bar and commands read is all there, the same.
    expect(small.counts).toEqual(full.counts);
    expect(small.sections).toEqual(full.sections);
    expect(small.coverage.map((theme) => [theme.id, theme.hitCount])).toEqual(full.coverage.map((theme) => [theme.id, theme.hitCount]));
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(full).length / 2);
    // Only the parts it knows are left out; anything else is ignored.
    const odd = (await client.connection.sendRequest('csprLint/documentState', { uri: draftUri, omit: 'panel' })) as State;
    expect(odd.panel).toBeDefined();
    const onlyPanel = (await client.connection.sendRequest('csprLint/documentState', { uri: draftUri, omit: ['panel', 'counts'] })) as State;
    expect(onlyPanel.panel).toBeUndefined();
    expect(onlyPanel.counts).toEqual(full.counts);
  });

  it('documentState tells a client the config, what fix-all would do and the missing sections with their skeletons', async () => {
    await client.waitForDiagnostics(draftUri);
    const state = (await client.connection.sendRequest('csprLint/documentState', { uri: draftUri })) as {
      config: { uri?: string; valid: boolean; allowNames: string[] };
      fixAll: { applicable: number; conflict: boolean };
      missingSections: { id: string; title: string; required: boolean; skeleton?: string }[];
      sections: { id: string; status: string }[];
    };
    expect(state.config).toEqual({ uri: pathToFileURL(configPath()).href, valid: true, allowNames: ['Kiera Stone'] });
    expect(state.fixAll.conflict).toBe(false);
    expect(state.fixAll.applicable).toBeGreaterThanOrEqual(0);
    expect(state.missingSections.map((section) => section.id)).toEqual(state.sections.filter((section) => section.status === 'missing').map((section) => section.id));
    const voice = state.missingSections.find((section) => section.id === 'voice-of-child')!;
    expect(voice.required).toBe(true);
    expect(voice.skeleton).toMatch(/\[/);
  });

  it('a disable comment without a reason is a suppression-reason warning on its line', async () => {
    const uri = uriOf('suppressed.md');
    const text = ['---', 'cspr-template: lcspr', '---', '', '# Review', '', '<!-- cspr-lint-disable-next-line identifying-detail -->', 'Child K lives with Kerry Lawson.', ''].join('\n');
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'suppression-reason'));
    const warning = diagnostics.find((d) => d.code === 'suppression-reason')!;
    expect(warning.severity).toBe(2);
    expect(warning.range.start).toEqual({ line: 6, character: 0 });
    expect(warning.range.end.character).toBe('<!-- cspr-lint-disable-next-line identifying-detail -->'.length);
    expect(diagnostics.some((d) => d.code === 'identifying-detail')).toBe(false);
    await client.close(uri);
  });

  it('a name finding carries its name as data, and a disable action says what it disables', async () => {
    const diagnostics = await client.waitForDiagnostics(draftUri);
    const name = diagnostics.find((d) => d.code === 'identifying-detail' && (d.data as { kind?: string } | undefined)?.kind === 'name')!;
    expect((name.data as { name?: string }).name).toMatch(/Jayden/);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: draftUri }, range: name.range, context: { diagnostics: [name] } })) as CodeAction[];
    const disable = actions.find((action) => action.title === 'Disable identifying-detail for this line')!;
    expect(disable.data).toEqual({ disable: { ruleId: 'identifying-detail', scope: 'line', line: name.range.start.line } });
  });

  it('draftSummary lints the saved file for a portfolio; briefing and templates answer for the VS Code commands', async () => {
    await client.waitForDiagnostics(draftUri);
    const summary = (await client.connection.sendRequest('csprLint/draftSummary', { uri: draftUri, filePath: 'reviews/review.md' })) as {
      summary: { draft: { filePath: string; template: string; themes: Record<string, string> }; themeLabels: Record<string, string>; recommendations: { text: string; words: string[] }[] };
      firstHits: Record<string, { line: number; column: number }>;
    };
    expect(summary.summary.draft.filePath).toBe('reviews/review.md');
    expect(summary.summary.draft.template).toBe('lcspr');
    expect(Object.keys(summary.summary.themeLabels).length).toBeGreaterThan(10);
    expect(summary.summary.recommendations.length).toBeGreaterThan(0);
    expect(summary.summary.recommendations.every((item) => Array.isArray(item.words))).toBe(true);
    for (const [theme, hit] of Object.entries(summary.firstHits)) {
      expect(summary.summary.draft.themes[theme]).not.toBe('absent');
      expect(hit.line).toBeGreaterThan(0);
    }
    const readme = uriOf('README.md');
    writeFileSync(path.join(dir, 'README.md'), '# Notes\n\nNot a draft.\n');
    writeConfig({ ...CONFIG, include: ['review.md', 'glossary.md', 'suppressed.md'] });
    await configChanged();
    expect(await client.connection.sendRequest('csprLint/draftSummary', { uri: readme, filePath: 'README.md' })).toBeNull();
    writeConfig(CONFIG);
    await configChanged();

    const briefing = (await client.connection.sendRequest('csprLint/briefing', { uri: draftUri })) as { markdown: string; withheld: number; prompts: number };
    expect(briefing.markdown).toMatch(/^# 7-minute briefing/);
    expect(briefing.markdown).not.toMatch(/Jayden Marsh-Okafor/);
    expect(briefing.markdown.split('\n').filter((line) => line.startsWith('## '))).toHaveLength(7);
    expect(briefing.prompts).toBe(briefing.markdown.split('\n').filter((line) => /^\[.*\]$/.test(line)).length);
    const templates = (await client.connection.sendRequest('csprLint/templates')) as { id: string; label: string; content: string }[];
    expect(templates.map((template) => template.id)).toEqual(['lcspr', 'rapid-review']);
    expect(templates[0].content).toMatch(/^---\ncspr-template: lcspr\n---\n\n# Local Child Safeguarding Practice Review: Child A\n/);
  });

  it('an open .cspr-lint.json is checked as typed: a misspelt rule is an error at its line, cleared when fixed', async () => {
    const uri = pathToFileURL(configPath()).href;
    const valid = JSON.stringify(CONFIG, null, 2);
    await client.open(uri, valid, 'jsonc');
    const broken = valid.replace('"allowNames"', '"rules": { "identifying-detial": "off" },\n  "allowNames"');
    const replaceAll = (text: string) => {
      const lines = client.text(uri).split('\n');
      return client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, newText: text }]);
    };
    await replaceAll(broken);
    const problems = await client.waitForDiagnostics(uri, (list) => list.length > 0);
    expect(messageOf(problems[0])).toMatch(/identifying-detial/);
    expect(problems[0].range.start.line).toBe(broken.split('\n').findIndex((line) => line.includes('identifying-detial')));
    await replaceAll(valid);
    await client.waitForDiagnostics(uri, (list) => list.length === 0);
    await client.close(uri);
  });

  it('outline lists the template sections in order, with missing required sections visible', async () => {
    await client.waitForDiagnostics(draftUri);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: draftUri } })) as DocumentSymbol[];
    const names = symbols.map((symbol) => symbol.name);
    expect(names).toContain('⚠ Missing: Voice of the child');
    expect(names).toContain('Introduction');
    const lines = symbols.map((symbol) => symbol.range.start.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('CodeLens shows words, status and themes per section, and "Insert section" inserts the skeleton through workspace/applyEdit', async () => {
    await client.waitForDiagnostics(draftUri);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: draftUri } })) as CodeLens[];
    expect(lenses.some((lens) => /^\d+ words · (complete|empty)/.test(lens.command!.title))).toBe(true);
    expect(lenses.some((lens) => lens.command!.title.includes('themes: '))).toBe(true);
    const insert = lenses.find((lens) => lens.command!.title === 'Insert section: Voice of the child')!;
    expect(insert).toBeDefined();
    const version = client.documents.get(draftUri)!.version;
    const response = (await client.connection.sendRequest('workspace/executeCommand', { command: insert.command!.command, arguments: insert.command!.arguments })) as { applied: boolean };
    expect(response.applied).toBe(true);
    await client.waitFor(() => (client.documents.get(draftUri)!.version > version ? true : undefined), 'the applied edit');
    expect(client.text(draftUri)).toMatch(/^#+ Voice of the child$/m);
    const after = await client.waitForDiagnostics(draftUri);
    expect(after.some((d) => d.code === 'required-section' && messageOf(d).includes('"Voice of the child"'))).toBe(false);
  });

  it('a missing section whose heading is a bold line: the lens is on that line and makes it a heading', async () => {
    const uri = uriOf('bold-heading.md');
    const original = client.text(draftUri).replace(/^#+ Introduction$/m, '**Introduction**');
    await client.open(uri, original);
    await client.waitForDiagnostics(uri);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    const make = lenses.find((lens) => lens.command!.title === 'Make heading: Introduction')!;
    expect(make).toBeDefined();
    expect(original.split('\n')[make.range.start.line]).toBe('**Introduction**');
    const version = client.documents.get(uri)!.version;
    const response = (await client.connection.sendRequest('workspace/executeCommand', { command: make.command!.command, arguments: make.command!.arguments })) as { applied: boolean };
    expect(response.applied).toBe(true);
    await client.waitFor(() => (client.documents.get(uri)!.version > version ? true : undefined), 'the applied edit');
    expect(client.text(uri)).toMatch(/^#+ Introduction$/m);
    expect(client.text(uri)).not.toContain('**Introduction**');
    const after = await client.waitForDiagnostics(uri);
    expect(after.some((d) => d.code === 'required-section' && messageOf(d).includes('"Introduction"'))).toBe(false);
    await client.close(uri);
  });

  it('completes section headings after #, glossary acronyms and agreed pseudonyms', async () => {
    const end = client.documents.get(draftUri)!.positionAt(client.text(draftUri).length);
    const complete = async (typed: string) => {
      await client.edit(draftUri, [{ range: { start: end, end }, newText: `\n${typed}` }]);
      const document = client.documents.get(draftUri)!;
      const position = document.positionAt(document.getText().length);
      const result = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: draftUri }, position })) as CompletionItem[] | CompletionList;
      const items = Array.isArray(result) ? result : result.items;
      // Take the typed text back out.
      const start = document.positionAt(document.getText().length - typed.length - 1);
      await client.edit(draftUri, [{ range: { start, end: position }, newText: '' }]);
      return items.map((item) => item.label);
    };
    expect(await complete('## ')).toEqual(expect.arrayContaining(['Good practice', 'Family involvement', 'Recommendations']));
    expect(await complete('Kie')).toContain('Kiera Stone');
    expect(await complete('CAM')).toContain('CAMHS');
  });

  it('renames a detected real name everywhere in the draft, and only a real name', async () => {
    await client.waitForDiagnostics(draftUri);
    const notAName = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: draftUri }, position: client.positionOf(draftUri, 'Introduction') });
    expect(notAName).toBeNull();
    const position = client.positionOf(draftUri, 'Jayden Marsh-Okafor, as he');
    const prepared = (await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: draftUri }, position })) as { placeholder: string };
    expect(prepared.placeholder).toBe('Jayden Marsh-Okafor');
    const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri: draftUri }, position, newName: 'Child J' })) as WorkspaceEdit;
    const occurrences = client.text(draftUri).split('Jayden Marsh-Okafor').length - 1;
    expect(editsOf(edit, draftUri)).toHaveLength(occurrences);
    await client.edit(draftUri, editsOf(edit, draftUri));
    expect(client.text(draftUri)).not.toContain('Jayden Marsh-Okafor');
    const after = await client.waitForDiagnostics(draftUri);
    expect(after.some((d) => d.code === 'identifying-detail' && messageOf(d).includes('Jayden'))).toBe(false);
  });

  it('picks up config changes on disk live, and an invalid config gives a diagnostic on it and the defaults for drafts', async () => {
    expect(rules(await client.waitForDiagnostics(draftUri))).toContain('blame-language');
    writeConfig({ ...CONFIG, rules: { 'blame-language': 'off' } });
    await configChanged();
    await client.waitForDiagnostics(draftUri, (list) => !rules(list).includes('blame-language'), 'blame-language switched off');

    writeConfig('{ "rules": { "no-such-rule": "error" } }');
    await configChanged();
    const configUri = pathToFileURL(configPath()).href;
    const problem = await client.waitFor(() => client.diagnostics.get(configUri)?.diagnostics[0], 'a diagnostic on the config');
    expect(messageOf(problem)).toContain('unknown rule "no-such-rule"');
    // The defaults: blame-language is back, and PRU is no longer defined by the glossary.
    const defaults = await client.waitForDiagnostics(draftUri, (list) => rules(list).includes('blame-language'), 'default rules');
    expect(defaults.some((d) => d.code === 'undefined-acronym' && messageOf(d).includes('PRU'))).toBe(true);
    expect(client.messages.some((message) => message.message.includes('is invalid'))).toBe(true);

    writeConfig(CONFIG);
    await configChanged();
    await client.waitFor(() => (client.diagnostics.get(configUri)?.diagnostics.length === 0 ? true : undefined), 'config diagnostic cleared');
  });

  it('settings switch features off live (didChangeConfiguration, section csprLint)', async () => {
    await client.waitForDiagnostics(draftUri);
    client.settings = { hover: false, debounceMs: 20 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { csprLint: client.settings } });
    const position = client.positionOf(draftUri, 'TAF');
    await client.waitForDiagnostics(draftUri);
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: draftUri }, position })).toBeNull();
    client.settings = { debounceMs: 20 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { csprLint: { hover: true, debounceMs: 20 } } });
    await client.waitForDiagnostics(draftUri);
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: draftUri }, position })).not.toBeNull();
  });

  it('lints only drafts: a README beside the config is left alone', async () => {
    const readme = uriOf('README.md');
    await client.open(readme, '# Project\n\nThe CAMHS team failed to reply.\n');
    const result = (await client.connection.sendRequest('csprLint/lintDocument', { uri: readme })) as { isDraft: boolean };
    expect(result.isDraft).toBe(false);
    expect(client.diagnostics.get(readme)).toBeUndefined();
    await client.close(readme);
  });

  it('survives a request that throws: the error is logged and the next request works', async () => {
    await expect(client.connection.sendRequest('csprLint/documentState', null)).rejects.toThrow(/documentState failed/);
    expect(client.logs.some((line) => line.includes('documentState failed'))).toBe(true);
    const state = await client.connection.sendRequest('csprLint/documentState', { uri: draftUri });
    expect(state).not.toBeNull();
  });

  it('refuses a 20 MB draft and a binary file with a message, and keeps serving', async () => {
    const big = uriOf('huge.md');
    const paragraph = 'The health visitor saw the family at home and recorded the visit. '.repeat(20);
    const text = `---\ncspr-template: lcspr\n---\n\n${`${paragraph}\n\n`.repeat(Math.ceil((20 * 1024 * 1024) / (paragraph.length + 2)))}`;
    await client.open(big, text);
    const [refused] = await client.waitForDiagnostics(big, (list) => list.length === 1, 'the refusal');
    expect(messageOf(refused)).toMatch(/did not check this file: it is 20\.\d MB/);
    await client.waitFor(() => client.messages.find((message) => message.message.includes('huge.md')), 'a window message');
    await client.close(big);

    const binary = uriOf('scan.md');
    await client.open(binary, `---\ncspr-template: lcspr\n---\n\u0000\u0001PNG\u0000${'\u0000'.repeat(100)}`);
    const [notText] = await client.waitForDiagnostics(binary, (list) => list.length === 1, 'the binary refusal');
    expect(messageOf(notText)).toContain('binary');
    await client.close(binary);
    expect(await client.connection.sendRequest('csprLint/documentState', { uri: draftUri })).not.toBeNull();
  }, 60_000);

  it('lints the workspace with progress reports and a summary', async () => {
    mkdirSync(path.join(dir, 'older'), { recursive: true });
    writeFileSync(path.join(dir, 'older', 'draft-2.md'), readFileSync(path.join(samplesDir, 'lcspr-messy.md'), 'utf8'));
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changes\n');
    const token = 'workspace-lint-1';
    const summary = (await client.connection.sendRequest('csprLint/lintWorkspace', { workDoneToken: token })) as { files: number; drafts: number; cancelled: boolean };
    expect(summary).toMatchObject({ drafts: 2, cancelled: false });
    expect(summary.files).toBeGreaterThanOrEqual(3);
    const kinds = client.progress.filter((entry) => entry.token === token).map((entry) => entry.value.kind);
    expect(kinds[0]).toBe('begin');
    expect(kinds.at(-1)).toBe('end');
    const other = await client.waitFor(() => client.diagnostics.get(pathToFileURL(path.join(dir, 'older', 'draft-2.md')).href), 'diagnostics of an unopened draft');
    expect(other.diagnostics.length).toBeGreaterThan(0);
  });

  it('stops a workspace lint when the client cancels it', async () => {
    mkdirSync(path.join(dir, 'archive'), { recursive: true });
    const sample = readFileSync(path.join(samplesDir, 'lcspr-complete.md'), 'utf8');
    for (let index = 0; index < 40; index++) writeFileSync(path.join(dir, 'archive', `draft-${index}.md`), sample);
    const source = new CancellationTokenSource();
    const token = 'workspace-lint-2';
    const pending = client.connection.sendRequest('csprLint/lintWorkspace', { workDoneToken: token }, source.token) as Promise<{ drafts: number; cancelled: boolean }>;
    await client.waitFor(() => client.progress.find((entry) => entry.token === token && entry.value.kind === 'report'), 'the first progress report');
    source.cancel();
    const summary = await pending;
    expect(summary.cancelled).toBe(true);
    expect(summary.drafts).toBeLessThan(42);
    rmSync(path.join(dir, 'archive'), { recursive: true, force: true });
  });

  it('typing fast: diagnostics are never published for a version older than one already published, and the last version gets them', async () => {
    await client.waitForDiagnostics(draftUri);
    const from = client.published.length;
    const position = client.positionOf(draftUri, '## Introduction');
    for (const letter of 'Draft notes ') {
      const at = { line: position.line - 1, character: 0 };
      void client.edit(draftUri, [{ range: { start: at, end: at }, newText: letter }]);
    }
    const last = client.documents.get(draftUri)!.version;
    await client.waitForDiagnostics(draftUri);
    const versions = client.published.slice(from).filter((entry) => entry.uri === draftUri).map((entry) => entry.version!);
    expect(versions.at(-1)).toBe(last);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    // Debounced: twelve keystrokes do not make twelve lints.
    expect(versions.length).toBeLessThan(12);
  });

  it('publishes a long draft it has just opened in two passes: structure and publication first, then every rule; a short one and an edit in one', async () => {
    const FIRST_PASS_RULES = RULES.filter((rule) => FIRST_PASS_CATEGORIES.includes(rule.meta.category)).map((rule) => rule.meta.id);
    expect(FIRST_PASS_RULES).toEqual(expect.arrayContaining(['required-section', 'identifying-detail', 'placeholder']));
    // Over 100,000 characters: the gaps sample, then unique analysis paragraphs with an undefined
    // acronym each (a language finding, second pass) and a real name (a publication finding, first).
    const paragraphs = Array.from({ length: 420 }, (_, i) => `Paragraph ${i + 1} of the analysis: the practitioners met on day ${i + 1} and agreed the plan for week ${(i % 52) + 1}, recorded by the ${['school', 'health visitor', 'social worker', 'GP'][i % 4]} in note ${i * 7 + 3}. The QX${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))} panel was not explained, and ${i === 7 ? 'Tyler Brooks' : 'the review'} asked why ${i + 2} weeks passed.`);
    const text = `${readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8')}\n\n## More analysis\n\n${paragraphs.join('\n\n')}\n`;
    expect(text.length).toBeGreaterThan(100_000);
    const uri = uriOf('long-draft.md');
    const from = client.published.length;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'undefined-acronym'), 'the second pass');
    const passes = client.published.slice(from).filter((entry) => entry.uri === uri);
    expect(passes).toHaveLength(2);
    const [first, second] = passes.map((entry) => entry.diagnostics);
    expect(new Set(rules(first))).toEqual(new Set(rules(first).filter((id) => FIRST_PASS_RULES.includes(id))));
    expect(rules(first)).toEqual(expect.arrayContaining(['identifying-detail', 'required-section']));
    expect(first.some((d) => messageOf(d).includes('Tyler Brooks'))).toBe(true);
    // The second is the whole lint: the first pass's findings again, and every other rule's.
    const key = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character} ${messageOf(d)}`;
    expect(second.filter((d) => FIRST_PASS_RULES.includes(String(d.code))).map(key)).toEqual(first.map(key));
    expect(rules(second)).toEqual(expect.arrayContaining(['undefined-acronym', 'identifying-detail', 'required-section']));
    expect(passes.every((entry) => entry.version === 1)).toBe(true);

    // A client that asks for the draft's state as soon as the first pass arrives (as VS Code's does)
    // has every rule's diagnostics published before its answer, not after the coverage it asked for.
    await client.close(uri);
    const reopened = client.published.length;
    await client.open(uri, text);
    await client.waitFor(() => (client.published.slice(reopened).some((entry) => entry.uri === uri && entry.diagnostics.length > 0) ? true : undefined), 'the first pass again');
    await client.connection.sendRequest('csprLint/documentState', { uri });
    const beforeAnswer = client.published.slice(reopened).filter((entry) => entry.uri === uri && entry.diagnostics.length > 0);
    expect(beforeAnswer).toHaveLength(2);
    expect(rules(beforeAnswer[1].diagnostics)).toEqual(expect.arrayContaining(['undefined-acronym']));

    // An edit of the long draft is one lint, with every rule.
    const edited = client.published.length;
    const at = client.positionOf(uri, 'Paragraph 3 of');
    await client.edit(uri, [{ range: { start: at, end: at }, newText: 'Note. ' }]);
    await client.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'undefined-acronym'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.published.slice(edited).filter((entry) => entry.uri === uri)).toHaveLength(1);
    await client.close(uri);

    // A short draft opened: one publication, with every rule.
    const shortUri = uriOf('short-draft.md');
    const opened = client.published.length;
    await client.open(shortUri, readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8'));
    await client.waitForDiagnostics(shortUri, (list) => list.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shortPasses = client.published.slice(opened).filter((entry) => entry.uri === shortUri);
    expect(shortPasses).toHaveLength(1);
    expect(rules(shortPasses[0].diagnostics)).toEqual(expect.arrayContaining(['undefined-acronym', 'blame-language']));
    await client.close(shortUri);
  });

  it('never writes a file: the draft on disk is as it was', () => {
    // The open draft had quick fixes, a section insert and a rename applied in the editor.
    expect(client.text(draftUri)).not.toBe(readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8'));
    expect(readFileSync(path.join(dir, 'review.md'), 'utf8')).toBe(readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8'));
    expect(readFileSync(path.join(dir, 'older', 'draft-2.md'), 'utf8')).toBe(readFileSync(path.join(samplesDir, 'lcspr-messy.md'), 'utf8'));
    expect(JSON.parse(readFileSync(configPath(), 'utf8'))).toEqual(CONFIG);
  });
});

describe('language server: other workspaces and clients, and its lifetime', { timeout: 60_000 }, () => {
  it('notices a config changed on disk when a draft is saved', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cspr-lsp-nowatch-'));
    const other = await LspClient.start(folder, { csprLint: { debounceMs: 20 } }, { watchFiles: false });
    try {
      writeFileSync(path.join(folder, '.cspr-lint.json'), JSON.stringify({ extends: 'cspr-lint:lcspr' }));
      const uri = pathToFileURL(path.join(folder, 'draft.md')).href;
      await other.open(uri, readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8'));
      await other.waitForDiagnostics(uri, (list) => rules(list).includes('blame-language'), 'blame-language');
      writeFileSync(path.join(folder, '.cspr-lint.json'), JSON.stringify({ extends: 'cspr-lint:lcspr', rules: { 'blame-language': 'off' } }));
      await other.save(uri);
      await other.waitForDiagnostics(uri, (list) => list.length > 0 && !rules(list).includes('blame-language'), 'blame-language switched off');
    } finally {
      await other.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('in a multi-root workspace each folder has its own config, and a change to a file a config extends re-lints', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'cspr-lsp-multi-'));
    const [east, west] = [path.join(root, 'east'), path.join(root, 'west')];
    mkdirSync(east);
    mkdirSync(path.join(west, 'team'), { recursive: true });
    writeFileSync(path.join(east, '.cspr-lint.json'), JSON.stringify({ rules: { 'blame-language': 'off' } }));
    writeFileSync(path.join(west, '.cspr-lint.json'), JSON.stringify({ extends: './team/base.json' }));
    const base = path.join(west, 'team', 'base.json');
    writeFileSync(base, JSON.stringify({ extends: 'cspr-lint:lcspr', rules: { 'blame-language': 'error' } }));
    const other = await LspClient.start(root, { csprLint: { debounceMs: 20 } }, { folders: [east, west] });
    try {
      const text = readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8');
      const [eastUri, westUri] = [pathToFileURL(path.join(east, 'draft.md')).href, pathToFileURL(path.join(west, 'draft.md')).href];
      await other.open(eastUri, text);
      await other.open(westUri, text);
      const eastDiagnostics = await other.waitForDiagnostics(eastUri, (list) => list.length > 0);
      const westDiagnostics = await other.waitForDiagnostics(westUri, (list) => list.length > 0);
      expect(rules(eastDiagnostics)).not.toContain('blame-language');
      expect(westDiagnostics.filter((d) => d.code === 'blame-language').every((d) => d.severity === 1)).toBe(true);
      expect(rules(westDiagnostics)).toContain('blame-language');
      writeFileSync(base, JSON.stringify({ extends: 'cspr-lint:lcspr', rules: { 'blame-language': 'off' } }));
      await other.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(base).href, type: 2 }] });
      await other.waitForDiagnostics(westUri, (list) => list.length > 0 && !rules(list).includes('blame-language'), 'the extended config applied');
    } finally {
      await other.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits when the client disconnects without shutting it down', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cspr-lsp-exit-'));
    const other = await LspClient.start(folder);
    const exited = new Promise<number | null>((resolve) => other.process.once('exit', (code) => resolve(code)));
    other.process.stdin.end();
    expect(await exited).not.toBeNull();
    rmSync(folder, { recursive: true, force: true });
  });
});
