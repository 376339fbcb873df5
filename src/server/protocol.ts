// Custom messages between the cspr-lint language server and its clients. Kept in one place so the
// VS Code client (and its side panel) can import the same names and shapes the server answers with.
import type { CoverageStatus, SectionStatus } from '../engine/index';
import type { PanelState } from '../extension/panel/view-model';
import type { PortfolioDraftSummary } from '../portfolio/build';

/** The VS Code panel's view of one draft: sections checklist, theme coverage and finding counts. */
export const DOCUMENT_STATE_REQUEST = 'csprLint/documentState';
export interface DocumentStateParams {
  uri: string;
  /**
   * Parts the client can do without, so that the state it asks for after every keystroke stays
   * small: `panel` (the VS Code side panel's view, about 175 KB on a 50,000-word draft, wanted only
   * while the panel is shown) and `coverageHits` (each theme's hits, left as []; `hitCount` stays).
   */
  omit?: DocumentStatePart[];
}
export type DocumentStatePart = 'panel' | 'coverageHits';
export interface DocumentThemeHit {
  line: number;
  column: number;
  phrase: string;
  section: string;
  sectionId?: string;
}
export interface DocumentState {
  uri: string;
  version: number;
  template: { id: string; label: string };
  sections: SectionStatus[];
  /** Hits are capped per theme (`hitCount` says how many there are), as in the panel. */
  coverage: { id: string; label: string; status: CoverageStatus; expected: boolean; phrases: string[]; hitCount: number; hits: DocumentThemeHit[] }[];
  counts: { errors: number; warnings: number; infos: number; missingRequired: number; coveredThemes: number; themes: number };
  notices: string[];
  /** Exactly what the VS Code side panel renders (src/extension/panel/view-model.ts), so the client only forwards it; absent when omitted. */
  panel?: PanelState;
  /** The .cspr-lint.json that applies (absent when none does), whether it is valid, and its agreed pseudonyms. */
  config: { uri?: string; valid: boolean; allowNames: string[] };
  /** What "fix all" would do: how many safe fixes apply, and whether they overlap (then none is applied). */
  fixAll: { applicable: number; conflict: boolean };
  /** Required and recommended sections not in the draft, in template order, for an "insert section" picker. */
  missingSections: { id: string; title: string; required: boolean; guidance?: string; skeleton?: string }[];
}

/**
 * The coverage report of an open draft (the "Export coverage report" command), rendered as the
 * extension renders it today; the client writes it where the user chose (the server writes nothing).
 */
export const COVERAGE_REPORT_REQUEST = 'csprLint/coverageReport';
export interface CoverageReportParams {
  uri: string;
  format: 'html' | 'markdown';
  /** The draft's path as the report should show it (e.g. relative to the workspace). */
  filePath?: string;
}
export interface CoverageReport {
  content: string;
}

/** Lints (and publishes diagnostics for) every draft in the workspace folders, with progress and cancellation. */
export const LINT_WORKSPACE_REQUEST = 'csprLint/lintWorkspace';
export interface LintWorkspaceResult {
  files: number;
  drafts: number;
  errors: number;
  warnings: number;
  infos: number;
  cancelled: boolean;
}

/** Lints one document now and publishes the result, whatever `csprLint.run` says (the "Lint this draft" command). */
export const LINT_DOCUMENT_REQUEST = 'csprLint/lintDocument';
export interface LintDocumentResult {
  isDraft: boolean;
}

/**
 * Server → client, for hosts where the server cannot read files itself (the web worker): the text
 * of a file, or null when it does not exist.
 */
export const READ_FILE_REQUEST = 'csprLint/readFile';
export interface ReadFileParams {
  uri: string;
}

/** Server → client, for the same hosts: the Markdown files under a workspace folder. */
export const FIND_MARKDOWN_FILES_REQUEST = 'csprLint/findMarkdownFiles';
export interface FindMarkdownFilesParams {
  folderUri: string;
}

/** The command a "Insert section" CodeLens runs: the server sends the edit back with workspace/applyEdit. */
export const INSERT_SECTION_COMMAND = 'csprLint.server.insertSection';
export interface InsertSectionArguments {
  uri: string;
  sectionId: string;
}

/**
 * The summary of a saved draft for the Portfolio view (what PortfolioBuilder keeps of a lint), read
 * from disk by the server; null when the file is not a draft or cannot be read.
 */
export const DRAFT_SUMMARY_REQUEST = 'csprLint/draftSummary';
export interface DraftSummaryParams {
  uri: string;
  /** How the portfolio names the draft (relative to the workspace). */
  filePath: string;
}
export interface DraftSummary {
  summary: PortfolioDraftSummary;
  /** Line and column (1-based) of the first hit of each theme, so a portfolio row opens the draft there. */
  firstHits: Record<string, { line: number; column: number }>;
}

/** The 7-minute briefing of an open draft, as Markdown, anonymised; null when it is not a draft. */
export const BRIEFING_REQUEST = 'csprLint/briefing';
export interface BriefingResult {
  markdown: string;
  /** Lines left out because they could identify someone. */
  withheld: number;
  /** Parts still to write (bracketed prompts). */
  prompts: number;
}

/** The preset templates, with the text of a new draft made from each ("New draft from template"). */
export const TEMPLATES_REQUEST = 'csprLint/templates';
export interface TemplateChoice {
  id: string;
  label: string;
  description?: string;
  content: string;
}
