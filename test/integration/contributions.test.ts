// What the extension contributes, as the running VS Code sees it: snippets it can insert, the
// injection grammar tokenised by VS Code's own TextMate engine over its own Markdown grammar,
// settings with their defaults, every command registered, the walkthrough and icon files present in
// the extension as installed (so this also checks what .vscodeignore keeps in the .vsix).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { PRESET_TEMPLATES } from '../../src/engine/index';
import type { DraftStates } from '../../src/extension/drafts';
import { activateExtension, closeAllEditors, describeDiagnostics, getDiagnostics, getExtension, harness, log, ruleId, waitFor } from './helpers';

interface PackageJson {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { default: unknown; description?: string; markdownDescription?: string }> };
    snippets: { language: string; path: string }[];
    grammars: { scopeName: string; path: string; injectTo?: string[]; language?: string }[];
    walkthroughs: { id: string; steps: { id: string; media: { markdown?: string; image?: string } }[] }[];
  };
  icon: string;
}

const pkg = () => getExtension().packageJSON as PackageJson;
const inExtension = (relPath: string) => path.join(getExtension().extensionPath, relPath);

async function untitledMarkdown(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  return vscode.window.showTextDocument(document);
}

async function discard(): Promise<void> {
  // Untitled documents would otherwise ask to be saved.
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('snippets', () => {
  afterEach(closeAllEditors);

  for (const template of Object.values(PRESET_TEMPLATES)) {
    it(`"${template.label} (whole draft)" inserts every section in template order with the pseudonym typed once, and the draft is linted without structure problems`, async () => {
      const editor = await untitledMarkdown();
      try {
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: `${template.label} (whole draft)` });
        // The first tab stop is the pseudonym in the title; prompts about "the child" mirror it.
        await vscode.commands.executeCommand('type', { text: 'Child J' });
        const text = editor.document.getText();
        assert.ok(text.includes(`# ${template.label}: Child J\n`), text.slice(0, 200));
        assert.ok(/saw Child J alone|Child J was seen alone/.test(text), 'the seen-alone prompt names Child J');
        const prompts = text.split('\n').filter((line) => !line.startsWith('#'));
        assert.deepEqual(prompts.filter((line) => /\bthe child\b/.test(line)), [], 'no "the child" left in the prompts');
        assert.match(text, new RegExp(`^---\\ncspr-template: ${template.id}\\n---\\n`));
        const headings = text.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
        assert.deepEqual(headings, template.sections.map((section) => section.title));
        // The front matter makes the untitled document a draft; its structure is complete.
        const { drafts } = await activateExtension<{ drafts: DraftStates }>();
        await waitFor(() => drafts.stateFor(editor.document.uri)?.version === editor.document.version, { timeoutMs: 15000, message: 'the inserted draft is linted' });
        const diagnostics = getDiagnostics(editor.document.uri);
        const structural = diagnostics.filter((d) => ['required-section', 'section-order', 'duplicate-section'].includes(ruleId(d) ?? ''));
        assert.deepEqual(structural, [], describeDiagnostics(structural));
      } finally {
        await discard();
      }
    });
  }

  it('a section snippet inserts its heading and prompts as tab stops', async () => {
    const template = PRESET_TEMPLATES.lcspr;
    const section = template.sections.find((candidate) => candidate.role === 'voice-of-child') ?? template.sections[0];
    const editor = await untitledMarkdown();
    try {
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: `${template.label}: ${section.title}` });
      const text = editor.document.getText();
      assert.ok(text.startsWith(`## ${section.title}\n\n`), text);
      // The skeleton's "[prompt]" became a selected tab stop: the prompt text, without brackets.
      assert.ok(!editor.selection.isEmpty, 'the first prompt is selected');
      assert.ok(!/\$\{?\d/.test(text), `no raw snippet syntax left: ${text}`);
    } finally {
      await discard();
    }
  });

  it('the SMART recommendation and control comment snippets are there', async () => {
    const editor = await untitledMarkdown();
    try {
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'SMART recommendation' });
      await vscode.commands.executeCommand('leaveSnippet');
      await vscode.commands.executeCommand('editor.action.insertLineAfter');
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Disable a rule for the next line' });
      const text = editor.document.getText();
      // Defaults the author must replace are bracketed prompts, which the placeholder rule reports.
      assert.match(text, /^1\. The \[agency or partnership\] will \[action\] by \[month year\], evidenced by \[.+\] reported to \[board or group\]\./);
      assert.match(text, /<!-- cspr-lint-disable-next-line required-section -- \[reason\] -->/);
    } finally {
      await discard();
    }
  });
});

