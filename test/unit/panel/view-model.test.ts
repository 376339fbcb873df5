// The panel's HTML shell, its state and its message validation, without a VS Code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { panelState } from '../../../src/extension/panel/state';
import { HITS_PER_THEME, nonce, panelHtml, panelMessageSchema } from '../../../src/extension/panel/view-model';

const SAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'samples');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');

const OPTIONS = { cspSource: 'https://abc.vscode-cdn.net', scriptUri: 'https://abc.vscode-cdn.net/media/panel.js', styleUri: 'https://abc.vscode-cdn.net/media/panel.css', nonce: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };

describe('panel HTML', () => {
  const html = panelHtml(OPTIONS);

  it('has a strict Content-Security-Policy: nothing by default, styles and images from the extension, scripts only with the nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      'style-src https://abc.vscode-cdn.net',
      `script-src 'nonce-${OPTIONS.nonce}'`,
      'img-src https://abc.vscode-cdn.net',
    ]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('loads one script, with the nonce, and the stylesheet through the given webview URIs', () => {
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${OPTIONS.nonce}" src="${OPTIONS.scriptUri}">`]);
    expect(html).toContain(`<link rel="stylesheet" href="${OPTIONS.styleUri}">`);
    expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/i);
  });

  it('holds no draft text: the script renders everything from posted data', () => {
    expect(html).toContain('Open a review draft');
    expect(html.replace(/<[^>]+>/g, '').trim().split('\n').filter(Boolean)).toEqual(['CSPR Review', 'Open a review draft to see its sections and theme coverage.']);
  });

  it('escapes resource URIs and refuses a nonce that could break out of its attribute', () => {
    const odd = panelHtml({ ...OPTIONS, styleUri: 'https://x/"><script>alert(1)</script>' });
    expect(odd).not.toContain('"><script>alert(1)');
    expect(odd).toContain('&quot;&gt;&lt;script&gt;');
    expect(() => panelHtml({ ...OPTIONS, nonce: `x' 'unsafe-inline` })).toThrow(/nonce/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const seen = new Set(Array.from({ length: 50 }, () => nonce()));
    expect(seen.size).toBe(50);
    for (const value of seen) expect(value).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('panel messages', () => {
  it.each([
    [{ type: 'ready' }, true],
    [{ type: 'reveal', line: 12 }, true],
    [{ type: 'reveal', line: 12, column: 3 }, true],
    [{ type: 'insertSection', sectionId: 'voice-of-child' }, true],
    [{ type: 'reveal', line: 0 }, false],
    [{ type: 'reveal', line: 1.5 }, false],
    [{ type: 'reveal', line: '12' }, false],
    [{ type: 'reveal', line: 12, uri: 'file:///etc/passwd' }, false],
    [{ type: 'insertSection', sectionId: '../../etc' }, false],
    [{ type: 'insertSection', sectionId: 'Voice Of Child' }, false],
    [{ type: 'insertSection' }, false],
    [{ type: 'runCommand', command: 'workbench.action.terminal.new' }, false],
    [{ type: 'ready', extra: true }, false],
    [{ type: '__proto__' }, false],
    ['ready', false],
    [[], false],
    [null, false],
    [undefined, false],
  ])('%j is accepted: %s', (message, valid) => {
    expect(panelMessageSchema.safeParse(message).success).toBe(valid);
  });
});

describe('panel state', () => {
  it('summarises the draft in one line and lists sections and themes as data', () => {
    const result = new Linter().lint(sample('lcspr-gaps.md'));
    const state = panelState({ path: '/reviews/child-j/lcspr-gaps.md' }, result);
    expect(state.file).toBe('lcspr-gaps.md');
    expect(state.template).toBe('Local Child Safeguarding Practice Review');
    expect(state.summary).toMatch(/^3 required sections missing · \d+ empty · \d+ errors · \d+ of 21 themes covered$/);
    expect(state.sections.find((section) => section.id === 'voice-of-child')).toMatchObject({ status: 'missing', required: true });
    expect(state.sections.find((section) => section.id === 'findings')).toMatchObject({ status: 'present', heading: 'Findings' });
    expect(typeof state.sections.find((section) => section.id === 'findings')!.line).toBe('number');
    // Expected themes first; those the draft does not address are named for the notice.
    const firstOther = state.themes.findIndex((theme) => !theme.expected);
    expect(state.themes.slice(firstOther).every((theme) => !theme.expected)).toBe(true);
    expect(state.expectedAbsent).toEqual(state.themes.filter((theme) => theme.expected && theme.status === 'absent').map((theme) => theme.label));
    // lcspr-gaps addresses every expected theme by meaning; a draft just started does not.
    expect(panelState({ path: '/x.md' }, new Linter().lint('# Review\n\n## Findings\n\nEarly notes.\n')).expectedAbsent.length).toBeGreaterThan(0);
    const harm = state.themes.find((theme) => theme.id === 'extra-familial-harm')!;
    expect(harm).toMatchObject({ status: 'covered', expected: false, missing: [] });
    // Each hit carries its passage and the concepts (with the draft's words) that made it count.
    expect(harm.hits[0]).toEqual({ line: expect.any(Number), column: expect.any(Number), phrase: expect.any(String), section: expect.any(String), passage: expect.any(String), concepts: expect.any(Array) });
    expect(harm.hits[0].concepts[0]).toEqual({ label: expect.any(String), words: [expect.any(String)] });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('sends at most HITS_PER_THEME hits a theme, with the full count', () => {
    const body = Array.from({ length: HITS_PER_THEME + 20 }, (_, index) => `Paragraph ${index} mentions neglect.`).join('\n\n');
    const state = panelState({ path: '/d.md' }, new Linter().lint(`# Review\n\n## Findings\n\n${body}\n`));
    const neglect = state.themes.find((theme) => theme.id === 'neglect')!;
    expect(neglect.hits).toHaveLength(HITS_PER_THEME);
    expect(neglect.hitCount).toBe(HITS_PER_THEME + 20);
  });

  it('keeps hostile headings as plain strings, for textContent', () => {
    // Entities decode to literal markup characters in the heading text.
    const result = new Linter().lint('# Review\n\n## Background &lt;img src=x onerror=alert(1)&gt;\n\nText about a strategy meeting and information sharing.\n');
    const state = panelState({ path: '/x/<img src=x onerror=alert(2)>.md' }, result);
    expect(state.sections.find((section) => section.id === 'background')!.heading).toBe('Background <img src=x onerror=alert(1)>');
    expect(state.file).toBe('<img src=x onerror=alert(2)>.md');
    const sharing = state.themes.find((theme) => theme.id === 'information-sharing')!;
    expect(sharing.hits.every((hit) => hit.section === 'Background <img src=x onerror=alert(1)>')).toBe(true);
  });
});
