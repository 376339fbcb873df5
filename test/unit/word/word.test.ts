// Word in and out (issue #18, item 3), tested with documents made by tools no one here wrote:
// Debian's pandoc and LibreOffice turn the samples into .docx; cspr-lint imports them, lints them
// directly (findings by paragraph) and exports Markdown back to Word, which pandoc and LibreOffice
// then read. Files we must refuse (corrupt, password-protected, carrying macros) get a clear error
// and nothing is written.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../../../src/engine/index';
import { buildCliOnce, runCli, samplesDir } from '../cli/build-cli';

const work = mkdtempSync(path.join(os.tmpdir(), 'cspr-word-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SAMPLES = ['lcspr-complete', 'lcspr-gaps', 'lcspr-messy', 'rapid-review'];

function pandocDocx(sample: string): string {
  const out = path.join(work, `${sample}.pandoc.docx`);
  if (!existsSync(out)) execFileSync('pandoc', [path.join(samplesDir, `${sample}.md`), '-o', out]);
  return out;
}

const loDir = path.join(work, 'lo');
const soffice = (args: string[]) => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, ...args], { stdio: 'ignore', timeout: 180_000 });

/** Every sample made into .docx by LibreOffice Writer, in one LibreOffice start (each start takes seconds). */
function makeLibreOfficeDocxs(): void {
  mkdirSync(loDir, { recursive: true });
  const htmls = SAMPLES.map((sample) => {
    const html = path.join(loDir, `${sample}.html`);
    execFileSync('pandoc', [path.join(samplesDir, `${sample}.md`), '-s', '--metadata', `title=${sample}`, '-o', html]);
    return html;
  });
  // Writer (not Writer/Web) reads the HTML, so the result is a word-processing document.
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', loDir, ...htmls]);
}

function libreOfficeDocx(sample: string): string {
  return path.join(loDir, `${sample}.docx`);
}

function sectionStatuses(markdown: string, template: string) {
  return new Linter({ template }).lint(markdown).sections.map((section) => `${section.id}:${section.status}`);
}

function templateOf(sample: string): string {
  return sample === 'rapid-review' ? 'rapid-review' : 'lcspr';
}

beforeAll(() => {
  buildCliOnce();
  makeLibreOfficeDocxs();
}, 300_000);

