// The Markdown table of bench figures, one definition for bench/bench.ts, bench/vscode-rows.mjs and
// scripts/bench-vscode.mjs (plain JavaScript, so the two scripts Node runs directly can import it).

/**
 * @param {{ label: string, value: number | null, unit: string, budget: number | null, strict?: boolean, pass: boolean | null, context: string }[]} figures
 * @returns {string}
 */
export function formatTable(figures) {
  const rows = figures.map((figure) => [
    figure.label,
    figure.value === null ? '—' : `${figure.value.toFixed(figure.unit === 'x' ? 2 : 1)}${figure.unit === 'x' ? '×' : ` ${figure.unit}`}`,
    figure.budget === null ? '' : `${figure.strict ? '<' : '≤'} ${figure.budget}${figure.unit === 'x' ? '×' : ` ${figure.unit}`}`,
    figure.pass === null ? (figure.budget === null ? '' : 'not measured') : figure.pass ? 'pass' : 'FAIL',
    figure.context,
  ]);
  const header = ['Measure', 'Value', 'Budget', 'Result', 'Context'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
