// Opening a report the extension has just written, as the author would want to read it.
import * as vscode from 'vscode';

/** Markdown opens rendered; HTML in the browser (or as text where there is none); JSON and CSV as text. */
export async function openReport(target: vscode.Uri): Promise<void> {
  if (/\.md$/i.test(target.path)) {
    await vscode.commands.executeCommand('markdown.showPreview', target);
    return;
  }
  if (/\.html?$/i.test(target.path) && target.scheme === 'file' && (await vscode.env.openExternal(target))) return;
  await vscode.window.showTextDocument(target);
}
