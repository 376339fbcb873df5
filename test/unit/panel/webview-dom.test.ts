// @vitest-environment happy-dom
// The webview script (media/panel.js) in a DOM: what it renders from a real lint result, that
// hostile draft text stays text, what each click posts, keyboard use, and state kept across a
// reload of the webview.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { panelState } from '../../../src/extension/panel/state';
import type { PanelState } from '../../../src/extension/panel/view-model';

const ROOT = path.join(__dirname, '..', '..', '..');
const SCRIPT = readFileSync(path.join(ROOT, 'media', 'panel.js'), 'utf8');
const sample = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'samples', name), 'utf8');

interface FakeVsCodeApi {
  posted: unknown[];
  state: unknown;
}

const listeners: ((event: MessageEvent) => void)[] = [];

/** Loads the panel script into a fresh page, as VS Code would, with a stand-in for acquireVsCodeApi. */
function loadPanel(savedState?: unknown): FakeVsCodeApi {
  document.body.innerHTML = '<main id="root"><p class="placeholder">Open a review draft</p></main>';
  const api: FakeVsCodeApi = { posted: [], state: savedState };
  const fake = {
    postMessage: (message: unknown) => api.posted.push(message),
    getState: () => api.state,
    setState: (value: unknown) => {
      api.state = JSON.parse(JSON.stringify(value));
    },
  };
  // Track the script's message listener so each test can remove it again.
  const add = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, listener: (event: MessageEvent) => void, options?: unknown) => {
    if (type === 'message') listeners.push(listener);
    add(type as 'message', listener, options as boolean);
  }) as typeof window.addEventListener;
  new Function('acquireVsCodeApi', SCRIPT)(() => fake);
  window.addEventListener = add as typeof window.addEventListener;
  return api;
}

function postState(state: PanelState): void {
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'state', state } }));
}

const root = () => document.getElementById('root')!;
const buttons = () => Array.from(root().querySelectorAll('button'));
const themeRow = (label: string) => Array.from(root().querySelectorAll('li.theme')).find((row) => row.querySelector('.label')!.textContent === label)!;

afterEach(() => {
  for (const listener of listeners.splice(0)) window.removeEventListener('message', listener);
});