// vscode-textmate's API, as far as this suite uses it (VS Code ships the package, not its types here).
interface TextMate {
  Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar: (scopeName: string) => Promise<unknown>;
    getInjections: (scopeName: string) => string[] | undefined;
  }) => { loadGrammar(scopeName: string): Promise<Grammar | null> };
  parseRawGrammar(content: string, filePath: string): unknown;
  INITIAL: unknown;
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown };
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (patterns: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}

/** VS Code's own copy of a package (desktop builds keep node_modules in an asar archive). */
function vscodeModule<T>(name: string): { module: T; dir: string } | undefined {
  const requireFromApp = createRequire(path.join(vscode.env.appRoot, 'package.json'));
  for (const folder of ['node_modules', 'node_modules.asar']) {
    const dir = path.join(vscode.env.appRoot, folder, name);
    if (fs.existsSync(path.join(dir, 'package.json'))) return { module: requireFromApp(dir) as T, dir };
  }
  return undefined;
}

describe('injection grammar', () => {
  const sample = [
    '<!-- cspr-lint-disable-next-line identifying-detail, no-such-rule',
    '     -- agreed pseudonym -->',
    '## Recommendations',
    '',
    'R1: The ICB will audit the referrals of Child A and Sibling 1 by TBC.',
    '',
    '- 7.2 The school will ask _Young Person C_ [insert date].',
    '',
    '```',
    'Child B in a code block; TODO',
    '```',
    '',
    'Inline `Child D TODO` code, and XX/XX/2023.',
  ];

  it("is injected into VS Code's Markdown grammar and scopes control comments, pseudonyms, recommendation numbers and placeholders, never code", async function () {
    const textmate = vscodeModule<TextMate>('vscode-textmate');
    const oniguruma = vscodeModule<Oniguruma>('vscode-oniguruma');
    if (!textmate || !oniguruma) {
      // Every VS Code build ships both; only an unusual layout would lack them.
      if (harness.active) assert.fail(`vscode-textmate / vscode-oniguruma not found under ${vscode.env.appRoot}`);
      this.skip();
    }
    const wasm = fs.readFileSync(path.join(oniguruma.dir, 'release', 'onig.wasm'));
    await oniguruma.module.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));

    // Wire grammars exactly as the contributions declare them, from every installed extension.
    const files = new Map<string, string>();
    const injections = new Map<string, string[]>();
    for (const extension of vscode.extensions.all) {
      for (const grammar of (extension.packageJSON?.contributes?.grammars ?? []) as PackageJson['contributes']['grammars']) {
        files.set(grammar.scopeName, path.join(extension.extensionPath, grammar.path));
        for (const target of grammar.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), grammar.scopeName]);
      }
    }
    const ours = pkg().contributes.grammars[0];
    assert.equal(files.get(ours.scopeName), inExtension(ours.path));
    assert.ok(files.has('text.html.markdown'), "VS Code's Markdown grammar is contributed");

    const registry = new textmate.module.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.module.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.module.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const file = files.get(scopeName);
        return file ? textmate.module.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) => injections.get(scopeName),
    });
    const markdown = await registry.loadGrammar('text.html.markdown');
    assert.ok(markdown);

    const scoped: string[] = [];
    let state = textmate.module.INITIAL;
    sample.forEach((line, index) => {
      const result = markdown.tokenizeLine(line, state);
      state = result.ruleStack;
      for (const token of result.tokens) {
        const scope = [...token.scopes].reverse().find((name) => name.endsWith('.cspr-lint'));
        if (scope) scoped.push(`${index}:${line.slice(token.startIndex, token.endIndex).trim()}=${scope.replace(/\.cspr-lint$/, '')}`);
      }
    });
    log(scoped.join('\n'));
    const expected = [
      '0:<!--=punctuation.definition.comment',
      '0:cspr-lint-disable-next-line=keyword.control.directive',
      '0:identifying-detail=entity.name.function.rule-id',
      '0:no-such-rule=invalid.illegal.unknown-rule',
      '1:--=punctuation.separator.reason',
      '1:agreed pseudonym=string.unquoted.reason',
      '1:-->=punctuation.definition.comment',
      '4:R1=constant.numeric.recommendation',
      '4:Child A=variable.other.constant.pseudonym',
      '4:Sibling 1=variable.other.constant.pseudonym',
      '4:TBC=invalid.deprecated.placeholder',
      '6:7.2=constant.numeric.recommendation',
      '6:Young Person C=variable.other.constant.pseudonym',
      '6:[insert date]=invalid.deprecated.placeholder',
      '12:XX/XX/2023=invalid.deprecated.placeholder',
    ];
    for (const entry of expected) assert.ok(scoped.includes(entry), `${entry} in:\n${scoped.join('\n')}`);
    const inCode = scoped.filter((entry) => /^(?:9|12):(?:Child [BD]|TODO)/.test(entry));
    assert.deepEqual(inCode, [], 'nothing inside fenced or inline code');
  });
});

