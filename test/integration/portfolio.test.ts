// The Portfolio view, "CSPR: Export portfolio report" and "CSPR: Create 7-minute briefing" in a real
// VS Code (issue #18): the tree lists the workspace's drafts and, per theme, the share of reviews
// featuring it (counted here independently with the engine); a recommendation and a theme cell each
// open their draft at the right line, as a click runs the item's command; a draft written and saved
// joins the view and leaves it when deleted; the export writes the register; the briefing opens a new
// document with the seven parts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Linter } from '../../src/engine/index';
import { escapeMarkdown } from '../../src/report/index';
import type { PortfolioRegistration } from '../../src/extension/portfolio/index';
import type { PortfolioNode } from '../../src/extension/portfolio/view-model';
import type { Notification } from '../../src/extension/ui-state';
import { activateExtension, closeAllEditors, fixturePath, screenshot, sleep, waitFor, workspaceUri } from './helpers';

interface Api {
  portfolio: PortfolioRegistration;
  notifications: () => Notification[];
}

interface Row {
  item: vscode.TreeItem;
  children: Row[];
}

const FIXTURE_DRAFTS = ['drafts/lcspr-complete.md', 'drafts/lcspr-gaps.md', 'drafts/lcspr-messy.md', 'drafts/rapid-review.md'];
const BRIEFING_PARTS = ['Background', 'Why it matters', 'What the review found', 'What went well', 'What must change', 'What to do now', 'Questions for reflection'];

async function api(): Promise<Api> {
  return activateExtension<Api>();
}

/** The tree as the view renders it: every TreeItem the provider gives, with its children. */
async function tree(): Promise<Row[]> {
  const { provider } = (await api()).portfolio;
  const walk = async (element?: Parameters<typeof provider.getChildren>[0]): Promise<Row[]> =>
    Promise.all(((await provider.getChildren(element)) ?? []).map(async (child) => ({ item: await provider.getTreeItem(child), children: await walk(child) })));
  return walk();
}

const labelOf = (row: Row) => (typeof row.item.label === 'string' ? row.item.label : row.item.label?.label ?? '');
const branch = (rows: Row[], label: string) => {
  const found = rows.find((row) => labelOf(row) === label);
  assert.ok(found, `a "${label}" branch (have: ${rows.map(labelOf).join(', ')})`);
  return found;
};
const flatten = (rows: Row[]): Row[] => rows.flatMap((row) => [row, ...flatten(row.children)]);

/** Runs what a click on the row runs, and waits for the editor it opens at the line. */
async function click(row: Row): Promise<vscode.TextEditor> {
  const command = row.item.command;
  assert.ok(command, `"${labelOf(row)}" is clickable`);
  const [uri, line] = command.arguments as [vscode.Uri, number];
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  return waitFor(
    () => {
      const editor = vscode.window.activeTextEditor;
      return editor && editor.document.uri.toString() === uri.toString() && editor.selection.active.line === line - 1 ? editor : undefined;
    },
    { timeoutMs: 10000, message: `${uri.path} open at line ${line}` },
  );
}

