// The quick fixes that match the risk of a real-looking name: replace it everywhere in the draft
// with a pseudonym or role the author picks, or, when it is the pseudonym agreed with the family,
// add it to `allowNames` in the nearest .cspr-lint.json (created beside the draft if there is none).
import * as vscode from 'vscode';
import type { DraftStates } from './drafts';
import { COMMON_ROLES, pseudonymsIn, replaceNameEdits, withAllowedName } from './name-replace';
import { inform } from './ui-state';

export const REPLACE_NAME_COMMAND = 'csprLint.replaceName';
export const ALLOW_NAME_COMMAND = 'csprLint.allowName';

/** Asks for the pseudonym or role (unless given) and replaces every occurrence of the name in one edit. */
export async function replaceNameEverywhere(drafts: DraftStates, uri: vscode.Uri, name: string, replacement?: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const chosen = replacement ?? (await pickReplacement(drafts, document, name));
  if (!chosen || chosen.trim() === '' || chosen.trim() === name) return false;
  const text = document.getText();
  const changes = replaceNameEdits(text, name, chosen.trim());
  if (changes.length === 0) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const change of changes) edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  return vscode.workspace.applyEdit(edit);
}

async function pickReplacement(drafts: DraftStates, document: vscode.TextDocument, name: string): Promise<string | undefined> {
  const state = await drafts.fresh(document);
  const agreed = (state?.config.allowNames ?? []).filter((allowed) => allowed.toLowerCase() !== name.toLowerCase());
  const pseudonyms = [...new Set([...pseudonymsIn(document.getText()), ...agreed])];
  type Item = vscode.QuickPickItem & { value?: string };
  const offered: Item[] = [
    ...(pseudonyms.length ? [{ label: 'Pseudonyms in this draft and its config', kind: vscode.QuickPickItemKind.Separator }] : []),
    ...pseudonyms.map((pseudonym) => ({ label: pseudonym, value: pseudonym })),
    { label: 'Relationships and roles', kind: vscode.QuickPickItemKind.Separator },
    ...COMMON_ROLES.map((role) => ({ label: role, value: role })),
  ];
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = `Replace "${name}" everywhere in this draft`;
  pick.placeholder = 'Pick a pseudonym or role, or type your own and press Enter';
  pick.items = offered;
  // What the author types is offered first, as is, so any pseudonym or role can be used.
  pick.onDidChangeValue((value) => {
    const typed = value.trim();
    const known = offered.some((item) => item.value?.toLowerCase() === typed.toLowerCase());
    pick.items = typed && !known && typed !== name ? [{ label: typed, description: 'use what you typed', value: typed, alwaysShow: true }, ...offered] : offered;
  });
  return new Promise<string | undefined>((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.value ?? (pick.value.trim() || undefined));
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** Adds the name to `allowNames` in the config that applies to the draft, or creates one beside it. Returns the config's URI. */
export async function allowName(drafts: DraftStates, uri: vscode.Uri, name: string): Promise<vscode.Uri | undefined> {
  if (uri.scheme === 'untitled') {
    void inform(`cspr-lint: save the draft first; "${name}" goes into the .cspr-lint.json beside it.`);
    return undefined;
  }
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  const configUri = (await drafts.fresh(document))?.config.uri;
  const edit = new vscode.WorkspaceEdit();
  let target: vscode.Uri;
  let saveAfter = true;
  if (configUri) {
    target = vscode.Uri.parse(configUri, true);
    const document = await vscode.workspace.openTextDocument(target);
    saveAfter = !document.isDirty;
    const text = document.getText();
    const updated = withAllowedName(text, name);
    if (updated === text) return target;
    edit.replace(target, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), updated);
  } else {
    target = vscode.Uri.joinPath(uri, '..', '.cspr-lint.json');
    const content = `{\n  // Pseudonyms agreed with the family: never reported as identifying detail.\n  "allowNames": [${JSON.stringify(name)}]\n}\n`;
    edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(content) });
  }
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  // Saved at once (unless the author had unsaved changes there), so the drafts are re-linted with it.
  if (saveAfter) await (await vscode.workspace.openTextDocument(target)).save();
  void inform(`cspr-lint: "${name}" added to allowNames in ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
