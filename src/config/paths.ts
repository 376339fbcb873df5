// Path arithmetic on '/'-separated absolute paths, without Node's `path` (the config loader also
// runs in the web extension, where paths come from workspace URIs).

export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

export function dirname(path: string): string {
  const clean = toPosix(path).replace(/\/+$/, '');
  const index = clean.lastIndexOf('/');
  if (index <= 0) return index === 0 ? '/' : '.';
  return clean.slice(0, index);
}

export function basename(path: string): string {
  const clean = toPosix(path).replace(/\/+$/, '');
  return clean.slice(clean.lastIndexOf('/') + 1);
}

export function isAbsolute(path: string): boolean {
  return /^(?:\/|[A-Za-z]:\/)/.test(toPosix(path));
}

/** Joins and normalises ".." and "." segments. */
export function join(base: string, relative: string): string {
  const rel = toPosix(relative);
  const combined = isAbsolute(rel) ? rel : `${toPosix(base).replace(/\/+$/, '')}/${rel}`;
  const drive = /^[A-Za-z]:/.exec(combined)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of combined.slice(drive.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `${drive}/${parts.join('/')}`;
}

/** `target` relative to `from` (a folder), '/'-separated, for messages and glob matching. */
export function relative(from: string, target: string): string {
  const a = toPosix(join(from, '.')).split('/').filter(Boolean);
  const b = toPosix(join(target, '.')).split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/') || '.';
}

/** Whether `path` is `folder` or lies under it (both absolute). */
export function isInside(path: string, folder: string): boolean {
  const inner = join(path, '.');
  const outer = join(folder, '.');
  return inner === outer || inner.startsWith(outer.endsWith('/') ? outer : `${outer}/`);
}
