// Markdown from the HTML mammoth writes for a Word document. mammoth's HTML is small and regular
// (headings, paragraphs, lists, tables, strong/em, links, footnote references and the footnote
// list, images as data URIs), so a tokeniser for exactly that is clearer than a general HTML parser.
// Each Word paragraph that becomes Markdown records the Markdown line it starts on, so findings in
// the Markdown can be reported by paragraph.

export interface MarkdownFromWord {
  markdown: string;
  /** 1-based Markdown line where Word paragraph n (index n - 1) starts. */
  paragraphLines: number[];
  droppedImages: number;
}

interface ElementNode {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
type HtmlNode = ElementNode | string;

const VOID = new Set(['br', 'img', 'hr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function parseHtml(html: string): ElementNode {
  const root: ElementNode = { tag: '#root', attrs: {}, children: [] };
  const stack: ElementNode[] = [root];
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
  let last = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match.index > last) stack[stack.length - 1].children.push(decode(html.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, rawTag, rawAttrs, selfClosing] = match;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((node) => node.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const attr of rawAttrs.matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) attrs[attr[1].toLowerCase()] = decode(attr[2] ?? '');
    const node: ElementNode = { tag, attrs, children: [] };
    stack[stack.length - 1].children.push(node);
    if (!selfClosing && !VOID.has(tag)) stack.push(node);
  }
  if (last < html.length) stack[stack.length - 1].children.push(decode(html.slice(last)));
  return root;
}

/** Escapes what would change meaning in Markdown inline text. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, '\\$&');
}

/** Escapes what would make a paragraph's first characters a heading, list, quote or rule. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+-])$/, '\\$1')}`);
}

export function htmlToMarkdown(html: string): MarkdownFromWord {
  const root = parseHtml(html);
  const out: string[] = [];
  const paragraphLines: number[] = [];
  let droppedImages = 0;
  const footnotes: string[] = [];
  // Word numbers footnotes by internal id (often from 20 up); the draft numbers them 1, 2, 3 as read.
  const footnoteNumbers = new Map<string, number>();
  const footnoteNumber = (id: string) => {
    let number = footnoteNumbers.get(id);
    if (number === undefined) {
      number = footnoteNumbers.size + 1;
      footnoteNumbers.set(id, number);
    }
    return number;
  };
  const footnoteRef = (node: ElementNode): string | undefined => {
    const anchor = node.tag === 'a' ? node : elements(node).find((child) => child.tag === 'a');
    const target = /^#((?:foot|end)note-\d+)$/.exec(anchor?.attrs.href ?? '');
    return target ? `[^${footnoteNumber(target[1])}]` : undefined;
  };

  const lineCount = () => out.reduce((sum, block) => sum + block.split('\n').length + 1, 0) + 1;
  const startParagraph = () => paragraphLines.push(lineCount());

  const inline = (nodes: HtmlNode[]): string => {
    let text = '';
    for (const node of nodes) {
      if (typeof node === 'string') {
        text += escapeInline(node.replace(/\s+/g, ' '));
        continue;
      }
      const inner = () => inline(node.children);
      switch (node.tag) {
        case 'strong':
        case 'b':
          text += wrap(inner(), '**');
          break;
        case 'em':
        case 'i':
          text += wrap(inner(), '*');
          break;
        case 's':
        case 'del':
          text += wrap(inner(), '~~');
          break;
        case 'br':
          text += '\\\n';
          break;
        case 'img':
          droppedImages++;
          text += `<!-- image removed on import${node.attrs.alt ? `: ${node.attrs.alt.replace(/--/g, '–')}` : ''} -->`;
          break;
        case 'sup': {
          const ref = footnoteRef(node);
          text += ref ?? inner();
          break;
        }
        case 'a': {
          const ref = footnoteRef(node);
          if (ref) text += ref;
          else if (node.attrs.href && !node.attrs.href.startsWith('#')) text += `[${inner()}](${node.attrs.href.replace(/[()\s]/g, encodeURIComponent)})`;
          else text += inner();
          break;
        }
        default:
          text += inner();
      }
    }
    return text;
  };

  const block = (node: ElementNode, indent = ''): void => {
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading) {
      const text = inline(node.children).trim();
      if (text === '') return;
      startParagraph();
      out.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
      return;
    }
    switch (node.tag) {
      case 'p': {
        const text = inline(node.children).trim();
        if (text === '') return;
        startParagraph();
        out.push(indent + escapeLineStart(text).replace(/\n/g, `\n${indent}`));
        return;
      }
      case 'ul':
      case 'ol': {
        if (node.tag === 'ol' && node.children.some((child) => typeof child !== 'string' && /^(?:foot|end)note-\d+$/.test(child.attrs.id ?? ''))) {
          for (const item of elements(node)) footnotes.push(`[^${footnoteNumber(item.attrs.id)}]: ${inline(withoutBackLinks(item.children)).trim()}`);
          return;
        }
        out.push(list(node, indent, lineCount()));
        return;
      }
      case 'table':
        out.push(table(node));
        return;
      default:
        for (const child of node.children) if (typeof child !== 'string') block(child, indent);
    }
  };

  /** `firstLine`: the Markdown line the list's first item lands on. */
  const list = (node: ElementNode, indent: string, firstLine: number): string => {
    const lines: string[] = [];
    const nextLine = () => firstLine + (lines.length === 0 ? 0 : lines.join('\n').split('\n').length);
    elements(node)
      .filter((item) => item.tag === 'li')
      .forEach((item, index) => {
        const marker = node.tag === 'ol' ? `${index + 1}. ` : '- ';
        const own = item.children.filter((child) => typeof child === 'string' || !['ul', 'ol'].includes(child.tag));
        const paragraphs = own.filter((child): child is ElementNode => typeof child !== 'string' && child.tag === 'p');
        const text = (paragraphs.length > 0 ? paragraphs.map((p) => inline(p.children).trim()).join(' ') : inline(own)).trim();
        paragraphLines.push(nextLine());
        lines.push(`${indent}${marker}${text}`);
        for (const nested of elements(item).filter((child) => child.tag === 'ul' || child.tag === 'ol')) {
          lines.push(list(nested, indent + ' '.repeat(marker.length), nextLine()));
        }
      });
    return lines.join('\n');
  };

