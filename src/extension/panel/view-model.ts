// The panel's pure parts (no vscode import), so they can be unit-tested: the shape of the state sent
// to the webview (data only; state.ts builds it from a lint, in the language server), the HTML shell
// with its Content-Security-Policy, and message validation. Nothing here imports the engine's code,
// so the extension's client bundle stays free of it.
import * as z from 'zod/mini';
import type { SectionStatus } from '../../engine/index';
import type { QualityMarker } from '../../engine/quality/markers';

/** Messages the webview may send. Anything else (or anything malformed) is ignored. */
export const panelMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('reveal'), line: z.int().check(z.minimum(1), z.maximum(10_000_000)), column: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))) }),
  z.strictObject({ type: z.literal('insertSection'), sectionId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,80}$/)) }),
  z.strictObject({ type: z.literal('newDraft') }),
]);
export type PanelMessage = z.infer<typeof panelMessageSchema>;

/** At most this many hits per theme go to the webview; the row says how many more there are. */
export const HITS_PER_THEME = 20;

/** A row of the sections checklist: the engine's section status, as is. */
export type PanelSection = SectionStatus;

export interface PanelHit {
  line: number;
  column: number;
  phrase: string;
  /** Heading above the hit ("" before the first heading). */
  section: string;
  /** The sentence the evidence is in. */
  passage: string;
  /** Why it counts: each concept with the draft's words that carried it. */
  concepts: { label: string; words: string[] }[];
}

export interface PanelTheme {
  id: string;
  label: string;
  status: 'covered' | 'mentioned' | 'absent';
  expected: boolean;
  /** Distinct indicative phrases found. */
  distinct: number;
  phrases: string[];
  hitCount: number;
  hits: PanelHit[];
  /** For a theme not covered yet: the nearest miss and what its evidence needs. */
  missing: string[];
}

/** Reading figures of one section, for the Quality part's table. */
export interface PanelReadability {
  title: string;
  line: number;
  sentences: number;
  averageSentenceLength: number;
  readingEase: number;
  /** Share of very long sentences, 0–1. */
  longShare: number;
}

/** The Quality part: each quality marker judged from the text, and the reading figures per section. */
export interface PanelQuality {
  markers: QualityMarker[];
  readability: PanelReadability[];
}

/** What the webview renders: only data, never HTML. */
export interface PanelState {
  file: string;
  template: string;
  summary: string;
  /** Labels of the template's expected themes the draft does not address yet. */
  expectedAbsent: string[];
  sections: PanelSection[];
  themes: PanelTheme[];
  quality: PanelQuality;
}

export function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** For double-quoted attributes. The URIs come from VS Code, not the draft; escaped anyway so a path with a quote cannot end the attribute. */
function attribute(value: string): string {
  return value.replace(/[&<>"]/g, (ch) => ATTRIBUTE_ESCAPES[ch]);
}

export interface PanelHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
}

/**
 * The webview's HTML shell. It holds no draft text at all: the script renders the state the
 * extension posts. Nothing loads but the extension's own stylesheet and the one script carrying
 * the nonce; no inline styles (sizes are set through element.style, which the CSP allows).
 */
export function panelHtml(options: PanelHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(options.nonce)) throw new Error('panel nonce must be base64 or hex characters');
  const csp = [`default-src 'none'`, `style-src ${options.cspSource}`, `script-src 'nonce-${options.nonce}'`, `img-src ${options.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(options.styleUri)}">
<title>CSPR Review</title>
</head>
<body>
<main id="root" aria-label="CSPR Review"><p class="placeholder">Open a review draft to see its sections and theme coverage.</p></main>
<script nonce="${options.nonce}" src="${attribute(options.scriptUri)}"></script>
</body>
</html>`;
}
