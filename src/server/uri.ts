// URIs as the server meets them (file:, untitled:, and the web host's vscode-vfs: or memfs:), turned
// into the '/'-separated paths the config loader works on and back. No Node built-ins: the browser
// server shares this.

export interface ParsedUri {
  scheme: string;
  authority: string;
  /** Decoded path, always starting with '/' ("/c:/Users/…" for a Windows drive). */
  path: string;
}

const URI = /^([A-Za-z][A-Za-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)/;

export function parseUri(uri: string): ParsedUri {
  const match = URI.exec(uri);
  if (!match) return { scheme: '', authority: '', path: uri };
  let path = match[3];
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the path as written rather than refuse the document.
  }
  if (!path.startsWith('/')) path = `/${path}`;
  return { scheme: match[1].toLowerCase(), authority: match[2] ?? '', path };
}

/** Builds a URI on the same scheme and authority as `base`, with each path segment encoded as VS Code does. */
export function uriWithPath(base: ParsedUri, path: string): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `${base.scheme}://${base.authority}${encoded.startsWith('/') ? encoded : `/${encoded}`}`;
}

export function sameUri(a: string, b: string): boolean {
  if (a === b) return true;
  const left = parseUri(a);
  const right = parseUri(b);
  return left.scheme === right.scheme && left.authority === right.authority && left.path === right.path;
}

/** A key under which two spellings of the same URI ("c%3A" and "c:") meet. */
export function uriKey(uri: string): string {
  const parsed = parseUri(uri);
  return `${parsed.scheme}://${parsed.authority}${parsed.path}`;
}
