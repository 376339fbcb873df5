// Editor features computed from one lint result of the document's current text: diagnostics, code
// actions, hover, CodeLens, outline, completion and rename. Pure functions of (result, document),
// so every feature answers from the same lint and none of them lints again.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, insertionPoint, skeletonEdit, type Finding, type Fix, type LintResult, type TemplateSection } from '../engine/index';
import { ALWAYS_KNOWN_ACRONYMS, BUILT_IN_EXPANSIONS } from '../engine/data/glossary';
import { sectionWordCount } from '../engine/sections/content';
import { panelState } from '../extension/panel/state';
import { HITS_PER_THEME } from '../extension/panel/view-model';
import { renderHtmlReport, renderMarkdownReport } from '../report/index';
import { qualityReport } from '../report/quality';
import { INSERT_SECTION_COMMAND, type CoverageReportParams, type DocumentState, type DocumentStatePart, type InsertSectionArguments } from './protocol';
import { parseUri } from './uri';

export const SOURCE = 'cspr-lint';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cspr-lint`;

/** What a feature may know beside the lint result: the config's glossary and agreed pseudonyms. */
export interface DraftContext {
  uri: string;
  document: TextDocument;
  result: LintResult;
  glossary: Readonly<Record<string, string>>;
  allowNames: readonly string[];
  /** The config file that applies, if one was found, and whether it loaded. */
  config?: { uri?: string; valid: boolean };
}

// ---------------------------------------------------------------- diagnostics

export function findingRange(finding: Finding): Range {
  const { start, end } = finding.range;
  return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
}

export function toDiagnostic(finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(finding),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    message: finding.message,
  };
  // A client can offer more for a real-looking name (VS Code: replace everywhere with a picked pseudonym, add to allowNames).
  if (finding.data?.kind === 'name') diagnostic.data = { kind: 'name', name: finding.data.name };
  return diagnostic;
}

/** Every diagnostic of a lint: its findings, and a warning on each disable comment that gives no reason. */
export function diagnosticsOf(result: LintResult): Diagnostic[] {
  const lines = result.document.lineStarts;
  const text = result.document.text;
  const unexplained = result.suppressions
    .filter((suppression) => suppression.kind !== 'enable' && !suppression.reason && suppression.line >= 1 && suppression.line <= lines.length)
    .map((suppression): Diagnostic => {
      const start = lines[suppression.line - 1];
      const next = suppression.line < lines.length ? lines[suppression.line] : text.length;
      const line = text.slice(start, next).replace(/\r?\n$/, '');
      const indent = line.length - line.trimStart().length;
      return {
        range: { start: { line: suppression.line - 1, character: indent }, end: { line: suppression.line - 1, character: line.length } },
        severity: DiagnosticSeverity.Warning,
        source: SOURCE,
        code: 'suppression-reason',
        message: `This cspr-lint-${suppression.kind} comment gives no reason: write why after "--" before "-->" (e.g. "-- agreed with the panel chair"). Sign-off reads it in cspr-lint --list-suppressions.`,
      };
    });
  return [...result.findings.map(toDiagnostic), ...unexplained];
}

function offsetRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

function rangesTouch(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function findingsAt(ctx: DraftContext, range: Range): Finding[] {
  return ctx.result.findings.filter((finding) => rangesTouch(findingRange(finding), range));
}

// ---------------------------------------------------------------- code actions

function editOf(ctx: DraftContext, edits: readonly { start: number; end: number; text: string }[]): WorkspaceEdit {
  return { changes: { [ctx.uri]: edits.map((edit): TextEdit => ({ range: offsetRange(ctx.document, edit.start, edit.end), newText: edit.text })) } };
}

function fixAction(ctx: DraftContext, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: editOf(ctx, fix.edits) };
}

/** `only` asks for some kinds; a kind is wanted when it equals or extends one of them (LSP hierarchy). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export function codeActions(ctx: DraftContext, range: Range, only: readonly string[] | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const finding of findingsAt(ctx, range)) {
      const diagnostic = toDiagnostic(finding);
      if (finding.fix) actions.push(fixAction(ctx, finding.fix, diagnostic, true));
      for (const suggestion of finding.suggestions ?? []) actions.push(fixAction(ctx, suggestion, diagnostic, false));
      for (const scope of ['line', 'file'] as const) actions.push(disableAction(ctx, finding, diagnostic, scope));
    }
  }
  // A source action is offered only when asked for (VS Code's fix-all on save, a "source action" menu).
  if (only !== undefined && wants(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(ctx);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function disableAction(ctx: DraftContext, finding: Finding, diagnostic: Diagnostic, scope: 'line' | 'file'): CodeAction {
  const doc = ctx.result.document;
  // A file-wide comment goes after front matter, so the comment does not break it.
  const offset = scope === 'line' ? doc.lineStarts[finding.range.start.line - 1] : doc.bodyStart;
  const comment = `<!-- cspr-lint-${scope === 'line' ? 'disable-next-line' : 'disable'} ${finding.ruleId} -- reason -->\n`;
  return {
    title: `Disable ${finding.ruleId} for this ${scope}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: editOf(ctx, [{ start: offset, end: offset, text: comment }]),
    // A client with snippets may insert the comment itself with the cursor on the reason (VS Code does).
    data: { disable: { ruleId: finding.ruleId, scope, line: finding.range.start.line - 1 } },
  };
}

