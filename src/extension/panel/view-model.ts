// The panel's pure parts (no vscode import), so they can be unit-tested: the state sent to the
// webview (data only), the HTML shell with its Content-Security-Policy, and message validation.
import * as z from 'zod';
import type { LintResult } from '../../engine/index';

export const panelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('reveal'), line: z.number().int().min(1).max(10_000_000), column: z.number().int().min(1).max(1_000_000).optional() }),
  z.object({ type: z.literal('insertSection'), sectionId: z.string().regex(/^[a-z][a-z0-9-]{0,80}$/) }),
]);
export type PanelMessage = z.infer<typeof panelMessageSchema>;

/** What the webview renders: only data, never HTML. */
export interface PanelState {
  file: string;
  template: string;
  summary: string;
  sections: { id: string; title: string; required: boolean; status: string; line?: number; heading?: string }[];
  themes: { id: string; label: string; status: string; expected: boolean; distinct: number; hits: { line: number; column: number; phrase: string; section: string }[] }[];
}

export function panelState(uri: { path: string }, result: LintResult): PanelState {
  const covered = result.coverage.filter((theme) => theme.status === 'covered').length;
  const missing = result.sections.filter((section) => section.required && section.status === 'missing').length;
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  return {
    file: uri.path.split('/').pop() ?? '',
    template: result.template.label,
    summary: `${missing} required section${missing === 1 ? '' : 's'} missing · ${errors} error${errors === 1 ? '' : 's'} · ${covered} of ${result.coverage.length} themes covered`,
    sections: result.sections.map((section) => ({ id: section.id, title: section.title, required: section.required, status: section.status, line: section.line, heading: section.heading })),
    themes: result.coverage.map((theme) => ({
      id: theme.id,
      label: theme.label,
      status: theme.status,
      expected: theme.expected,
      distinct: theme.distinctPhrases,
      hits: theme.hits.slice(0, 50).map((hit) => ({ line: hit.line, column: hit.column, phrase: hit.phrase, section: hit.section })),
    })),
  };
}

export function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function panelHtml(options: { cspSource: string; scriptUri: string; styleUri: string; nonce: string }): string {
  const csp = [`default-src 'none'`, `style-src ${options.cspSource}`, `script-src 'nonce-${options.nonce}'`, `img-src ${options.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${options.styleUri}">
<title>CSPR Review</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="empty">Open a review draft to see its sections and theme coverage.</p></main>
<script nonce="${options.nonce}" src="${options.scriptUri}"></script>
</body>
</html>`;
}

