// Smoke suite: the extension is there, activates on a draft, and declares its contributions.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, getExtension, log, openDraft, waitForActivation } from './helpers';

interface JsonValidation { fileMatch: string | string[]; url: string }

describe('activation', () => {
  after(closeAllEditors);

  it(`finds the extension ${EXTENSION_ID}`, () => {
    const ext = getExtension();
    assert.equal(ext.id.toLowerCase(), EXTENSION_ID);
    log(`extension ${ext.id} ${ext.packageJSON.version} at ${ext.extensionPath} (${vscode.version}, ${vscode.env.appName})`);
  });

  it('activates when a Markdown draft of the workspace is opened', async () => {
    const { document } = await openDraft('drafts/lcspr-complete.md');
    assert.equal(document.languageId, 'markdown');
    const ext = await waitForActivation(20000);
    assert.ok(ext.isActive);
  });

  it('contributes csprLint.* commands', () => {
    const commands: Array<{ command: string }> = getExtension().packageJSON.contributes?.commands ?? [];
    assert.ok(commands.length > 0, 'contributes.commands is empty');
    const foreign = commands.map((c) => c.command).filter((c) => !c.startsWith('csprLint.'));
    assert.deepEqual(foreign, [], 'every contributed command id starts with csprLint.');
    log(`commands: ${commands.map((c) => c.command).join(', ')}`);
  });

  it('contributes jsonValidation for .cspr-lint.json with a schema that ships with the extension', () => {
    const ext = getExtension();
    const entries: JsonValidation[] = ext.packageJSON.contributes?.jsonValidation ?? [];
    const entry = entries.find((e) => ([] as string[]).concat(e.fileMatch).some((m) => m.endsWith('.cspr-lint.json')));
    assert.ok(entry, `no jsonValidation entry matches .cspr-lint.json: ${JSON.stringify(entries)}`);
    assert.ok(entry.url, 'jsonValidation entry has a url');
    if (!/^[a-z][\w+.-]*:/i.test(entry.url)) {
      const schema = path.join(ext.extensionPath, entry.url);
      assert.ok(fs.existsSync(schema), `schema ${entry.url} exists in the extension (${schema})`);
    }
  });
});