describe('Portfolio view', () => {
  before(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('csprLint.portfolio.focus');
  });
  after(closeAllEditors);

  it('lists the fixture drafts and, per theme, the share of reviews featuring it', async () => {
    const rows = await waitFor(async () => {
      const current = await tree();
      return current.length > 0 ? current : undefined;
    }, { timeoutMs: 20000, message: 'the Portfolio view filled' });
    const reviews = branch(rows, 'Reviews').children.map(labelOf);
    for (const draft of FIXTURE_DRAFTS) assert.ok(reviews.includes(draft), `${draft} listed (have: ${reviews.join(', ')})`);
    assert.ok(!reviews.includes('README.md'), 'the unrelated README is not a draft');

    // The same drafts linted here, with the workspace's config (template lcspr; rapid-review's front matter wins).
    const linter = new Linter({ template: 'lcspr' });
    const results = FIXTURE_DRAFTS.map((draft) => linter.lint(fs.readFileSync(fixturePath('workspace', ...draft.split('/')), 'utf8')));
    const total = reviews.length;
    const themes = branch(rows, 'Themes').children;
    assert.ok(themes.length > 0, 'themes listed');
    for (const theme of results[0].coverage) {
      const row = themes.find((candidate) => labelOf(candidate).endsWith(`% ${theme.label}`));
      assert.ok(row, `${theme.label} listed`);
      const featuring = results.filter((result) => result.coverage.find((candidate) => candidate.id === theme.id)?.status !== 'absent').length;
      // Drafts other suites add for a while count too; the four fixtures are the floor.
      if (total === FIXTURE_DRAFTS.length) {
        assert.equal(labelOf(row), `${Math.round((featuring / total) * 100)}% ${theme.label}`);
        assert.equal(row.item.description, `${featuring} of ${total} reviews`);
      } else assert.match(String(row.item.description), /^\d+ of \d+ reviews$/);
      assert.deepEqual(row.children.map(labelOf), reviews, `${theme.label}: a cell per review`);
    }
    await screenshot('portfolio-view');
  });

  it('a recommendation opens its draft at its line', async () => {
    const register = branch(await tree(), 'Recommendations');
    const items = flatten(register.children).filter((row) => row.item.contextValue === 'recommendation');
    assert.ok(items.length > 0, 'the register lists recommendations');
    const item = items[items.length - 1];
    const editor = await click(item);
    const text = editor.document.lineAt(editor.selection.active.line).text;
    const firstWord = /[A-Za-z’']{4,}/.exec(labelOf(item).replace(/^\S+\.\s/, ''))?.[0] ?? '';
    assert.ok(text.includes(firstWord), `line ${editor.selection.active.line + 1} ("${text}") holds the recommendation's "${firstWord}"`);
  });

  it('from the keyboard: Enter on a selected recommendation opens its draft at its line', async () => {
    await closeAllEditors();
    const { provider, view } = (await api()).portfolio;
    const nodes = (list: PortfolioNode[]): PortfolioNode[] => list.flatMap((node) => [node, ...nodes(node.children)]);
    const target = nodes(await provider.getChildren()).find((node) => node.kind === 'recommendation');
    assert.ok(target?.target, 'a recommendation in the register');
    await view.reveal(target, { select: true, focus: true });
    await waitFor(() => view.selection.some((node) => node.id === target.id), { timeoutMs: 5000, message: 'the recommendation selected' });
    await screenshot('portfolio-register');
    await vscode.commands.executeCommand('list.select');
    await waitFor(
      () => {
        const editor = vscode.window.activeTextEditor;
        return editor && editor.document.uri.path.endsWith(`/${target.target!.filePath}`) && editor.selection.active.line === target.target!.line - 1;
      },
      { timeoutMs: 10000, message: `${target.target.filePath} open at line ${target.target.line}` },
    );
  });

  it('a theme cell opens the draft at the first evidence of that theme', async () => {
    const themes = branch(await tree(), 'Themes').children;
    const cell = flatten(themes).find((row) => row.item.contextValue === 'cell' && row.item.command);
    assert.ok(cell, 'a cell with evidence');
    const [, line] = cell.item.command!.arguments as [vscode.Uri, number];
    const editor = await click(cell);
    assert.equal(editor.selection.active.line + 1, line);
    const cellless = flatten(themes).find((row) => row.item.contextValue === 'cell' && row.item.description === 'absent');
    if (cellless) assert.equal(cellless.item.command, undefined, 'an absent cell leads nowhere');
  });

  describe('kept current', () => {
    const folder = 'portfolio-tmp';
    const draft = `${folder}/saved-draft.md`;
    const recommendation = 'The Partnership Business Unit will audit twenty strategy discussions for the presence of health visitors by June 2027.';
    const reviewLabels = async () => branch(await tree(), 'Reviews').children.map(labelOf);
    const registered = async () => flatten(branch(await tree(), 'Recommendations').children).filter((row) => row.item.contextValue === 'recommendation').map((row) => String(row.item.tooltip));

    after(async () => {
      await closeAllEditors();
      await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    });

    it('a new draft joins the view, its saved recommendation joins the register, and it leaves when deleted', async () => {
      // As the explorer makes and removes files: through a workspace edit.
      const create = new vscode.WorkspaceEdit();
      create.createFile(workspaceUri(draft), { contents: new TextEncoder().encode('# Local child safeguarding practice review: Child Q\n\n## Introduction\n\nChild Q was known to services.\n') });
      assert.ok(await vscode.workspace.applyEdit(create));
      await waitFor(async () => (await reviewLabels()).includes(draft), { timeoutMs: 15000, message: `${draft} in the view` });
      const document = await vscode.workspace.openTextDocument(workspaceUri(draft));
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), `\n## Recommendations\n\n1. ${recommendation}\n`));
      await sleep(800);
      assert.ok(!(await registered()).some((tooltip) => tooltip.includes(recommendation)), 'unsaved text is not in the portfolio');
      await document.save();
      await waitFor(async () => (await registered()).some((tooltip) => tooltip.includes(recommendation)), { timeoutMs: 15000, message: 'the saved recommendation in the register' });
      await closeAllEditors();
      const remove = new vscode.WorkspaceEdit();
      remove.deleteFile(workspaceUri(draft));
      assert.ok(await vscode.workspace.applyEdit(remove));
      await waitFor(async () => !(await reviewLabels()).includes(draft), { timeoutMs: 15000, message: `${draft} gone from the view` });
    });
  });
});

