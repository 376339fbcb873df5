// Portfolio and 7-minute briefing (issue #18, items 1 and 2) through the CLI a partnership would run:
// the JSON contract of PRODUCT.md, shares as the national Panel reports them, recurring
// recommendations grouped across reviews (and only across reviews), progress for many files,
// spreadsheet-safe CSV, and briefings that hold no identifying detail.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { generateDraft } from '../../../bench/drafts';
import { buildCliOnce, runCli, samplesDir } from '../cli/build-cli';

const work = mkdtempSync(path.join(os.tmpdir(), 'cspr-reviews-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const samples = readdirSync(samplesDir).filter((name) => name.endsWith('.md'));

/** A short complete draft whose recommendations section holds the given recommendations. */
function draftWith(child: string, recommendations: string[]): string {
  const complete = readFileSync(path.join(samplesDir, 'lcspr-complete.md'), 'utf8').replace(/Child R/g, child);
  const start = complete.search(/^#+ .*Recommendations/im);
  const after = complete.slice(start).search(/\n#{1,2} /);
  const list = recommendations.map((text, index) => `${index + 1}. ${text}`).join('\n');
  return `${complete.slice(0, start)}## Recommendations\n\n${list}\n${after === -1 ? '' : complete.slice(start + after)}`;
}

beforeAll(() => buildCliOnce(), 120_000);

describe('cspr-lint portfolio', () => {
  const folder = path.join(work, 'reviews');
  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    for (const name of samples) writeFileSync(path.join(folder, name), readFileSync(path.join(samplesDir, name)));
    writeFileSync(
      path.join(folder, 'review-2025-a.md'),
      draftWith('Child T', [
        'The Integrated Care Board will audit how GP practices record who attends appointments with babies under one, and report the findings to the Partnership Board by March 2026.',
        'Children’s Social Care will include fathers and male carers in every single assessment, evidenced by a quarterly audit of 20 cases, from April 2026.',
      ]),
    );
    writeFileSync(
      path.join(folder, 'review-2025-b.md'),
      draftWith('Child U', [
        'Children’s Social Care should make sure that fathers and male carers are included in each assessment, and a quarterly audit of 20 cases reports progress from June 2026.',
        'The police will share domestic abuse notifications with schools within 24 hours, monitored monthly by the Partnership, by January 2026.',
        'The Partnership will write \\<script\\>alert(1)\\</script\\> and =HYPERLINK("http://x") into its register by May 2026, audited quarterly.',
      ]),
    );
  });

  it('writes the JSON contract: drafts, themes with the share of reviews, and a register with recurring requests grouped', () => {
    const out = path.join(work, 'portfolio.json');
    const run = runCli(['portfolio', folder, '--out', out], work);
    expect(run.code, run.stderr).toBe(0);
    const portfolio = JSON.parse(readFileSync(out, 'utf8'));
    expect(portfolio.drafts).toHaveLength(samples.length + 2);
    for (const draft of portfolio.drafts) {
      expect(Object.keys(draft).sort()).toEqual(['errorCount', 'filePath', 'sections', 'template', 'themes', 'warningCount']);
      expect(draft.sections.every((section: { id: string; status: string }) => ['present', 'empty', 'missing'].includes(section.status))).toBe(true);
    }
    // The share is what the national Panel reports: reviews where a theme is covered or mentioned.
    const linter = new Linter();
    for (const theme of portfolio.themes) {
      const featured = portfolio.drafts.filter((draft: { themes: Record<string, string> }) => draft.themes[theme.id] !== 'absent').length;
      expect(theme.share, theme.id).toBeCloseTo(featured / portfolio.drafts.length, 3);
      expect(theme.covered + theme.mentioned).toBe(featured);
    }
    const gaps = portfolio.drafts.find((draft: { filePath: string }) => draft.filePath.endsWith('lcspr-gaps.md'));
    const direct = linter.lint(readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8'));
    expect(gaps.errorCount).toBe(direct.findings.filter((finding) => finding.severity === 'error').length);
    // Warnings as the lint JSON counts them: info findings are not warnings.
    expect(gaps.warningCount).toBe(direct.findings.filter((finding) => finding.severity === 'warning').length);
    expect(direct.findings.some((finding) => finding.severity === 'info')).toBe(true);
    const lintJson = JSON.parse(runCli(['--format', 'json', path.join(samplesDir, 'lcspr-gaps.md')], work).stdout)[0];
    expect(gaps.warningCount).toBe(lintJson.warningCount);

    const register = portfolio.recommendations as { filePath: string; number: string; text: string; owner: string | null; timescale: string | null; line: number; group: string | null }[];
    const fathersA = register.find((item) => item.filePath.endsWith('review-2025-a.md') && /fathers/.test(item.text))!;
    const fathersB = register.find((item) => item.filePath.endsWith('review-2025-b.md') && /fathers/.test(item.text))!;
    expect(fathersA.group).not.toBeNull();
    expect(fathersB.group).toBe(fathersA.group);
    expect(fathersA.owner).toMatch(/Children’s Social Care/);
    expect(fathersA.timescale).toBeTruthy();
    expect(fathersA.number).toBe('2');
    expect(readFileSync(path.join(folder, 'review-2025-a.md'), 'utf8').split('\n')[fathersA.line - 1]).toContain('fathers and male carers');
    // Different requests stay apart, and nothing is grouped with itself alone.
    expect(register.find((item) => /domestic abuse notifications/.test(item.text))!.group).toBeNull();
    const groups = new Map<string, Set<string>>();
    for (const item of register) if (item.group) groups.set(item.group, (groups.get(item.group) ?? new Set()).add(item.filePath));
    for (const files of groups.values()) expect(files.size).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('writes Markdown, CSV safe for spreadsheets, and HTML with no script', () => {
    for (const extension of ['md', 'csv', 'html']) {
      const out = path.join(work, `portfolio.${extension}`);
      const run = runCli(['portfolio', folder, '--out', out], work);
      expect(run.code, run.stderr).toBe(0);
    }
    const md = readFileSync(path.join(work, 'portfolio.md'), 'utf8');
    expect(md).toMatch(/^## Recommendations register$/m);
    expect(md).toMatch(/^## Recurring recommendations$/m);
    expect(md).not.toContain('<script>');
    const csv = readFileSync(path.join(work, 'portfolio.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^draft,template,errors,warnings,sections present,/);
    expect(csv).toHaveLength(samples.length + 2 + 3);
    const html = readFileSync(path.join(work, 'portfolio.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(csv.join('\n')).not.toMatch(/(^|,)=HYPERLINK/m);
  }, 60_000);

  it('reports progress on stderr for many drafts and reads each once', () => {
    const many = path.join(work, 'many');
    mkdirSync(many, { recursive: true });
    const sources = samples.map((name) => readFileSync(path.join(samplesDir, name), 'utf8'));
    for (let index = 0; index < 120; index++) writeFileSync(path.join(many, `draft-${index}.md`), generateDraft(sources, { words: 1500, seed: index + 1, skeleton: index % sources.length }));
    const out = path.join(work, 'many.json');
    const run = runCli(['portfolio', many, '--out', out], work);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/reading 1\/120/);
    expect(run.stderr).toMatch(/reading 101\/120/);
    expect(run.stderr).toMatch(/read 120 drafts/);
    expect(JSON.parse(readFileSync(out, 'utf8')).drafts).toHaveLength(120);
  }, 120_000);

  it('explains its usage', () => {
    expect(runCli(['portfolio', folder], work).stderr).toMatch(/portfolio needs --out/);
    expect(runCli(['portfolio', folder, '--out', 'x.pdf'], work).stderr).toMatch(/must end in \.html, \.md, \.json or \.csv/);
    const none = runCli(['portfolio', path.join(work, 'nowhere'), '--out', path.join(work, 'x.json')], work);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no such file or no drafts match/);
  }, 60_000);
});

describe('cspr-lint briefing', () => {
  it('fills the seven parts from the draft, prompts for the rest, and lints clean for anonymisation', () => {
    for (const name of samples) {
      const out = path.join(work, `${name}.briefing.md`);
      const run = runCli(['briefing', path.join(samplesDir, name), '--out', out], work);
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      const briefing = readFileSync(out, 'utf8');
      expect(briefing.match(/^## \d\. .+$/gm), name).toEqual([
        '## 1. Background',
        '## 2. Why it matters',
        '## 3. What the review found',
        '## 4. What went well',
        '## 5. What must change',
        '## 6. What to do now',
        '## 7. Questions for reflection',
      ]);
      const lint = runCli([out, '--format', 'json', '--template', 'lcspr'], work);
      const messages = JSON.parse(lint.stdout)[0].messages as { ruleId: string }[];
      expect(messages.filter((message) => message.ruleId === 'identifying-detail'), name).toEqual([]);
      // Where the author must still write, the placeholder rule says so.
      expect(messages.some((message) => message.ruleId === 'placeholder'), name).toBe(true);
    }
    const complete = readFileSync(path.join(work, 'lcspr-complete.md.briefing.md'), 'utf8');
    const section = (title: string) => complete.slice(complete.indexOf(title), complete.indexOf('\n## ', complete.indexOf(title) + 1));
    expect(section('What went well')).toMatch(/^- /m);
    expect(section('What must change')).toMatch(/^- 1\. /m);
    expect(section('Background')).toMatch(/Child R/);
  }, 180_000);

  it('leaves out a line that names a real person', () => {
    const draft = path.join(work, 'named.md');
    const text = readFileSync(path.join(samplesDir, 'lcspr-complete.md'), 'utf8').replace(/(## 1\. Introduction\n\n)/, '$1The health visitor, Dana Whitfield, raised the first concern about Child R.\n\n');
    writeFileSync(draft, text.replace(/^(#+ Executive Summary\n\n)/m, '$1The health visitor, Dana Whitfield, raised the first concern about Child R. '));
    const out = path.join(work, 'named.html');
    const run = runCli(['briefing', draft, '--out', out], work);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/left out of the briefing because they could identify someone/);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('Whitfield');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h2><span class="number">1</span> Background</h2>');
  }, 60_000);
});
