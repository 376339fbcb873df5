// Section snippets where authors look for them. VS Code turns quick suggestions off in Markdown, so
// the `cspr-` snippets never appear by themselves: the list opens when the author types "cspr" (the
// extension asks for it, see openSnippetsAfterCspr) or a "-" after it, and offers the snippets; when
// a line starts with "#" it offers the headings of the template sections the draft is still missing,
// each with its prompts.
import * as vscode from 'vscode';
// The snippets file generated from the templates at build time (src/tools/snippets.ts), bundled as data.
import SNIPPETS from '../../snippets/cspr.code-snippets';
import { toSnippetBody } from '../tools/snippet-body';
import type { DraftStates } from './drafts';

/**
 * Characters that open the list: the "-" of "cspr-", and "#". A letter cannot be one: VS Code ignores
 * a trigger character typed at the end of a word and leaves that to quick suggestions, which
 * Markdown turns off.
 */
export const TRIGGER_CHARACTERS = ['-', '#'];

/**
 * Opens the suggestion list when the author has just typed the "r" of "cspr" in a Markdown editor.
 * Called for every text change, so it looks only at a one-letter insertion at the cursor.
 */
export function openSnippetsAfterCspr(event: vscode.TextDocumentChangeEvent): void {
  if (event.contentChanges.length !== 1 || event.document.languageId !== 'markdown') return;
  const change = event.contentChanges[0];
  if (change.text !== 'r' || change.rangeLength !== 0) return;
  if (vscode.window.activeTextEditor?.document !== event.document) return;
  // The editor's selection is updated after this event: the "r" ends at its start plus one.
  const at = change.range.start;
  const before = event.document.lineAt(at.line).text.slice(0, at.character + 1);
  if (/(?<![\w-])cspr$/.test(before)) void vscode.commands.executeCommand('editor.action.triggerSuggest');
}

const SNIPPET_WORD = /(?<![\w-])cspr[\w-]*$/;
const HEADING_START = /^(#{1,6})(?: [^\n]*)?$/;

/**
 * The completions VS Code users get beyond the language server's: the snippets after "cspr", and
 * after "#" the missing sections with their prompts as snippets. Undefined: ask the server (acronyms,
 * agreed pseudonyms).
 */
export class DraftCompletions {
  private readonly snippets = Object.entries(SNIPPETS);

  constructor(private readonly drafts: DraftStates) {}

  async provide(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const word = SNIPPET_WORD.exec(before);
    if (word) return this.snippetItems(new vscode.Range(position.line, word.index, position.line, position.character));
    const heading = HEADING_START.exec(before);
    if (heading) return this.headingItems(document, new vscode.Range(position.line, 0, position.line, position.character), heading[1].length);
    return undefined;
  }

  private snippetItems(range: vscode.Range): vscode.CompletionItem[] {
    return this.snippets.map(([name, snippet], index) => {
      // "Local Child Safeguarding Practice Review: Introduction" shows as "Introduction · Local Child …": the list is narrow.
      const colon = name.indexOf(': ');
      const description = colon > 0 ? `${name.slice(colon + 2)} · ${name.slice(0, colon)}` : name;
      const item = new vscode.CompletionItem({ label: snippet.prefix, description }, vscode.CompletionItemKind.Snippet);
      item.insertText = new vscode.SnippetString(snippet.body.join('\n'));
      item.documentation = new vscode.MarkdownString(snippet.description);
      item.filterText = snippet.prefix;
      item.sortText = String(index).padStart(4, '0');
      item.range = range;
      return item;
    });
  }

  /** The missing sections of the draft's template, in template order, as headings with their prompts. */
  private async headingItems(document: vscode.TextDocument, range: vscode.Range, hashes: number): Promise<vscode.CompletionItem[] | undefined> {
    const state = await this.drafts.fresh(document);
    if (!state) return undefined;
    // "#" alone is the report's title; a section is at least level 2.
    const level = Math.max(2, hashes);
    return state.missingSections.map((section, index) => {
      const heading = `${'#'.repeat(level)} ${section.title}`;
      const item = new vscode.CompletionItem({ label: heading, description: `${section.required ? 'required' : 'recommended'} section, missing` }, vscode.CompletionItemKind.Snippet);
      item.insertText = new vscode.SnippetString(`${heading}\n\n${toSnippetBody(section.skeleton || `[${section.guidance ?? section.title}]`)}\n`);
      item.documentation = new vscode.MarkdownString(section.guidance ?? '');
      // Typing part of the title after the hashes narrows the list.
      item.filterText = heading;
      item.sortText = String(index).padStart(4, '0');
      item.range = range;
      return item;
    });
  }
}