describe('cspr-lint import', () => {
  for (const maker of ['pandoc', 'LibreOffice'] as const) {
    it(`turns every sample made into .docx by ${maker} back into Markdown with the same sections`, () => {
      for (const sample of SAMPLES) {
        const docx = maker === 'pandoc' ? pandocDocx(sample) : libreOfficeDocx(sample);
        const out = path.join(work, `${sample}.${maker}.md`);
        const run = runCli(['import', docx, '--out', out, '--force'], work);
        expect(run.code, run.stderr).toBe(0);
        const imported = readFileSync(out, 'utf8');
        const original = readFileSync(path.join(samplesDir, `${sample}.md`), 'utf8');
        expect(sectionStatuses(imported, templateOf(sample)), `${maker} ${sample}`).toEqual(sectionStatuses(original, templateOf(sample)));
        // Lists and tables survive as Markdown structure.
        if (/^\s*\d+\.\s/m.test(original)) expect(imported, `${maker} ${sample} ordered list`).toMatch(/^\s*\d+\.\s/m);
        if (/^\|.*\|\s*$/m.test(original)) expect(imported, `${maker} ${sample} table`).toMatch(/^\| .* \|$/m);
      }
    }, 300_000);
  }

  it('keeps footnotes, bold and italic, and drops images with a note', () => {
    const source = path.join(work, 'features.md');
    const png = path.join(work, 'pixel.png');
    writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
    writeFileSync(source, `# Findings\n\nPractitioners were **not told** about the *earlier* referral.[^1]\n\n![A family photograph](${png})\n\n[^1]: Chronology, entry for March 2022.\n`);
    const docx = path.join(work, 'features.docx');
    execFileSync('pandoc', [source, '-o', docx], { cwd: work });
    const out = path.join(work, 'features.md.out.md');
    const run = runCli(['import', docx, '--out', out], work);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 image was dropped/);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('**not told**');
    expect(md).toContain('*earlier*');
    expect(md).toMatch(/referral\.\[\^1\]/);
    expect(md).toMatch(/^\[\^1\]: Chronology, entry for March 2022\.$/m);
    expect(md).toMatch(/<!-- image removed on import/);
    expect(md).not.toContain('data:image');
  }, 60_000);

  it('refuses corrupt, password-protected and macro-bearing files, writing nothing', async () => {
    const corrupt = path.join(work, 'corrupt.docx');
    const valid = readFileSync(pandocDocx('lcspr-gaps'));
    writeFileSync(corrupt, valid.subarray(0, 600));
    const renamed = path.join(work, 'renamed.docx');
    writeFileSync(renamed, 'This is a text file someone renamed.\n');
    // An Office password-protected file is an OLE compound file holding "EncryptionInfo" and
    // "EncryptedPackage" streams; this one has the same container signature and stream names.
    const encrypted = path.join(work, 'encrypted.docx');
    const header = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    Buffer.from('EncryptionInfo', 'utf16le').copy(header, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(header, 1152);
    writeFileSync(encrypted, header);
    const macros = path.join(work, 'macros.docx');
    const zip = await JSZip.loadAsync(valid);
    zip.file('word/vbaProject.bin', Buffer.from('Attribute VB_Name = "AutoOpen"'));
    writeFileSync(macros, await zip.generateAsync({ type: 'nodebuffer' }));

    const cases: [string, RegExp][] = [
      [corrupt, /damaged/],
      [renamed, /not a Word document/],
      [encrypted, /password-protected/],
      [macros, /contains macros/],
    ];
    for (const [file, reason] of cases) {
      const out = path.join(work, `refused-${path.basename(file)}.md`);
      const run = runCli(['import', file, '--out', out], work);
      expect(run.code, file).toBe(2);
      expect(run.stderr, file).toMatch(reason);
      expect(run.stderr, file).toMatch(/Nothing was written/);
      expect(existsSync(out), file).toBe(false);
      const lint = runCli([file, '--format', 'json'], work);
      expect(lint.code, `lint ${file}`).toBe(2);
      expect(lint.stderr, `lint ${file}`).toMatch(reason);
    }
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('cspr-lint on a .docx', () => {
  it('lints a Word draft directly and locates findings by paragraph', () => {
    const docx = libreOfficeDocx('lcspr-gaps');
    const run = runCli([docx, '--format', 'json'], work);
    expect(run.code, run.stderr).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file.filePath).toMatch(/lcspr-gaps\.docx$/);
    const dob = file.messages.find((message: { ruleId: string; message: string }) => message.ruleId === 'identifying-detail' && /birth/i.test(message.message));
    expect(dob, 'the date of birth in the Family paragraph').toBeDefined();
    // Paragraph n as LibreOffice itself counts it: its plain-text export writes one line per paragraph.
    soffice(['--convert-to', 'txt:Text', '--outdir', path.join(work, 'txt'), docx]);
    const paragraphs = readFileSync(path.join(work, 'txt', 'lcspr-gaps.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(paragraphs[dob.line - 1]).toMatch(/02\/11\/2007/);
    expect(paragraphs[dob.line - 1].slice(dob.column - 1)).toMatch(/^(?:born on )?02\/11\/2007/);
  }, 300_000);

  it('a quoted glob for Word files lints the Word drafts it finds; a folder lints only Markdown', () => {
    const folder = path.join(work, 'glob');
    mkdirSync(folder, { recursive: true });
    copyFileSync(pandocDocx('lcspr-gaps'), path.join(folder, 'draft.docx'));
    writeFileSync(path.join(folder, 'notes.md'), readFileSync(path.join(samplesDir, 'lcspr-complete.md'), 'utf8'));
    const globbed = runCli(['*.docx', '--format', 'json'], folder);
    expect(JSON.parse(globbed.stdout).map((file: { filePath: string }) => path.basename(file.filePath))).toEqual(['draft.docx']);
    const scanned = runCli(['.', '--format', 'json'], folder);
    expect(JSON.parse(scanned.stdout).map((file: { filePath: string }) => path.basename(file.filePath))).toEqual(['notes.md']);
  }, 60_000);

  it('never writes to a Word draft, even with --fix', () => {
    const docx = pandocDocx('lcspr-messy');
    const before = readFileSync(docx);
    const run = runCli([docx, '--fix'], work);
    expect(run.stderr).toMatch(/not fixed in place/);
    expect(readFileSync(docx).equals(before)).toBe(true);
  }, 60_000);
});

describe('cspr-lint export', () => {
  it('writes real Word structure that pandoc and LibreOffice read back', () => {
    const source = path.join(work, 'export-source.md');
    const body = readFileSync(path.join(samplesDir, 'lcspr-complete.md'), 'utf8');
    writeFileSync(source, `---\ntitle: Review concerning Child R\npartnership: Westmere Safeguarding Children Partnership\ndate: 2026-03-01\n---\n\n${body}\nA closing note.[^close]\n\n[^close]: Agreed by the panel.\n`);
    const out = path.join(work, 'export.docx');
    const run = runCli(['export', source, '--out', out], work);
    expect(run.code, run.stderr).toBe(0);

    const ast = JSON.parse(execFileSync('pandoc', ['-f', 'docx', '-t', 'json', out], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const blocks: { t: string; c: unknown }[] = ast.blocks;
    const headers = blocks.filter((block) => block.t === 'Header');
    expect(headers.length).toBe((body.match(/^#{1,6} /gm) ?? []).length);
    expect(blocks.some((block) => block.t === 'OrderedList')).toBe(true);
    expect(blocks.some((block) => block.t === 'Table')).toBe(true);
    expect(JSON.stringify(ast)).toContain('"t":"Note"');
    expect(execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '-s', out], { encoding: 'utf8' })).toMatch(/^title: Review concerning Child R$/m);

    const txtDir = path.join(work, 'export-txt');
    soffice(['--convert-to', 'txt:Text', '--outdir', txtDir, out]);
    const text = readFileSync(path.join(txtDir, 'export.txt'), 'utf8');
    expect(text).toMatch(/Partnership: Westmere Safeguarding Children Partnership/);
    expect(text).toMatch(/Voice of the Child|Child R’s lived experience|lived experience/i);
  }, 300_000);

  it('refuses to overwrite without --force and keeps the old file on a failed run', () => {
    const out = path.join(work, 'keep.docx');
    writeFileSync(out, 'old');
    const refused = runCli(['export', path.join(samplesDir, 'rapid-review.md'), '--out', out], work);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('old');
    const bad = runCli(['export', path.join(samplesDir, 'rapid-review.md'), '--out', path.join(work, 'report.pdf')], work);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--out must end in \.docx/);
  });
});

describe('usage', () => {
  it('explains a missing --out or a wrong input', () => {
    expect(runCli(['import', 'x.docx'], work).stderr).toMatch(/import needs --out/);
    expect(runCli(['import', 'x.md', '--out', 'y.md'], work).stderr).toMatch(/not a \.docx file/);
    const missing = runCli(['import', 'nowhere.docx', '--out', 'y.md'], work);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.docx: no such file/);
  });
});
