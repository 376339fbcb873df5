// The editor features the language server gives VS Code, as an author meets them: hover, CodeLens,
// the Outline, completion, rename of a real name, and a server that is restarted when it dies.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import type { CsprLintApi } from '../../src/extension/activate';
import type { DocumentState } from '../../src/server/protocol';
import { activateExtension, closeAllEditors, describeDiagnostics, getDiagnostics, openDraft, ruleId, waitFor, waitForDiagnostics, withSetting, workspaceUri } from './helpers';

const GAPS = 'drafts/lcspr-gaps.md';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The position of `needle` on the first line that contains it. */
function positionOf(document: vscode.TextDocument, needle: string, offsetInNeedle = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in ${document.uri.path}`);
  return document.positionAt(at + offsetInNeedle);
}

async function api(): Promise<CsprLintApi> {
  return activateExtension<CsprLintApi>();
}

describe('language server features in VS Code', () => {
  after(closeAllEditors);

  it('hover: an acronym gives its expansion and the finding with its rule link; a theme phrase says which theme it evidences', async () => {
    const { document, uri } = await openDraft(GAPS);
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'undefined-acronym'));
    const acronym = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(document, 'referred to CAMHS', 13)));
    assert.match(acronym, /\*\*CAMHS\*\*: Child and Adolescent Mental Health Services/, acronym);
    assert.match(acronym, /undefined-acronym/, acronym);

    // The client keeps no theme hits (it asks the server to leave them out): ask the server for them, as another client would.
    const client = (await api()).client()!;
    const state = await waitFor(async () => client.sendRequest<DocumentState | null>('csprLint/documentState', { uri: client.code2ProtocolConverter.asUri(uri) }), { timeoutMs: 10000, message: 'draft state' });
    const theme = state.coverage.find((candidate) => candidate.hits.length > 0)!;
    const hit = theme.hits[0];
    const evidence = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(hit.line - 1, hit.column)));
    assert.match(evidence, new RegExp(`Evidence for the national theme \\*\\*${theme.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*\\*`), evidence);
  });

  it('CodeLens: words, status and themes on each section heading; "Insert section" where a required one is missing, which inserts it', async () => {
    const { document, uri } = await openDraft(GAPS);
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const lenses = await waitFor(
      async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        return found.length > 0 ? found : undefined;
      },
      { timeoutMs: 10000, message: 'code lenses' },
    );
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    const introduction = lenses.find((lens) => document.lineAt(lens.range.start.line).text === '## Introduction');
    assert.ok(introduction, titles.join(' | '));
    assert.match(introduction.command!.title, /^\d+ words? · complete · (?:themes: .+|no themes evidenced)$/, introduction.command!.title);
    const insert = lenses.find((lens) => lens.command?.title.startsWith('Insert section: '));
    assert.ok(insert, `an "Insert section" lens for a missing required section: ${titles.join(' | ')}`);
    const title = insert.command!.title.slice('Insert section: '.length);
    try {
      await vscode.commands.executeCommand(insert.command!.command, ...(insert.command!.arguments ?? []));
      await waitFor(() => document.getText().includes(`## ${title}\n`), { timeoutMs: 5000, message: `"## ${title}" inserted by the lens` });
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('Outline: the template sections in order, with missing required sections shown', async () => {
    const { uri } = await openDraft(GAPS);
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const symbols = await waitFor(
      async () => {
        const found = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
        const flat = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((symbol) => [symbol, ...flat(symbol.children ?? [])]);
        const all = flat(found);
        return all.some((symbol) => symbol.name.startsWith('⚠ Missing:')) ? all : undefined;
      },
      { timeoutMs: 10000, message: 'cspr-lint section symbols in the outline' },
    );
    const ours = symbols.filter((symbol) => symbol.detail.includes('·') || symbol.name.startsWith('⚠ Missing:'));
    const names = ours.map((symbol) => symbol.name);
    assert.ok(names.includes('Introduction'), names.join(' | '));
    assert.ok(names.includes('Findings'), names.join(' | '));
    assert.ok(names.indexOf('Introduction') < names.indexOf('Findings'), names.join(' | '));
    const missing = ours.filter((symbol) => symbol.name.startsWith('⚠ Missing:'));
    assert.ok(missing.length >= 1 && missing.every((symbol) => symbol.detail === 'required section'), names.join(' | '));
  });

  it('completion: a glossary acronym with its expansion, and an agreed pseudonym from allowNames', async () => {
    const folder = workspaceUri('language-server-tmp');
    const config = vscode.Uri.joinPath(folder, '.cspr-lint.json');
    const draft = vscode.Uri.joinPath(folder, 'draft.md');
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(config, encode('{\n  // agreed with the family\n  "allowNames": ["Ayodele"],\n  "glossary": { "QRST": "Quality Review Standing Team" }\n}\n'));
    await vscode.workspace.fs.writeFile(draft, encode('# Local Child Safeguarding Practice Review – Child A\n\n## Introduction\n\nThis review concerns Ayodele.\n'));
    try {
      const document = await vscode.workspace.openTextDocument(draft);
      const editor = await vscode.window.showTextDocument(document);
      await waitForDiagnostics(draft, (d) => d.some((x) => ruleId(x) === 'required-section'));
      const itemsAt = async (typed: string, label: string) => {
        await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, `\n\n${typed}`));
        const position = document.lineAt(document.lineCount - 1).range.end;
        const list = await waitFor(
          async () => {
            const found = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft, position);
            return found.items.some((item) => labelOf(item) === label) ? found : undefined;
          },
          { timeoutMs: 10000, message: `"${label}" offered after "${typed}"` },
        );
        return list.items.find((item) => labelOf(item) === label)!;
      };
      assert.equal((await itemsAt('The referral went to CAM', 'CAMHS')).detail, 'Child and Adolescent Mental Health Services');
      assert.equal((await itemsAt('The QR', 'QRST')).detail, 'Quality Review Standing Team');
      assert.equal((await itemsAt('Later Ayo', 'Ayodele')).detail, 'agreed pseudonym (allowNames)');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  it('rename (F2) on a detected real name replaces it everywhere with the pseudonym, and the finding goes', async () => {
    const { document, uri } = await openDraft(GAPS);
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'identifying-detail' && document.getText(x.range) === 'Jayden Marsh-Okafor'));
    const name = diagnostics.find((x) => ruleId(x) === 'identifying-detail' && document.getText(x.range) === 'Jayden Marsh-Okafor')!;
    try {
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, name.range.start.translate(0, 2), 'Child J');
      assert.ok(edit && edit.get(uri).length >= 1, 'a rename edit');
      assert.ok(edit.get(uri).every((change) => change.newText === 'Child J'), 'every change writes the pseudonym');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.doesNotMatch(document.getText(), /Jayden Marsh-Okafor/);
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleId(x) === 'identifying-detail' && /Jayden/.test(x.message)), 10000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('the hover can be switched off in the settings', async () => {
    const { document, uri } = await openDraft(GAPS);
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'undefined-acronym'));
    await withSetting('csprLint.hover', false, async () => {
      await waitFor(
        async () => {
          const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(document, 'referred to CAMHS', 13)));
          return !/Child and Adolescent Mental Health Services/.test(text);
        },
        { timeoutMs: 10000, message: 'no cspr-lint hover with csprLint.hover off' },
      );
    });
  });

  it('a language server that dies is restarted, the author is told once, and drafts are linted again', async () => {
    const lint = await api();
    const { document, editor, uri } = await openDraft(GAPS);
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const server = (lint.client() as unknown as { serverProcess?: ChildProcess } | undefined)?.serverProcess;
    assert.ok(server?.pid, 'the server runs in its own process');
    const pid = server.pid;
    server.kill('SIGKILL');
    await waitFor(() => lint.notifications().some((note) => /language server stopped unexpectedly and has been restarted/.test(note.message)), { timeoutMs: 15000, message: 'the restart is announced' });
    await waitFor(() => {
      const current = (lint.client() as unknown as { serverProcess?: ChildProcess } | undefined)?.serverProcess;
      return current?.pid !== undefined && current.pid !== pid;
    }, { timeoutMs: 15000, message: 'a new server process' });
    try {
      await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\n\nThe NQZX panel met twice.'));
      await waitForDiagnostics(uri, (d) => d.some((x) => ruleId(x) === 'undefined-acronym' && /NQZX/.test(x.message)), 15000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(lint.notifications().filter((note) => /restarted/.test(note.message)).length, 1, describeDiagnostics(getDiagnostics(uri).slice(0, 3)));
  });
});