  const table = (node: ElementNode): string => {
    const rows = descendants(node, 'tr').map((row) => elements(row).filter((cell) => cell.tag === 'td' || cell.tag === 'th'));
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((row) => row.length));
    const cellText = (cell: ElementNode | undefined) => (cell ? inline(cell.children).replace(/\\\n/g, ' ').replace(/\|/g, '\\|').trim() : '');
    const startLine = lineCount();
    const render = (row: ElementNode[]) => `| ${Array.from({ length: width }, (_, i) => cellText(row[i])).join(' | ')} |`;
    const lines = [render(rows[0]), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(render)];
    // Every cell paragraph is a Word paragraph; they sit on their row's line.
    rows.forEach((row, index) => {
      for (const cell of row) {
        const cellParagraphs = Math.max(1, elements(cell).filter((child) => child.tag === 'p').length);
        for (let i = 0; i < cellParagraphs; i++) paragraphLines.push(startLine + (index === 0 ? 0 : index + 1));
      }
    });
    return lines.join('\n');
  };

  block(root);
  if (footnotes.length > 0) out.push(footnotes.sort((a, b) => footnoteOrder(a) - footnoteOrder(b)).join('\n'));
  return { markdown: `${out.join('\n\n')}\n`, paragraphLines, droppedImages };
}

function wrap(text: string, mark: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  const lead = text.slice(0, text.indexOf(trimmed));
  const trail = text.slice(lead.length + trimmed.length);
  return `${lead}${mark}${trimmed}${mark}${trail}`;
}

function footnoteOrder(definition: string): number {
  return Number(/^\[\^(\d+)\]/.exec(definition)?.[1] ?? 0);
}

function withoutBackLinks(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (typeof node === 'string') return [node];
    if (node.tag === 'a' && /^#(?:foot|end)note-ref-\d+$/.test(node.attrs.href ?? '')) return [];
    return [{ ...node, children: withoutBackLinks(node.children) }];
  });
}

function elements(node: ElementNode): ElementNode[] {
  return node.children.filter((child): child is ElementNode => typeof child !== 'string');
}

function descendants(node: ElementNode, tag: string): ElementNode[] {
  const found: ElementNode[] = [];
  for (const child of elements(node)) {
    if (child.tag === tag) found.push(child);
    else found.push(...descendants(child, tag));
  }
  return found;
}
