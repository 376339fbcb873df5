// @vitest-environment happy-dom
// The Quality part of the webview (media/panel.js): markers with their status in words, places
// that reveal the draft, keyboard use, reading figures, and hostile text kept as text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { panelState } from '../../../src/extension/panel/state';
import type { PanelState } from '../../../src/extension/panel/view-model';

const SCRIPT = readFileSync(path.join(__dirname, '..', '..', '..', 'media', 'panel.js'), 'utf8');
const listeners: ((event: MessageEvent) => void)[] = [];

function loadPanel(savedState?: unknown): { posted: unknown[]; state: unknown } {
  document.body.innerHTML = '<main id="root"></main>';
  const api = { posted: [] as unknown[], state: savedState };
  const fake = { postMessage: (message: unknown) => api.posted.push(message), getState: () => api.state, setState: (value: unknown) => (api.state = JSON.parse(JSON.stringify(value))) };
  const add = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, listener: (event: MessageEvent) => void, options?: unknown) => {
    if (type === 'message') listeners.push(listener);
    add(type as 'message', listener, options as boolean);
  }) as typeof window.addEventListener;
  new Function('acquireVsCodeApi', SCRIPT)(() => fake);
  window.addEventListener = add as typeof window.addEventListener;
  return api;
}

afterEach(() => {
  for (const listener of listeners.splice(0)) window.removeEventListener('message', listener);
});

const post = (state: PanelState) => window.dispatchEvent(new MessageEvent('message', { data: { type: 'state', state } }));
const root = () => document.getElementById('root')!;
const marker = (label: string) => Array.from(root().querySelectorAll('li.marker')).find((row) => row.querySelector('.label')!.textContent === label)!;

const CHRONOLOGY =
  "On 3 March 2022 the health visitor visited the family home. On 10 March she rang the GP surgery and left a message. In April 2022 the GP saw Child K with a rash and prescribed cream. On 2 May the nursery manager emailed the health visitor about Child K's weight. The health visitor visited again on 9 May. On 20 May the case was closed to health visiting.";
const TEXT = `# Review: Child K\n\n## Family involvement\n\nThe family were involved in the review and their views have been taken into account throughout this report.\n\n## Findings and analysis\n\n${CHRONOLOGY}\n`;
const state = () => panelState({ path: '/d/draft.md' }, new Linter().lint(TEXT));

describe('panel webview: quality', () => {
  it('renders a Quality heading and one row per marker, with its status as a word and its detail', () => {
    loadPanel();
    post(state());
    const heading = root().querySelector('#quality-heading')!;
    expect(heading.textContent).toBe('Quality');
    const rows = Array.from(root().querySelectorAll('ul.markers > li.marker'));
    expect(rows.map((row) => row.querySelector('.label')!.textContent)).toEqual([
      'Family involvement',
      'Analysis explains why',
      'Findings easy to find',
      'Recommendations few and owned',
      'Identity considered',
      'Readable for a family',
    ]);
    const analysis = marker('Analysis explains why');
    expect(analysis.classList.contains('needs-work')).toBe(true);
    expect(analysis.querySelector('.quality-status')!.textContent).toBe('needs work');
    expect(analysis.querySelector('.detail')!.textContent).toContain('retells events');
    // Status is never colour alone: every row says it in words.
    for (const row of rows) expect(['ok', 'needs work', 'not judged']).toContain(row.querySelector('.quality-status')!.textContent);
  });

  it('opens a marker to its places; a click on a place asks to reveal that line and column', () => {
    const api = loadPanel();
    const current = state();
    post(current);
    const toggle = () => marker('Analysis explains why').querySelector('button.toggle') as HTMLButtonElement;
    const places = () => document.getElementById(toggle().getAttribute('aria-controls')!)!;
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(places().hidden).toBe(true);
    expect(toggle().getAttribute('aria-label')).toMatch(/^Analysis explains why: needs work\. One finding retells events .* Show 1 place in the draft$/);
    toggle().click();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const place = places().querySelector('button.place') as HTMLButtonElement;
    const target = current.quality.markers.find((entry) => entry.id === 'analysis')!.targets[0];
    expect(place.textContent).toBe(`line ${target.line}: ${target.label}`);
    place.click();
    expect(api.posted.at(-1)).toEqual({ type: 'reveal', line: target.line, column: target.column });
  });

  it('is keyboard-usable: Right opens a marker, Down reaches its place, Left goes back to the marker', () => {
    loadPanel();
    post(state());
    const toggle = marker('Family involvement').querySelector('button.toggle') as HTMLButtonElement;
    toggle.focus();
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const opened = marker('Family involvement').querySelector('button.toggle') as HTMLButtonElement;
    expect(opened.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(opened);
    opened.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    const place = document.activeElement as HTMLElement;
    expect(place.classList.contains('place')).toBe(true);
    place.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(document.activeElement).toBe(marker('Family involvement').querySelector('button.toggle'));
  });

  it('shows the reading figures per section, each section a button to its heading', () => {
    const api = loadPanel();
    const current = state();
    post(current);
    const table = root().querySelector('table.figures')!;
    expect(Array.from(table.querySelectorAll('thead th')).map((cell) => cell.textContent)).toEqual(['Section', 'Words a sentence', 'Reading ease', 'Very long']);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(current.quality.readability.length);
    const findings = current.quality.readability.find((row) => row.title === 'Findings and analysis')!;
    const row = rows.find((candidate) => candidate.querySelector('button')!.textContent === 'Findings and analysis')!;
    expect(Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent)).toEqual([String(findings.averageSentenceLength), String(findings.readingEase), `${Math.round(findings.longShare * 100)}%`]);
    (row.querySelector('button') as HTMLButtonElement).click();
    expect(api.posted.at(-1)).toEqual({ type: 'reveal', line: findings.line, column: 1 });
  });

  it('keeps hostile text as text and survives a malformed quality part', () => {
    loadPanel();
    const hostile = '<img src=x onerror="window.__pwnedQuality=1">';
    const current = state();
    current.quality.markers[0] = { ...current.quality.markers[0], label: hostile, detail: hostile, targets: [{ line: 3, column: 1, label: hostile }] };
    current.quality.readability[0] = { ...current.quality.readability[0], title: hostile };
    post(current);
    (root().querySelector('li.marker button.toggle') as HTMLButtonElement).click();
    expect(root().querySelectorAll('img, script')).toHaveLength(0);
    expect(root().textContent).toContain(hostile);
    expect((window as unknown as { __pwnedQuality?: number }).__pwnedQuality).toBeUndefined();
    for (const quality of [undefined, null, 5, 'x', { markers: 'x' }, { markers: [null, 3, { id: 'x' }], readability: [null] }]) {
      post({ ...current, quality: quality as never });
      expect(root().querySelector('.summary')!.textContent).toBe(current.summary);
    }
  });

  it('remembers an opened marker across a reload of the webview', () => {
    const api = loadPanel();
    post(state());
    (marker('Analysis explains why').querySelector('button.toggle') as HTMLButtonElement).click();
    loadPanel(api.state);
    expect(marker('Analysis explains why').querySelector('button.toggle')!.getAttribute('aria-expanded')).toBe('true');
  });
});