/** Every safe fix as one edit, or undefined when there is none or they overlap (then nothing is applied). */
export function fixAllAction(ctx: DraftContext): CodeAction | undefined {
  const outcome = applyFixes(ctx.result.document.text, ctx.result.findings);
  if (outcome.applied === 0 || outcome.conflict) return undefined;
  const edits = ctx.result.findings.flatMap((finding) => finding.fix?.edits ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
  return { title: 'Fix all cspr-lint problems that have a safe fix', kind: FIX_ALL_KIND, edit: editOf(ctx, edits) };
}

// ---------------------------------------------------------------- hover

const ACRONYM_CHAR = /[A-Za-z0-9&]/;
const GLOSSARY_SOURCE = { config: 'glossary in .cspr-lint.json', draft: "this draft's glossary", 'built-in': 'cspr-lint built-in glossary' } as const;

function wordAt(text: string, offset: number, char: RegExp): { start: number; end: number; text: string } | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && char.test(text[start - 1])) start--;
  while (end < text.length && char.test(text[end])) end++;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

export function acronymExpansion(ctx: DraftContext, acronym: string): { expansion: string; from: 'config' | 'draft' | 'built-in' } | undefined {
  const configured = ctx.glossary[acronym];
  if (configured) return { expansion: configured, from: 'config' };
  const inDraft = draftGlossary(ctx).get(acronym);
  if (inDraft) return { expansion: inDraft, from: 'draft' };
  const builtIn = BUILT_IN_EXPANSIONS[acronym];
  return builtIn ? { expansion: builtIn, from: 'built-in' } : undefined;
}

// "CAMHS – Child and …", "CAMHS: Child and …" (a list item or paragraph of the glossary section).
const GLOSSARY_LINE = /^([A-Z][A-Z0-9&]{1,15})[ \t]*[-–—:][ \t]*(\S[^\n]*)$/;

/** The draft's own glossary section: a two-column table (term, meaning) or "ACR – expansion" lines. */
function draftGlossary(ctx: DraftContext): Map<string, string> {
  const doc = ctx.result.document;
  const entries = new Map<string, string>();
  for (const match of doc.sectionsWithRole('glossary')) {
    const rows = new Map<string, string[]>();
    for (const block of doc.sectionBlocks(match)) {
      if (block.table) {
        const key = `${block.table.tableStart}:${block.table.row}`;
        const row = rows.get(key) ?? [];
        row[block.table.column] = block.text.trim();
        rows.set(key, row);
        continue;
      }
      for (const line of block.text.split('\n')) {
        const entry = GLOSSARY_LINE.exec(line.trim());
        if (entry && !entries.has(entry[1])) entries.set(entry[1], entry[2].trim());
      }
    }
    for (const [term, meaning] of rows.values()) if (term && meaning && /^[A-Z][A-Z0-9&]+$/.test(term) && !entries.has(term)) entries.set(term, meaning);
  }
  return entries;
}

