// Messages shown to the author and context keys set for the walkthrough, recorded as well as shown:
// the integration tests read them through activate()'s API (VS Code's API cannot read either back).
import * as vscode from 'vscode';

export interface Notification {
  message: string;
  actions: string[];
}

const shown: Notification[] = [];
const contexts = new Map<string, unknown>();

export function inform(message: string, ...actions: string[]): Thenable<string | undefined> {
  shown.push({ message, actions });
  return vscode.window.showInformationMessage(message, ...actions);
}

export function warn(message: string, ...actions: string[]): Thenable<string | undefined> {
  shown.push({ message, actions });
  return vscode.window.showWarningMessage(message, ...actions);
}

export function notifications(): Notification[] {
  return shown.slice();
}

export async function setContext(key: string, value: unknown): Promise<void> {
  contexts.set(key, value);
  await vscode.commands.executeCommand('setContext', key, value);
}

export function contextValue(key: string): unknown {
  return contexts.get(key);
}
