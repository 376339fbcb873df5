// Runs in the browser's web-worker extension host (as on vscode.dev): the web bundle's language
// server runs in its own worker and lints a draft read through workspace.fs, with no Node APIs.
// Bundled into one file by scripts/test-web.mjs.
import * as vscode from 'vscode';

async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function run(): Promise<void> {
  const inNode = typeof process !== 'undefined' && !!(process as { versions?: { node?: string } }).versions?.node;
  console.log(`[web] extension host: ${inNode ? 'node' : 'web worker'}`);
  if (inNode) throw new Error('expected the web worker extension host');
  const folder = vscode.workspace.workspaceFolders![0];
  const uri = vscode.Uri.joinPath(folder.uri, 'drafts', 'lcspr-gaps.md');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const diagnostics = await waitFor(() => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cspr-lint');
    return found.some((d) => typeof d.code === 'object' && d.code.value === 'identifying-detail') ? found : undefined;
  }, 'cspr-lint diagnostics in the web worker');
  const rules = new Set(diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : '')));
  console.log(`[web] ${diagnostics.length} diagnostics: ${[...rules].join(', ')}`);
  for (const rule of ['required-section', 'identifying-detail', 'undefined-acronym', 'recommendation-format']) {
    if (!rules.has(rule)) throw new Error(`missing ${rule} diagnostics in the web extension`);
  }
  const name = diagnostics.find((d) => document.getText(d.range) === 'Jayden Marsh-Okafor');
  if (!name) throw new Error('identifying-detail range differs in the web extension');
  // The status bar and the panel are fed by the server in the worker through a custom request.
  const ext = vscode.extensions.all.find((candidate) => candidate.id.endsWith('.cspr-lint'));
  type State = { template: { id: string }; counts: { missingRequired: number }; panel?: { themes: unknown[] } };
  const api = (await ext!.activate()) as { drafts: { fresh(document: vscode.TextDocument): Promise<State | undefined>; stateFor(uri: vscode.Uri): State | undefined } };
  const state = await api.drafts.fresh(document);
  if (!state || state.template.id !== 'lcspr' || state.counts.missingRequired < 1) throw new Error(`unexpected draft state from the web worker server: ${JSON.stringify(state)?.slice(0, 300)}`);
  // The panel's view comes once the panel is shown (the client asks for it only then).
  await vscode.commands.executeCommand('csprLint.showCoverage');
  const panel = await waitFor(() => {
    const themes = api.drafts.stateFor(uri)?.panel?.themes;
    return themes && themes.length >= 10 ? themes : undefined;
  }, 'the panel view from the web worker server');
  console.log(`[web] draft state: ${state.counts.missingRequired} required sections missing, ${panel.length} themes in the panel`);
  console.log('[web] PASS: the web extension lints drafts in a worker language server, through workspace.fs');
}