export function hover(ctx: DraftContext, position: Position): Hover | null {
  const offset = ctx.document.offsetAt(position);
  const parts: string[] = [];
  for (const finding of ctx.result.findings) {
    if (finding.range.start.offset <= offset && offset <= finding.range.end.offset) {
      parts.push(`**${finding.severity}** ${escapeMarkdown(finding.message)}\n\n[${finding.ruleId}](${finding.docsUrl})`);
    }
  }
  const word = wordAt(ctx.result.document.text, offset, ACRONYM_CHAR);
  if (word && /^[A-Z][A-Z0-9&]*[A-Z]/.test(word.text) && !ALWAYS_KNOWN_ACRONYMS.has(word.text)) {
    const found = acronymExpansion(ctx, word.text);
    if (found) parts.push(`**${word.text}**: ${escapeMarkdown(found.expansion)} (${GLOSSARY_SOURCE[found.from]})`);
  }
  for (const theme of ctx.result.coverage) {
    const hit = theme.hits.find((candidate) => candidate.start <= offset && offset <= candidate.end);
    if (!hit) continue;
    parts.push(`Evidence for the national theme **${escapeMarkdown(theme.label)}** (${theme.status}; ${theme.distinctPhrases} distinct piece${theme.distinctPhrases === 1 ? '' : 's'} of evidence): "${escapeMarkdown(hit.phrase)}"`);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

// ---------------------------------------------------------------- CodeLens

export function codeLenses(ctx: DraftContext): CodeLens[] {
  const doc = ctx.result.document;
  const lenses: CodeLens[] = [];
  for (const status of ctx.result.sections) {
    const section = doc.template.sections.find((candidate) => candidate.id === status.id)!;
    const match = doc.section(status.id);
    if (match) {
      const words = sectionWordCount(doc, match);
      const themes = [...new Set(ctx.result.coverage.filter((theme) => theme.hits.some((hit) => hit.sectionId === status.id)).map((theme) => theme.label))];
      const title = `${words} word${words === 1 ? '' : 's'} · ${status.status === 'empty' ? 'empty' : 'complete'}${section.required ? '' : ' (recommended)'} · ${themes.length === 0 ? 'no themes evidenced' : `themes: ${themes.join(', ')}`}`;
      // An empty command id: a label, not a button (VS Code and Neovim show it as text).
      lenses.push({ range: headingRange(ctx, match.heading.start, match.heading.end), command: { title, command: '' } });
    } else if (section.required) {
      // Where the section's heading is a bold line or misspelt, the lens is on that line and mends it.
      const finding = missingSectionFinding(ctx, section.id);
      const bold = finding?.data?.boldLine === 'true';
      const misspelt = finding?.data?.misspelt === 'true';
      const position = ctx.document.positionAt(finding && (bold || misspelt) ? finding.range.start.offset : insertionPoint(doc, section).offset);
      const args: InsertSectionArguments = { uri: ctx.uri, sectionId: section.id };
      lenses.push({
        range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: 0 } },
        command: { title: `${bold ? 'Make heading' : misspelt ? 'Correct spelling' : 'Insert section'}: ${section.title}`, command: INSERT_SECTION_COMMAND, arguments: [args] },
      });
    }
  }
  return lenses;
}

function headingRange(ctx: DraftContext, start: number, end: number): Range {
  return offsetRange(ctx.document, start, end);
}

/**
 * The edit an "Insert section" lens applies: what required-section suggests for the section (its
 * skeleton at its template position, or its bold line made a heading), else the skeleton.
 */
export function insertSectionEdit(ctx: DraftContext, sectionId: string): WorkspaceEdit | undefined {
  const doc = ctx.result.document;
  const section = doc.template.sections.find((candidate) => candidate.id === sectionId);
  if (!section || doc.section(sectionId)) return undefined;
  const suggested = missingSectionFinding(ctx, sectionId)?.suggestions?.[0];
  return editOf(ctx, suggested ? suggested.edits : [skeletonEdit(doc, section, doc.childName())]);
}

