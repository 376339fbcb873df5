// Shared shapes of the engine. Pure TypeScript: no `vscode`, no Node built-ins, so the same code
// runs in the CLI, the desktop extension host and the web worker of vscode.dev.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** 1-based line and column (UTF-16 code units), plus the 0-based offset into the document text. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An edit expressed in document offsets; `start === end` inserts. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  docsUrl: string;
  /** A fix that is safe to apply without review (used by --fix and fix-all). */
  fix?: Fix;
  /** Alternatives the author must choose between; never applied automatically. */
  suggestions?: Fix[];
  /** Machine-readable detail for adapters (e.g. the template section id of a missing section). */
  data?: Record<string, string>;
}

export interface Suppression {
  ruleIds: string[] | 'all';
  kind: 'disable' | 'enable' | 'disable-next-line';
  reason?: string;
  line: number;
  /** The findings this comment silenced. */
  suppressed: Finding[];
}

export type RuleCategory = 'structure' | 'content' | 'publication' | 'language';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /**
   * The default for drafts of a given template, where it differs from `defaultSeverity` (a rapid
   * review, written in three weeks, is not judged like a local review). A config setting for the
   * rule always wins.
   */
  severityByTemplate?: Readonly<Record<string, SeveritySetting>>;
  description: string;
  category: RuleCategory;
  fixable: boolean;
}
