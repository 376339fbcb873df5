// The floor of the VS Code figures (scripts/bench-vscode.mjs): a language server that does no
// linting, started by test/perf/suite.ts through vscode-languageclient in the same VS Code, with the
// same transport (stdio) and document sync (incremental) as cspr-lint's. On every open and change it
// finds the edits' marker acronyms ("XQAB") with one regular expression over the text and publishes
// them as diagnostics, plus one at the top so an opened draft always has one. What the suite
// measures through it is what any language server costs in this VS Code on this machine: the
// editor's round trip, the extension host, the pipe, the client's conversion and the Markdown
// extension's own work on each edit, with no lint in it.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const MARKER = /\bXQ[A-Z]{2}\b/g;

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));

documents.onDidChangeContent(({ document }) => {
  const text = document.getText();
  const diagnostics: Diagnostic[] = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: 'floor: the draft was read', source: 'perf-floor', severity: 3 }];
  for (const match of text.matchAll(MARKER)) {
    const start = document.positionAt(match.index!);
    const end = document.positionAt(match.index! + match[0].length);
    diagnostics.push({ range: { start, end }, message: `"${match[0]}" is not defined`, code: 'undefined-acronym', source: 'perf-floor', severity: 2 });
  }
  void connection.sendDiagnostics({ uri: document.uri, diagnostics });
});

documents.listen(connection);
connection.listen();
