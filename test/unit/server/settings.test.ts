// How the server reads the settings editors send, and the URIs it meets: pure functions, no server.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/server/settings';
import { parseUri, uriKey, uriWithPath } from '../../../src/server/uri';

describe('readSettings', () => {
  it('accepts the shapes editors send', () => {
    expect(readSettings({ csprLint: { hover: false } }).hover).toBe(false);
    expect(readSettings({ settings: { csprLint: { codeLens: false } } }).codeLens).toBe(false);
    expect(readSettings({ 'csprLint.rename': false }).rename).toBe(false);
    expect(readSettings({ run: 'onSave', debounceMs: 50 })).toMatchObject({ run: 'onSave', debounceMs: 50 });
  });

  it('keeps the defaults for anything missing or malformed', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ csprLint: { run: 'sometimes', debounceMs: 'fast', maxFileSizeKB: -5, hover: 'yes' } })).toEqual({ ...DEFAULT_SETTINGS, maxFileSizeKB: 1 });
  });
});

describe('URIs', () => {
  it('decodes paths and rebuilds URIs on the same scheme', () => {
    const parsed = parseUri('file:///c%3A/Reviews/Child%20J/draft.md');
    expect(parsed).toEqual({ scheme: 'file', authority: '', path: '/c:/Reviews/Child J/draft.md' });
    expect(uriWithPath(parsed, '/c:/Reviews/.cspr-lint.json')).toBe('file:///c%3A/Reviews/.cspr-lint.json');
    expect(uriWithPath(parseUri('vscode-vfs://github/team/reviews/a.md'), '/team/reviews/.cspr-lint.json')).toBe('vscode-vfs://github/team/reviews/.cspr-lint.json');
    expect(uriKey('file:///c%3A/a.md')).toBe(uriKey('file:///c:/a.md'));
  });
});
