// The language server in a real editor other than VS Code: headless Neovim (Debian's package, installed
// by scripts/install-test-prereqs.sh) starts `node dist/cli.js lsp --stdio` with its built-in LSP
// client, opens a draft, waits for diagnostics and applies a quick fix the server offers. The Lua
// uses only APIs Neovim 0.7 has (Debian 12 ships 0.7.2): vim.lsp.start_client and
// buf_attach_client rather than vim.lsp.start, and a codeAction request whose WorkspaceEdit is applied
// with vim.lsp.util.apply_workspace_edit (0.7's vim.lsp.buf.code_action has no filter or apply).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliOnce, cliPath, samplesDir } from '../cli/build-cli';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const nvimVersion = nvim.status === 0 ? /NVIM v(\d+\.\d+\.\d+)/.exec(nvim.stdout)?.[1] : undefined;

interface NeovimReport {
  error?: string;
  attached: boolean;
  diagnostics: { code: string; source: string; message: string; lnum: number; severity: number }[];
  actions: string[];
  applied?: string;
  camhsAfter: number;
  text: string;
  saved: boolean;
}

let dir: string;

beforeAll(() => {
  buildCliOnce();
  dir = mkdtempSync(path.join(os.tmpdir(), 'cspr-nvim-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lua = (value: string) => JSON.stringify(value);

function initLua(draft: string, report: string): string {
  return `
local report = {attached = false, diagnostics = {}, actions = {}, camhsAfter = -1, text = '', saved = false}
local function finish()
  vim.fn.writefile({vim.fn.json_encode(report)}, ${lua(report)})
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(${lua(draft)}))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'cspr-lint',
    cmd = {${lua(process.execPath)}, ${lua(cliPath)}, 'lsp', '--stdio'},
    root_dir = ${lua(dir)},
    settings = {csprLint = {debounceMs = 50}},
  })
  report.attached = vim.lsp.buf_attach_client(bufnr, client_id)
  vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(report.diagnostics, {code = d.code, source = d.source, message = d.message, lnum = d.lnum, severity = d.severity})
  end
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'undefined-acronym' and d.message:find('CAMHS', 1, true) then target = d end
  end
  if not target then error('no undefined-acronym diagnostic for CAMHS') end
  local client = vim.lsp.get_client_by_id(client_id)
  local line = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
  local params = {
    textDocument = {uri = vim.uri_from_bufnr(bufnr)},
    range = {start = {line = target.lnum, character = 0}, ['end'] = {line = target.lnum, character = #line}},
    context = {diagnostics = {}},
  }
  local response = client.request_sync('textDocument/codeAction', params, 20000, bufnr)
  if not response or response.err then error('codeAction failed: ' .. vim.inspect(response)) end
  local chosen
  for _, action in ipairs(response.result or {}) do
    table.insert(report.actions, action.title)
    local edits = action.edit and action.edit.changes and action.edit.changes[params.textDocument.uri] or {}
    for _, edit in ipairs(edits) do
      if not chosen and edit.newText:find('Child and Adolescent Mental Health Services', 1, true) then chosen = action end
    end
  end
  if not chosen then error('no quick fix spelling out CAMHS') end
  report.applied = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  local function camhs_count()
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'undefined-acronym' and d.message:find('CAMHS', 1, true) then n = n + 1 end
    end
    return n
  end
  vim.wait(30000, function() return camhs_count() == 0 end, 50)
  report.camhsAfter = camhs_count()
  report.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\\n')
  report.saved = not vim.bo.modified
end)
if not ok then report.error = tostring(err) end
finish()
`;
}

describe(`Neovim ${nvimVersion ?? ''} with the built-in LSP client`, () => {
  it('receives diagnostics from cspr-lint lsp --stdio and applies a quick fix', () => {
    // Not skipped when missing: this is the proof that the server works outside VS Code.
    expect(nvimVersion, 'nvim is not installed: run scripts/install-test-prereqs.sh (Debian package neovim)').toBeDefined();
    const original = readFileSync(path.join(samplesDir, 'lcspr-gaps.md'), 'utf8');
    const draft = path.join(dir, 'review.md');
    writeFileSync(draft, original);
    writeFileSync(path.join(dir, '.cspr-lint.json'), JSON.stringify({ extends: 'cspr-lint:lcspr' }));
    const init = path.join(dir, 'init.lua');
    const reportPath = path.join(dir, 'report.json');
    writeFileSync(init, initLua(draft, reportPath));
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', init], { cwd: dir, encoding: 'utf8', timeout: 90_000, env: { ...process.env, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir } });
    let report: NeovimReport;
    try {
      report = JSON.parse(readFileSync(reportPath, 'utf8')) as NeovimReport;
    } catch {
      throw new Error(`Neovim wrote no report (status ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`);
    }
    expect(report.error, report.error).toBeUndefined();
    expect(report.attached).toBe(true);
    const codes = report.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['required-section', 'identifying-detail', 'undefined-acronym']));
    expect(report.diagnostics.every((d) => d.source === 'cspr-lint')).toBe(true);
    expect(report.actions).toContain('Disable undefined-acronym for this line');
    expect(report.applied).toBeDefined();
    expect(report.text).toContain('Child and Adolescent Mental Health Services (CAMHS)');
    expect(report.camhsAfter).toBe(0);
    // The edit is in Neovim's buffer, unsaved: the server never wrote the file.
    expect(report.saved).toBe(false);
    expect(readFileSync(draft, 'utf8')).toBe(original);
  }, 120_000);
});
