// Word in and out, bundled apart from the CLI (dist/word.js): mammoth and docx are large, and only
// `import`, `export` and a .docx named to the linter need them.
export { importWordDraft, paragraphOfLine, WordError, type ImportedWordDraft } from './import';
export { markdownToDocx } from './export';