describe('panel webview', () => {
  const gaps = panelState({ path: '/drafts/lcspr-gaps.md' }, new Linter().lint(sample('lcspr-gaps.md')));

  it('says it is ready and shows the placeholder until a state arrives', () => {
    const api = loadPanel();
    expect(api.posted).toEqual([{ type: 'ready' }]);
    expect(root().textContent).toContain('Open a review draft');
  });

  it('renders the summary, the sections checklist and the themes, expected ones first', () => {
    loadPanel();
    postState(gaps);
    const text = root().textContent!;
    expect(root().querySelector('.summary')!.textContent).toBe(gaps.summary);
    expect(root().querySelector('.summary')!.getAttribute('role')).toBe('status');
    expect(text).toContain('lcspr-gaps.md · Local Child Safeguarding Practice Review');
    const voice = Array.from(root().querySelectorAll('li.section')).find((row) => row.textContent!.includes('Voice of the child'))!;
    expect(voice.className).toBe('section missing');
    expect(voice.querySelector('.badge')!.textContent).toBe('missing');
    const rows = Array.from(root().querySelectorAll('li.theme'));
    expect(rows).toHaveLength(21);
    const expectedCount = gaps.themes.filter((theme) => theme.expected).length;
    expect(rows.slice(0, expectedCount).every((row) => row.classList.contains('expected'))).toBe(true);
    // Every expected theme of lcspr-gaps is addressed (by meaning), so there is no notice.
    expect(gaps.expectedAbsent).toEqual([]);
    expect(root().querySelector('.notice')).toBeNull();
    const harm = themeRow('Extra-familial harm (risks outside the home)');
    expect(harm.querySelector('.status')!.textContent).toBe('covered');
    expect((harm.querySelector('.fill') as HTMLElement).style.width).toBe('100%');
    expect((themeRow('Neglect').querySelector('.fill') as HTMLElement).style.width).toBe('0%');
  });

  it('gives every button an accessible name that includes the status', () => {
    loadPanel();
    postState(gaps);
    for (const button of buttons()) expect(button.getAttribute('aria-label') ?? button.textContent, button.outerHTML).toBeTruthy();
    const toggle = themeRow('Extra-familial harm (risks outside the home)').querySelector('button.toggle')!;
    expect(toggle.getAttribute('aria-label')).toMatch(/^Extra-familial harm \(risks outside the home\): covered, \d+ distinct phrases\. Show where it is discussed$/);
    const insert = buttons().find((button) => button.textContent === 'Insert' && button.getAttribute('aria-label')!.startsWith('Voice of the child'))!;
    expect(insert.getAttribute('aria-label')).toBe('Voice of the child: missing. Insert a skeleton for this section');
  });

  it('expands a theme to its hits, and a click on a hit asks to reveal that line', () => {
    const api = loadPanel();
    postState(gaps);
    const toggle = () => themeRow('Extra-familial harm (risks outside the home)').querySelector('button.toggle') as HTMLButtonElement;
    const hitsList = () => document.getElementById(toggle().getAttribute('aria-controls')!)!;
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(hitsList().hidden).toBe(true);
    toggle().click();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(hitsList().hidden).toBe(false);
    const first = hitsList().querySelector('button.hit') as HTMLButtonElement;
    const hit = gaps.themes.find((theme) => theme.id === 'extra-familial-harm')!.hits[0];
    expect(first.textContent).toBe(`line ${hit.line}: “${hit.phrase}” — ${hit.section}`);
    first.click();
    expect(api.posted.at(-1)).toEqual({ type: 'reveal', line: hit.line, column: hit.column });
  });

  it('asks to insert a missing section, and to go to a present one', () => {
    const api = loadPanel();
    postState(gaps);
    buttons().find((button) => button.getAttribute('aria-label')?.startsWith('Voice of the child: missing'))!.click();
    expect(api.posted.at(-1)).toEqual({ type: 'insertSection', sectionId: 'voice-of-child' });
    const findings = gaps.sections.find((section) => section.id === 'findings')!;
    buttons().find((button) => button.textContent === findings.title)!.click();
    expect(api.posted.at(-1)).toEqual({ type: 'reveal', line: findings.line, column: 1 });
  });

  it('shows hostile draft text as text: no element, attribute or handler comes from it', () => {
    loadPanel();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const state = panelState({ path: `/d/${hostile.replace(/\//g, '')}.md` }, new Linter().lint(`# R\n\n## Findings &lt;img src=x onerror=alert(1)&gt;\n\n${hostile.replace(/</g, '&lt;')} A strategy meeting after information sharing.\n`));
    state.summary = hostile;
    state.expectedAbsent = [hostile];
    state.themes.find((theme) => theme.id === 'neglect')!.label = hostile;
    postState(state);
    expect(root().querySelectorAll('img, script, iframe, object')).toHaveLength(0);
    expect(root().textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(root().querySelector('.summary')!.textContent).toBe(hostile);
    themeRow(hostile).querySelector('button')!.click();
    const sharing = themeRow('Sharing information in a timely and appropriate way');
    (sharing.querySelector('button.toggle') as HTMLButtonElement).click();
    expect(themeRow('Sharing information in a timely and appropriate way').textContent).toContain('Findings <img src=x onerror=alert(1)>');
    expect(root().querySelectorAll('img, script')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps focus and expanded themes when a new result arrives while typing', () => {
    loadPanel();
    postState(gaps);
    const toggle = themeRow('Neglect').querySelector('button.toggle') as HTMLButtonElement;
    toggle.click();
    (themeRow('Neglect').querySelector('button.toggle') as HTMLButtonElement).focus();
    postState({ ...gaps, summary: 'changed while typing' });
    expect(root().querySelector('.summary')!.textContent).toBe('changed while typing');
    const again = themeRow('Neglect').querySelector('button.toggle') as HTMLButtonElement;
    expect(document.activeElement).toBe(again);
    expect(again.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves between buttons with the arrow keys, and opens and closes a theme with Right and Left', () => {
    loadPanel();
    postState(gaps);
    const all = buttons();
    all[0].focus();
    all[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(all[1]);
    all[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(all.at(-1));
    const toggle = themeRow('Neglect').querySelector('button.toggle') as HTMLButtonElement;
    toggle.focus();
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const opened = themeRow('Neglect').querySelector('button.toggle') as HTMLButtonElement;
    expect(opened.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(opened);
    opened.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect((themeRow('Neglect').querySelector('button.toggle') as HTMLButtonElement).getAttribute('aria-expanded')).toBe('false');
  });

  it('comes back as it was after the webview is reloaded (state restored before the extension answers)', () => {
    const api = loadPanel();
    postState(gaps);
    (themeRow('Neglect').querySelector('button.toggle') as HTMLButtonElement).click();
    const reloaded = loadPanel(api.state);
    expect(root().querySelector('.summary')!.textContent).toBe(gaps.summary);
    expect(themeRow('Neglect').querySelector('button.toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(reloaded.posted).toEqual([{ type: 'ready' }]);
  });

  it('ignores messages that are not a state', () => {
    loadPanel();
    postState(gaps);
    const before = root().innerHTML;
    for (const data of [null, 'state', { type: 'state' }, { type: 'state', state: 'x' }, { type: 'other', state: gaps }]) {
      window.dispatchEvent(new MessageEvent('message', { data }));
    }
    expect(root().innerHTML).toBe(before);
  });

  it('with no draft offers New draft, which posts newDraft; a null state (the draft was closed) goes back to it', () => {
    const api = loadPanel();
    const newDraft = root().querySelector<HTMLButtonElement>('[data-focus-key="new-draft"]')!;
    expect(newDraft.textContent).toBe('New draft');
    newDraft.click();
    expect(api.posted).toContainEqual({ type: 'newDraft' });
    postState(gaps);
    expect(root().querySelector('[data-focus-key="new-draft"]')).toBeNull();
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'state', state: null } }));
    expect(root().querySelector('[data-focus-key="new-draft"]')).not.toBeNull();
  });

  it('marks an empty section as still to write, in words', () => {
    loadPanel();
    const state = panelState({ path: '/drafts/new.md' }, new Linter().lint('---\ncspr-template: lcspr\n---\n# Review\n\n## Introduction\n\n## Methodology\n'));
    postState(state);
    const empty = Array.from(root().querySelectorAll('li.section.empty'));
    expect(empty.length).toBeGreaterThanOrEqual(2);
    for (const row of empty) expect(row.querySelector('.todo')!.textContent).toBe('to write');
    expect(root().querySelector('.summary')!.textContent).toMatch(/ · \d+ empty · /);
  });
});
