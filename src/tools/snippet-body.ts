// Skeleton text as VS Code snippet syntax. Its own module (no engine import): the extension's client
// uses it for heading completions without bundling the engine.

/**
 * Turns the skeleton's "[prompts]" into tab stops, escaping everything else VS Code would read as
 * snippet syntax. A tab stop's default keeps its brackets: a prompt the author tabs past is still a
 * placeholder the `placeholder` rule reports, never text that reads as written. With `childStop`,
 * "the child" becomes a mirror of that tab stop, so the pseudonym typed once in the title runs
 * through the prompts, as the engine's skeletons personalise them.
 */
export function toSnippetBody(text: string, counter: { next: number } = { next: 1 }, childStop?: number): string {
  const escaped = text.replace(/\$/g, '\\$').replace(/\}/g, '\\}');
  const personalised = childStop === undefined ? escaped : escaped.replace(/\bthe child\b/g, `\${${childStop}}`);
  return personalised.replace(/\[([^\]\n]+)\]/g, (_, prompt: string) => `\${${counter.next++}:[${prompt.replace(/\\[$}]|[\\]/g, '')}]}`);
}
