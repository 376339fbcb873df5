// @vitest-environment happy-dom
// Hostile draft text in the HTML report and the side panel stays text: random mixes of markup
// break-outs (script and style tags, event handlers, javascript: URLs, template literals, SVG and
// CDATA endings) are put in every field that can come from a draft or a config, and the rendered
// page must hold no script, handler, active URL or foreign element, with the text shown as written.
// The panel's message path takes random values and accepts only the three valid messages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { panelState } from '../../../src/extension/panel/state';
import { panelHtml, panelMessageSchema, type PanelState } from '../../../src/extension/panel/view-model';
import { renderHtmlReport, renderMarkdownReport } from '../../../src/report/index';

const ROOT = path.join(__dirname, '..', '..', '..');
const PANEL_SCRIPT = readFileSync(path.join(ROOT, 'media', 'panel.js'), 'utf8');
const RUNS = Number(process.env.CSPR_FUZZ_RUNS ?? 60);

const BREAKOUTS = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</text><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject>',
  ']]><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<a href="javascript:alert(1)">x</a>',
  '[link](javascript:alert(1))',
  '${alert(1)}',
  '`${document.cookie}`',
  '{{constructor.constructor("alert(1)")()}}',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://example.org/">',
  '<link rel="stylesheet" href="https://example.org/x.css">',
  '<!--',
  '-->',
  '&lt;script&gt;',
  '\u2028\u2029',
  '\u0000',
  '\uD800',
];

const hostileText = fc.array(fc.oneof(fc.constantFrom(...BREAKOUTS), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

/** Parses HTML without running anything in it. */
function parse(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const ACTIVE_ELEMENTS = 'script, iframe, object, embed, img, meta[http-equiv], base, link, foreignObject, form, input, a[href]';

function activeContent(root: { querySelectorAll(selector: string): ArrayLike<Element> }, allowedScripts = 0): string[] {
  const problems: string[] = [];
  const scripts = root.querySelectorAll('script').length;
  if (scripts > allowedScripts) problems.push(`${scripts} script elements`);
  for (const element of Array.from(root.querySelectorAll(ACTIVE_ELEMENTS))) if (element.tagName.toLowerCase() !== 'script') problems.push(`<${element.tagName.toLowerCase()}>`);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`${attribute.name} on <${element.tagName.toLowerCase()}>`);
      if (/^\s*javascript:/i.test(attribute.value)) problems.push(`javascript: URL in ${attribute.name}`);
    }
  }
  return problems;
}

/** Text as compared after an HTML parse, which may normalise line endings and NUL characters. */
function asShown(text: string): string {
  return text.replace(/[\r\u0000\uFFFD]/g, '');
}