describe('CSPR: Export portfolio report', () => {
  const folder = 'portfolio-export-tmp';
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('asks where to save (the workspace folder, portfolio.html, offered first) and writes there', async () => {
    const target = workspaceUri('portfolio.html');
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand('csprLint.exportPortfolio')).finally(() => (settled = true));
    try {
      // In this remote window the save dialog is VS Code's own quick input: accept what it offers, as Enter would.
      const deadline = Date.now() + 15000;
      while (!settled && Date.now() < deadline) {
        await sleep(300);
        if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
      assert.ok(settled, 'the save dialog was accepted');
      await running;
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(html, /Recommendations register/);
    } finally {
      if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await vscode.workspace.fs.delete(target, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  for (const format of ['md', 'html', 'json', 'csv'] as const) {
    it(`writes a .${format} report with the drafts${format === 'csv' ? '' : ' and the recommendations register'}`, async () => {
      const target = workspaceUri(`${folder}/portfolio.${format}`);
      await vscode.commands.executeCommand('csprLint.exportPortfolio', target);
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      // Markdown escapes the punctuation of a path ('lcspr\\-complete\\.md').
      for (const draft of FIXTURE_DRAFTS) assert.ok(written.includes(format === 'md' ? escapeMarkdown(draft) : draft), `${draft} in the .${format} report`);
      if (format === 'md') assert.match(written, /^## Recommendations register$/m);
      if (format === 'html') {
        assert.match(written, /^<!doctype html>/i);
        assert.match(written, /Recommendations register/);
        assert.ok(!/<script/i.test(written), 'a static report');
      }
      if (format === 'json') {
        const parsed = JSON.parse(written) as { recommendations: { filePath: string; line: number }[]; themes: { share: number }[] };
        assert.ok(parsed.recommendations.length > 0 && parsed.recommendations.every((item) => item.line >= 1), 'the register with lines');
        assert.ok(parsed.themes.length > 0);
      }
      const notice = [...(await api()).notifications()].reverse().find((shown) => shown.message.includes(`portfolio.${format}`));
      assert.ok(notice?.actions.includes('Open'), 'offers to open the report');
    });
  }
});

describe('CSPR: Create 7-minute briefing', () => {
  after(async () => {
    for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isUntitled)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
  });

  for (const draft of ['drafts/lcspr-complete.md', 'drafts/lcspr-messy.md']) {
    it(`opens a new document with the seven parts for ${path.basename(draft)}`, async () => {
      const document = await vscode.workspace.openTextDocument(workspaceUri(draft));
      await vscode.window.showTextDocument(document);
      const before = (await api()).notifications().length;
      await vscode.commands.executeCommand('csprLint.createBriefing');
      const briefing = await waitFor(() => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor.document : undefined), { timeoutMs: 10000, message: 'an untitled briefing' });
      assert.equal(briefing.languageId, 'markdown');
      const text = briefing.getText();
      assert.match(text, /^# 7-minute briefing/);
      assert.deepEqual(text.split('\n').filter((line) => line.startsWith('## ')), BRIEFING_PARTS.map((title, index) => `## ${index + 1}. ${title}`));
      // What the author is told: withheld lines (if any) and the parts still to write.
      const told = (await api()).notifications().slice(before).map((shown) => shown.message).join('\n');
      const prompts = text.split('\n').filter((line) => /^\[.*\]$/.test(line)).length;
      if (prompts > 0) assert.match(told, /still need/);
      const withheld = /(\d+) lines? (?:was|were) left out because (?:it|they)/.exec(told);
      if (withheld) assert.ok(Number(withheld[1]) > 0);
      // The briefing itself identifies no one.
      const identifying = new Linter({ template: 'lcspr', rules: { 'identifying-detail': 'error' } }).lint(text).findings.filter((finding) => finding.ruleId === 'identifying-detail');
      assert.deepEqual(identifying.map((finding) => finding.message), []);
    });
  }

  it('says how many lines were left out because they could identify someone', async () => {
    const folder = 'briefing-tmp';
    const uri = workspaceUri(`${folder}/identifying.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Local child safeguarding practice review: Child Q\n\n## Executive summary\n\nChild Q was born on 14 March 2019 and lived at 12 Acacia Avenue, Leeds LS6 2AB with her mother, Sarah Thompson.\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const before = (await api()).notifications().length;
      await vscode.commands.executeCommand('csprLint.createBriefing');
      const briefing = await waitFor(() => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor.document : undefined), { timeoutMs: 10000, message: 'an untitled briefing' });
      assert.ok(!briefing.getText().includes('Acacia') && !briefing.getText().includes('Thompson'), briefing.getText());
      const told = (await api()).notifications().slice(before).map((shown) => shown.message).join('\n');
      assert.match(told, /1 line was left out because (?:it|they) could identify someone/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await closeAllEditors();
      await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true, useTrash: false });
    }
  });

  it('says so when the active editor is not a draft', async () => {
    await closeAllEditors();
    const document = await vscode.workspace.openTextDocument(workspaceUri('README.md'));
    await vscode.window.showTextDocument(document);
    const before = (await api()).notifications().length;
    await vscode.commands.executeCommand('csprLint.createBriefing');
    const told = (await api()).notifications().slice(before).map((shown) => shown.message);
    assert.ok(told.some((message) => /open a review draft/.test(message)), told.join('\n'));
    assert.equal(vscode.window.activeTextEditor?.document.isUntitled, false);
  });
});
