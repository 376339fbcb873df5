// Web extension host entry (vscode.dev, browser-based VS Code): the same code, through workspace.fs.
export { activate, deactivate } from './activate';