describe('settings, commands, walkthrough, icon', () => {
  it('every setting has a description and VS Code reports its declared default', () => {
    const properties = pkg().contributes.configuration.properties;
    for (const key of ['csprLint.enable', 'csprLint.run', 'csprLint.debounceMs', 'csprLint.lintAllMarkdown', 'csprLint.maxFileSizeKB', 'csprLint.template']) {
      assert.ok(properties[key], `${key} contributed`);
    }
    for (const [key, property] of Object.entries(properties)) {
      assert.ok((property.description ?? property.markdownDescription ?? '').length > 10, `${key} has a description`);
      assert.deepEqual(vscode.workspace.getConfiguration().inspect(key)?.defaultValue, property.default, key);
    }
  });

  it('every contributed command is registered once the extension is active, under the CSPR category', async () => {
    await getExtension().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const commands = pkg().contributes.commands;
    for (const id of ['csprLint.run', 'csprLint.lintWorkspace', 'csprLint.fixAll', 'csprLint.newDraft', 'csprLint.insertSection', 'csprLint.showCoverage', 'csprLint.exportCoverage']) {
      assert.ok(commands.some((command) => command.command === id), `${id} contributed`);
    }
    for (const command of commands) {
      assert.ok(registered.has(command.command), `${command.command} registered`);
      assert.equal(command.category, 'CSPR', command.command);
    }
  });

  it('the walkthrough, its media and the icon ship with the extension', () => {
    const walkthrough = pkg().contributes.walkthroughs[0];
    assert.ok(walkthrough.steps.length >= 3);
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && fs.existsSync(inExtension(media)), `${step.id}: ${media}`);
    }
    const icon = fs.readFileSync(inExtension(pkg().icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    for (const file of [pkg().contributes.snippets[0].path, pkg().contributes.grammars[0].path, 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/rules/child-voice.md']) {
      assert.ok(fs.existsSync(inExtension(file)) || fs.existsSync(inExtension(file.toLowerCase())) || fs.existsSync(inExtension(`${file}.txt`)), file);
    }
  });
});
