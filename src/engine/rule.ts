// The shape every rule module exports (one rule, one file). A rule may scan each text block on its
// own (`scanBlock`: results are cached with the chunk, so a keystroke rescans only the chunk it
// touched) and then decide over the whole document (`check`), where it can see sections.
import type { ZodMiniType } from 'zod/mini';
import type { DocBlock, DraftDocument } from './document';
import type { TextBlock } from './parse/markdown';
import type { Fix, RuleMeta, Severity } from './types';
import type { Glossary } from './data/glossary';

export const DOCS_BASE_URL = 'https://github.com/cspr-lint/cspr-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** Anything a scan finds; `start`/`end` are chunk-relative while scanning and document offsets in `check`. */
export interface ScanItem {
  start: number;
  end: number;
}

export interface ReportInput {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  suggestions?: Fix[];
  data?: Record<string, string>;
  /**
   * The most this finding may weigh: the configured severity is lowered to it, never raised (an
   * empty recommended section is at most a warning even when the rule is configured as an error).
   */
  maxSeverity?: Severity;
}

/** Settings every rule may read, resolved from config. */
export interface SharedSettings {
  allowNames: ReadonlySet<string>;
  glossary: Glossary;
  /** Config `language`: a term → the team's preferred wording, or null to allow the term (`language-matters`). */
  language?: ReadonlyMap<string, string | null>;
}

export interface ScanContext<Options> {
  options: Options;
  shared: SharedSettings;
  /** Chunk offset of a character in the block's text. */
  offsetOf(block: TextBlock, textIndex: number): number;
}

export interface CheckContext<Options, Item extends ScanItem> {
  doc: DraftDocument;
  options: Options;
  shared: SharedSettings;
  /** What `scanBlock` found, in document order, with document offsets. */
  items: Item[];
  report(input: ReportInput): void;
  /** Human name of the child for messages ("Child J"), or "the child". */
  childName: string;
}

export interface Rule<Options = Record<string, never>, Item extends ScanItem = ScanItem> {
  meta: RuleMeta;
  /** Options schema with defaults; parsing `{}` must give the defaults. */
  options?: ZodMiniType<Options>;
  scanBlock?(block: TextBlock, ctx: ScanContext<Options>): Item[];
  check(ctx: CheckContext<Options, Item>): void;
}

// Rules are stored with their option and item types erased; each rule checks its own options.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any>;

export function defineRule<Options, Item extends ScanItem = ScanItem>(rule: Rule<Options, Item>): Rule<Options, Item> {
  return rule;
}

export type { DocBlock };