describe('HTML report', () => {
  const base = new Linter().lint(readFileSync(path.join(ROOT, 'test', 'fixtures', 'samples', 'lcspr-gaps.md'), 'utf8'));

  it('random hostile text in every field renders inert and readable', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, hostileText, hostileText, (title, file, label, phrase, heading) => {
        const template = { ...base.template, label, sections: base.template.sections.map((section) => ({ ...section, title: `${section.title} ${heading}`, guidance: phrase })) };
        const coverage = base.coverage.map((theme, index) => ({ ...theme, label: `${theme.label} ${label}`, hits: theme.hits.map((hit) => ({ ...hit, phrase, section: heading })), id: index === 0 ? phrase : theme.id }));
        const sections = base.sections.map((section) => ({ ...section, title: `${section.title} ${heading}`, heading }));
        const html = renderHtmlReport({ title, filePath: file, template, sections, coverage, generatedAt: title });
        const page = parse(html);
        // The report's own Content-Security-Policy is the one http-equiv it may carry.
        const policies = Array.from(page.querySelectorAll('meta[http-equiv]'));
        expect(policies.map((meta) => [meta.getAttribute('http-equiv'), meta.getAttribute('content')])).toEqual([['Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:"]]);
        policies[0].remove();
        expect(activeContent(page)).toEqual([]);
        expect(page.querySelectorAll('style').length).toBeLessThanOrEqual(1);
        // The <style> element holds only the report's own CSS.
        for (const style of Array.from(page.querySelectorAll('style'))) expect(style.textContent).not.toMatch(/alert|<\//);
        expect(asShown(page.querySelector('h1')!.textContent!)).toBe(asShown(title));
        expect(asShown(page.body.textContent!)).toContain(asShown(`${coverage[1].label}`));
        const markdown = renderMarkdownReport({ title, filePath: file, template, sections, coverage, generatedAt: title });
        // No raw HTML from the draft reaches the Markdown variant.
        expect(markdown).not.toMatch(/<(?:script|img|svg|iframe|a|meta|base|link|style)\b/i);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('panel', () => {
  const listeners: ((event: MessageEvent) => void)[] = [];
  afterEach(() => {
    for (const listener of listeners.splice(0)) window.removeEventListener('message', listener);
  });

  function loadPanel(): unknown[] {
    // One page at a time: the previous run's script stops listening.
    for (const listener of listeners.splice(0)) window.removeEventListener('message', listener);
    document.body.innerHTML = '<main id="root"></main>';
    const posted: unknown[] = [];
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, listener: (event: MessageEvent) => void, options?: unknown) => {
      if (type === 'message') listeners.push(listener);
      add(type as 'message', listener, options as boolean);
    }) as typeof window.addEventListener;
    new Function('acquireVsCodeApi', PANEL_SCRIPT)(() => ({ postMessage: (message: unknown) => posted.push(message), getState: () => undefined, setState: () => undefined }));
    window.addEventListener = add as typeof window.addEventListener;
    return posted;
  }

  const state = panelState({ path: '/drafts/x.md' }, new Linter().lint(readFileSync(path.join(ROOT, 'test', 'fixtures', 'samples', 'lcspr-gaps.md'), 'utf8')));

  it('the HTML shell has a strict CSP and holds no draft text', () => {
    const html = panelHtml({ cspSource: 'vscode-webview://abc', nonce: 'n0nce0123456789abcdef', scriptUri: 'vscode-webview://abc/panel.js', styleUri: 'vscode-webview://abc/panel.css' });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(csp).toMatch(/script-src 'nonce-n0nce0123456789abcdef'/);
    const page = parse(html);
    const scripts = Array.from(page.querySelectorAll('script'));
    expect(scripts.map((script) => [script.getAttribute('nonce'), script.getAttribute('src'), script.textContent])).toEqual([['n0nce0123456789abcdef', 'vscode-webview://abc/panel.js', '']]);
    for (const element of Array.from(page.querySelectorAll('*'))) for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
  });

  it('random hostile text in the posted state stays text', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (heading, label, phrase) => {
        loadPanel();
        const hostile: PanelState = {
          ...state,
          file: `${heading}.md`,
          template: label,
          summary: phrase,
          expectedAbsent: [label],
          sections: state.sections.map((section) => ({ ...section, title: heading, heading })),
          themes: state.themes.map((theme) => ({ ...theme, label, phrases: [phrase], hits: theme.hits.map((hit) => ({ ...hit, phrase, section: heading })) })),
        };
        window.dispatchEvent(new MessageEvent('message', { data: { type: 'state', state: hostile } }));
        const root = document.getElementById('root')!;
        expect(activeContent(root)).toEqual([]);
        // Set through textContent, never parsed: the text arrives exactly as written.
        expect(root.textContent).toContain(phrase);
        // Expanding a theme renders its hits (with the hostile phrase and heading) too.
        (root.querySelector('button.toggle') as HTMLButtonElement | null)?.click();
        expect(activeContent(root)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('messages of unknown shape change nothing; malformed states add nothing active', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        loadPanel();
        const root = document.getElementById('root')!;
        const before = root.innerHTML;
        if (!(data !== null && typeof data === 'object' && (data as { type?: unknown }).type === 'state')) {
          window.dispatchEvent(new MessageEvent('message', { data }));
          expect(root.innerHTML).toBe(before);
        }
        try {
          window.dispatchEvent(new MessageEvent('message', { data: { type: 'state', state: data } }));
        } catch {
          // A state the extension would never send may fail to render; it must not render anything active.
        }
        expect(activeContent(root)).toEqual([]);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('messages from the webview: only the three known shapes pass validation', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = panelMessageSchema.safeParse(raw);
        if (parsed.success) expect(['ready', 'reveal', 'insertSection']).toContain(parsed.data.type);
      }),
      { numRuns: RUNS * 5 },
    );
    for (const raw of [
      { type: 'reveal', line: 0 },
      { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: '3' },
      { type: 'insertSection', sectionId: '../../etc/passwd' },
      { type: 'insertSection', sectionId: 'voice-of-child', extra: true },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: '__proto__' },
      null,
      'ready',
    ]) {
      expect(panelMessageSchema.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
    }
  });
});
