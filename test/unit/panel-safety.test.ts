// The side panel's HTML shell, its state and its message handling, without a VS Code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/index';
import { panelState } from '../../src/extension/panel/state';
import { nonce, panelHtml, panelMessageSchema } from '../../src/extension/panel/view-model';

describe('panel HTML', () => {
  const html = panelHtml({ cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/panel.js', styleUri: 'vscode-webview://abc/panel.css', nonce: 'n0nce' });
  it('has a strict Content-Security-Policy: nothing by default, scripts only with the nonce', () => {
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(csp.split('; ')).toEqual(["default-src 'none'", 'style-src vscode-webview://abc', "script-src 'nonce-n0nce'", 'img-src vscode-webview://abc']);
    expect(html).toMatch(/<script nonce="n0nce" src="vscode-webview:\/\/abc\/panel.js"><\/script>/);
    expect(html.match(/<script/g)).toHaveLength(1);
  });
  it('makes a fresh 128-bit nonce each time', () => {
    expect(nonce()).toMatch(/^[0-9a-f]{32}$/);
    expect(nonce()).not.toBe(nonce());
  });
});

describe('panel state', () => {
  it('is data only: hostile headings stay strings for textContent', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    // Entities decode to literal markup characters in the heading text.
    const result = new Linter().lint('# Review\n\n## Background &lt;img src=x onerror=alert(1)&gt;\n\nText about a strategy meeting and information sharing.\n');
    const state = panelState({ path: '/x/draft.md' }, result);
    expect(state.sections.find((section) => section.id === 'background')!.heading).toBe(`Background ${hostile}`);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
  it('the webview script builds the DOM with textContent, never innerHTML', () => {
    const script = readFileSync(path.join(__dirname, '..', '..', 'media', 'panel.js'), 'utf8');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(script).toMatch(/textContent/);
    // The CSP blocks inline style attributes; sizes go through element.style.
    expect(script).not.toMatch(/\bstyle:\s*[`'"]/);
  });
});

describe('panel messages', () => {
  it.each([
    [{ type: 'ready' }, true],
    [{ type: 'reveal', line: 12, column: 3 }, true],
    [{ type: 'insertSection', sectionId: 'voice-of-child' }, true],
    [{ type: 'reveal', line: -1 }, false],
    [{ type: 'reveal', line: '12' }, false],
    [{ type: 'insertSection', sectionId: '../../etc' }, false],
    [{ type: 'runCommand', command: 'workbench.action.terminal.new' }, false],
    ['ready', false],
    [null, false],
  ])('%j valid: %s', (message, valid) => {
    expect(panelMessageSchema.safeParse(message).success).toBe(valid);
  });
});
