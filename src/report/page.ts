// The shell every standalone HTML output shares (coverage report, portfolio, briefing): one file, no
// script, nothing fetched — the Content-Security-Policy allows inline styles and nothing else (and
// data: images where a report needs them).
import { escapeHtml } from './index';

export interface StandalonePage {
  /** Plain text: escaped here. */
  title: string;
  style: string;
  /** Already-escaped HTML. */
  body: string;
  allowDataImages?: boolean;
}

export function standalonePage({ title, style, body, allowDataImages = false }: StandalonePage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'${allowDataImages ? '; img-src data:' : ''}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${style}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