function missingSectionFinding(ctx: DraftContext, sectionId: string): Finding | undefined {
  return ctx.result.findings.find((finding) => finding.ruleId === 'required-section' && finding.data?.sectionId === sectionId);
}

// ---------------------------------------------------------------- outline

export function documentSymbols(ctx: DraftContext): DocumentSymbol[] {
  const doc = ctx.result.document;
  const symbols: { offset: number; symbol: DocumentSymbol }[] = [];
  for (const status of ctx.result.sections) {
    const section = doc.template.sections.find((candidate) => candidate.id === status.id)!;
    const match = doc.section(status.id);
    if (match) {
      symbols.push({
        offset: match.heading.start,
        symbol: {
          name: match.heading.text || section.title,
          detail: `${section.title} · ${status.status === 'empty' ? 'empty' : 'present'}${section.required ? '' : ' · recommended'}`,
          kind: SymbolKind.String,
          range: offsetRange(ctx.document, match.heading.start, Math.max(match.heading.end, trimEnd(doc.text, match.end))),
          selectionRange: offsetRange(ctx.document, match.heading.start, match.heading.end),
        },
      });
    } else if (section.required) {
      const offset = insertionPoint(doc, section).offset;
      const range = offsetRange(ctx.document, offset, offset);
      symbols.push({ offset, symbol: { name: `⚠ Missing: ${section.title}`, detail: 'required section', kind: SymbolKind.Null, range, selectionRange: range } });
    }
  }
  return symbols.sort((a, b) => a.offset - b.offset).map((entry) => entry.symbol);
}

function trimEnd(text: string, end: number): number {
  let cursor = end;
  while (cursor > 0 && /\s/.test(text[cursor - 1])) cursor--;
  return cursor;
}

// ---------------------------------------------------------------- completion

const HEADING_PREFIX = /^(#{1,6})([ \t]*)([^\n]*)$/;
const COMPLETION_WORD_CHAR = /[\p{L}\p{N}&'’-]/u;

export function completions(ctx: DraftContext, position: Position): CompletionItem[] {
  const line = ctx.document.getText({ start: { line: position.line, character: 0 }, end: position });
  const heading = HEADING_PREFIX.exec(line);
  if (heading) return headingCompletions(ctx, position, heading[1].length, heading[2].length);
  // Scanned backwards: a pattern anchored at the end would retry from every start of a long line.
  let wordStart = line.length;
  while (wordStart > 0 && COMPLETION_WORD_CHAR.test(line[wordStart - 1])) wordStart--;
  const word = line.slice(wordStart);
  if (word === '' || !/^\p{Lu}/u.test(word)) return [];
  const replace: Range = { start: { line: position.line, character: position.character - word.length }, end: position };
  const items: CompletionItem[] = [];
  const acronyms = new Map<string, string>(Object.entries(BUILT_IN_EXPANSIONS));
  for (const [acronym, expansion] of Object.entries(ctx.glossary)) acronyms.set(acronym, expansion);
  for (const [acronym, expansion] of acronyms) {
    items.push({ label: acronym, kind: CompletionItemKind.Constant, detail: expansion, textEdit: { range: replace, newText: acronym }, filterText: acronym });
  }
  for (const name of new Set(ctx.allowNames)) {
    items.push({ label: name, kind: CompletionItemKind.Value, detail: 'agreed pseudonym (allowNames)', sortText: `0${name}`, textEdit: { range: replace, newText: name } });
  }
  return items;
}

function headingCompletions(ctx: DraftContext, position: Position, hashes: number, spaces: number): CompletionItem[] {
  const doc = ctx.result.document;
  const titleStart = hashes + spaces;
  const replace: Range = { start: { line: position.line, character: titleStart }, end: position };
  return doc.template.sections.map((section: TemplateSection, index): CompletionItem => {
    const present = doc.section(section.id) !== undefined;
    return {
      label: section.title,
      kind: CompletionItemKind.Module,
      detail: `${section.required ? 'required' : 'recommended'} section${present ? ' (already in the draft)' : ''}`,
      documentation: section.guidance || undefined,
      // Missing sections first, each in template order.
      sortText: `${present ? 1 : 0}${String(index).padStart(3, '0')}`,
      filterText: section.title,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: replace, newText: `${spaces === 0 ? ' ' : ''}${section.title}` },
    };
  });
}

// ---------------------------------------------------------------- rename

/** The real-name finding under the cursor: only those can be renamed (pseudonymised). */
export function nameFindingAt(ctx: DraftContext, position: Position): Finding | undefined {
  const offset = ctx.document.offsetAt(position);
  return ctx.result.findings.find(
    (finding) => finding.ruleId === 'identifying-detail' && finding.data?.kind === 'name' && finding.range.start.offset <= offset && offset <= finding.range.end.offset,
  );
}

/** Replaces every whole-word occurrence of the name in the draft with the pseudonym. */
export function renameEdit(ctx: DraftContext, finding: Finding, newName: string): WorkspaceEdit {
  const text = ctx.result.document.text;
  const name = text.slice(finding.range.start.offset, finding.range.end.offset);
  const edits: { start: number; end: number; text: string }[] = [];
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + name.length)) {
    if (isWordChar(text[index - 1]) || isWordChar(text[index + name.length])) continue;
    edits.push({ start: index, end: index + name.length, text: newName });
  }
  return editOf(ctx, edits);
}

