// Every HTML file cspr-lint writes (coverage report, portfolio, briefing), opened in the real
// Chromium the integration tests install (Debian's, driven by playwright-core from the harness
// cache): no console errors, charts and tables rendered, readable at 200% zoom, and hostile text
// from a draft inert. A screenshot of each is kept in .test-artifacts/html/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliOnce, repoRoot, runCli, samplesDir } from '../cli/build-cli';

interface HarnessEnv {
  playwrightCore: string;
  chromium: string;
}

const cache = process.env.HARNESS_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'vscode-harness');
const work = mkdtempSync(path.join(os.tmpdir(), 'cspr-html-'));
const artefacts = path.join(repoRoot, '.test-artifacts', 'html');

// A draft whose own words try to break out of every HTML output: a script in the title, an image
// with a handler in a recommendation, markup in a theme passage.
const HOSTILE_TITLE = '# Review of \\<script\\>window.__pwned = 1\\</script\\> Child R';
const HOSTILE_RECOMMENDATION = '7. The Partnership will publish \\<img src=x onerror="window.__pwned=2"\\> guidance by March 2026, audited quarterly.';

// The few Playwright calls used here; playwright-core lives in the harness cache, not in node_modules.
interface Page {
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  on(event: 'dialog', listener: (dialog: { message(): string; dismiss(): Promise<void> }) => void): void;
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  emulateMedia(options: { media: 'print' | 'screen' }): Promise<void>;
  pdf(options: { format: string }): Promise<Buffer>;
  close(): Promise<void>;
}
interface Browser {
  newPage(options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number }): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[] }): Promise<Browser> };
}

let browser: Browser;
const outputs: { name: string; file: string }[] = [];

beforeAll(async () => {
  buildCliOnce();
  const env = JSON.parse(readFileSync(path.join(cache, 'harness.env.json'), 'utf8')) as HarnessEnv;
  const playwright = (await import(pathToFileURL(env.playwrightCore).href)) as Playwright;
  browser = await playwright.chromium.launch({
    executablePath: env.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(artefacts, { recursive: true });
  const complete = readFileSync(path.join(samplesDir, 'lcspr-complete.md'), 'utf8');
  const hostile = complete.replace(/^# .*$/m, HOSTILE_TITLE).replace(/^(#+ .*Recommendations.*\n\n)/im, `$1${HOSTILE_RECOMMENDATION}\n\n`);
  const drafts = path.join(work, 'drafts');
  mkdirSync(drafts, { recursive: true });
  writeFileSync(path.join(drafts, 'hostile.md'), hostile);
  for (const name of ['lcspr-gaps.md', 'rapid-review.md']) writeFileSync(path.join(drafts, name), readFileSync(path.join(samplesDir, name)));
  const commands: [string, string[]][] = [
    ['coverage-report', ['report', path.join(drafts, 'hostile.md'), '--out']],
    ['portfolio', ['portfolio', drafts, '--out']],
    ['briefing', ['briefing', path.join(drafts, 'hostile.md'), '--out']],
  ];
  for (const [name, args] of commands) {
    const file = path.join(work, `${name}.html`);
    const run = runCli([...args, file], work);
    if (run.code !== 0) throw new Error(`${name}: ${run.stderr}`);
    outputs.push({ name, file });
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('HTML outputs in Chromium', () => {
  it('render charts and tables with no console errors, and keep hostile text inert', async () => {
    for (const { name, file } of outputs) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(file).href);
      const facts = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img').length,
        handlers: Array.from(document.querySelectorAll('*')).filter((element) => Array.from(element.attributes).some((attribute) => attribute.name.startsWith('on'))).length,
        bars: document.querySelectorAll('svg rect').length,
        rows: document.querySelectorAll('table tbody tr').length,
        // SVG cannot wrap or clip-warn: a label running past the chart's edge is silently cut off.
        clipped: Array.from(document.querySelectorAll('svg')).flatMap((svg) => {
          const width = svg.viewBox.baseVal.width;
          return Array.from(svg.querySelectorAll('text'))
            .filter((text) => {
              const box = (text as SVGTextElement).getBBox();
              const shift = (text.parentElement as unknown as SVGGraphicsElement).transform?.baseVal.consolidate()?.matrix.e ?? 0;
              return box.x + shift + box.width > width + 1;
            })
            .map((text) => text.textContent ?? '');
        }),
        headings: document.querySelectorAll('h2').length,
        text: document.body.innerText,
      }));
      expect(problems, name).toEqual([]);
      expect(facts.pwned, name).toBeUndefined();
      expect(facts.scripts, name).toBe(0);
      expect(facts.images, name).toBe(0);
      expect(facts.handlers, name).toBe(0);
      expect(facts.clipped, `${name}: chart text cut off at the edge`).toEqual([]);
      expect(facts.headings, name).toBeGreaterThanOrEqual(name === 'briefing' ? 7 : 2);
      if (name !== 'briefing') {
        expect(facts.bars, `${name} chart`).toBeGreaterThan(0);
        expect(facts.rows, `${name} tables`).toBeGreaterThan(0);
      }
      // The hostile words are shown as the text they are.
      if (name !== 'briefing') expect(facts.text, name).toMatch(name === 'portfolio' ? /<img src=x onerror=/ : /<script>window\.__pwned = 1<\/script>/);
      await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: true });
      await page.screenshot({ path: path.join(artefacts, `${name}-top.png`) });
      await page.close();
    }
  }, 120_000);

  it('stay readable at 200% zoom: no sideways scrolling of the page, text at a readable size', async () => {
    for (const { name, file } of outputs) {
      // A 1280-pixel window at 200% zoom lays out like a 640-pixel one with every pixel doubled.
      const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
      await page.goto(pathToFileURL(file).href);
      const layout = await page.evaluate(() => {
        const root = document.documentElement;
        const sizes = Array.from(document.querySelectorAll('p, li, td, th, h1, h2, h3, text')).map((element) => parseFloat(getComputedStyle(element).fontSize));
        return { overflow: root.scrollWidth - root.clientWidth, smallest: Math.min(...sizes) };
      });
      expect(layout.overflow, `${name} scrolls sideways by ${layout.overflow}px`).toBeLessThanOrEqual(1);
      expect(layout.smallest, name).toBeGreaterThanOrEqual(12);
      await page.screenshot({ path: path.join(artefacts, `${name}-200.png`) });
      await page.close();
    }
  }, 120_000);

  it('print without losing content', async () => {
    for (const { name, file } of outputs) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString(), name).toBe('%PDF-');
      expect(pdf.length, name).toBeGreaterThan(5_000);
      await page.close();
    }
  }, 120_000);
});