// ---------------------------------------------------------------- panel state

export function documentState(ctx: DraftContext, omit: ReadonlySet<DocumentStatePart> = new Set()): DocumentState {
  const { result } = ctx;
  const withHits = !omit.has('coverageHits');
  const count = (severity: Finding['severity']) => result.findings.filter((finding) => finding.severity === severity).length;
  return {
    uri: ctx.uri,
    version: ctx.document.version,
    template: { id: result.template.id, label: result.template.label },
    sections: result.sections,
    coverage: result.coverage.map((theme) => ({
      id: theme.id,
      label: theme.label,
      status: theme.status,
      expected: theme.expected,
      phrases: theme.phrases,
      hitCount: theme.hits.length,
      hits: withHits ? theme.hits.slice(0, HITS_PER_THEME).map((hit) => ({ line: hit.line, column: hit.column, phrase: hit.phrase, section: hit.section, sectionId: hit.sectionId })) : [],
    })),
    counts: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      missingRequired: result.sections.filter((section) => section.required && section.status === 'missing').length,
      coveredThemes: result.coverage.filter((theme) => theme.status === 'covered').length,
      themes: result.coverage.length,
    },
    notices: result.notices,
    ...(omit.has('panel') ? {} : { panel: panelState({ path: parseUri(ctx.uri).path }, result) }),
    config: { uri: ctx.config?.uri, valid: ctx.config?.valid ?? true, allowNames: [...ctx.allowNames] },
    fixAll: fixAllCount(ctx),
    missingSections: result.document.template.sections
      .filter((section) => !result.document.section(section.id))
      .map((section) => ({ id: section.id, title: section.title, required: section.required, guidance: section.guidance || undefined, skeleton: section.skeleton || undefined })),
  };
}

function fixAllCount(ctx: DraftContext): DocumentState['fixAll'] {
  const applicable = ctx.result.findings.filter((finding) => finding.fix).length;
  if (applicable === 0) return { applicable, conflict: false };
  return { applicable, conflict: applyFixes(ctx.result.document.text, ctx.result.findings).conflict };
}

// ---------------------------------------------------------------- coverage report

export function coverageReport(ctx: DraftContext, params: CoverageReportParams): string {
  const { result } = ctx;
  const name = parseUri(ctx.uri).path.split('/').pop() ?? 'draft';
  const input = {
    title: result.document.headings[0]?.text ?? name.replace(/\.(?:md|markdown)$/i, ''),
    filePath: params.filePath ?? name,
    template: result.template,
    sections: result.sections,
    coverage: result.coverage,
    quality: qualityReport(result),
  };
  return params.format === 'markdown' ? renderMarkdownReport(input) : renderHtmlReport(input);
}
