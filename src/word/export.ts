// Word drafts out: a Markdown draft becomes a .docx with real Word structure — Heading 1–6 styles
// (so Word's navigation pane and contents work), Word numbering for ordered lists, bullets, tables
// with a header row, footnotes, bold/italic/links — and the front matter as the title block.
import { AlignmentType, Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { Content, List, ListItem, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Front matter fields shown in the title block, in this order, when present. */
const TITLE_BLOCK_FIELDS: [string, string][] = [
  ['partnership', 'Partnership'],
  ['author', 'Author'],
  ['reviewer', 'Independent reviewer'],
  ['status', 'Status'],
  ['date', 'Date'],
  ['version', 'Version'],
];

interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

export async function markdownToDocx(markdown: string): Promise<Uint8Array> {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root;
  const footnoteIds = new Map<string, number>();
  const definitions = new Map<string, Content[]>();
  for (const node of tree.children) if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node.children);

  // One numbering instance per ordered list, so each list restarts at 1 as it does in the draft.
  let orderedLists = 0;
  const children: (Paragraph | Table)[] = [];

  const runs = (nodes: PhrasingContent[], marks: Marks = {}): ParagraphChild[] =>
    nodes.flatMap((node): ParagraphChild[] => {
      switch (node.type) {
        case 'text':
          return [new TextRun({ text: node.value.replace(/\r?\n/g, ' '), ...marks })];
        case 'strong':
          return runs(node.children, { ...marks, bold: true });
        case 'emphasis':
          return runs(node.children, { ...marks, italics: true });
        case 'delete':
          return runs(node.children, { ...marks, strike: true });
        case 'inlineCode':
          return [new TextRun({ text: node.value, font: 'Consolas', ...marks })];
        case 'break':
          return [new TextRun({ text: '', break: 1 })];
        case 'link':
          return [new ExternalHyperlink({ link: node.url, children: runs(node.children, marks).filter((run): run is TextRun => run instanceof TextRun).map((run) => run) })];
        case 'footnoteReference': {
          let id = footnoteIds.get(node.identifier);
          if (id === undefined) {
            id = footnoteIds.size + 1;
            footnoteIds.set(node.identifier, id);
          }
          return [new FootnoteReferenceRun(id)];
        }
        case 'html':
          return [];
        default:
          return 'children' in node ? runs(node.children as PhrasingContent[], marks) : 'value' in node ? [new TextRun({ text: String(node.value), ...marks })] : [];
      }
    });

  const list = (node: List, level: number): void => {
    const reference = node.ordered ? `ordered-${orderedLists++}` : undefined;
    for (const item of node.children as ListItem[]) {
      let first = true;
      for (const child of item.children) {
        if (child.type === 'list') {
          list(child, level + 1);
          continue;
        }
        const content = child.type === 'paragraph' ? runs(child.children) : [new TextRun(plainText(child))];
        if (first) {
          children.push(new Paragraph({ children: content, ...(reference ? { numbering: { reference, level } } : { bullet: { level } }) }));
          first = false;
        } else {
          children.push(new Paragraph({ children: content, indent: { left: 720 * (level + 1) } }));
        }
      }
    }
  };

  const table = (node: MdTable): Table =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: node.children.map(
        (row, rowIndex) =>
          new TableRow({
            tableHeader: rowIndex === 0,
            children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children, rowIndex === 0 ? { bold: true } : {}) })] })),
          }),
      ),
    });

  const block = (node: RootContent): void => {
    switch (node.type) {
      case 'yaml':
        children.push(...titleBlock(node.value));
        return;
      case 'heading':
        children.push(new Paragraph({ heading: HEADINGS[node.depth - 1], children: runs(node.children) }));
        return;
      case 'paragraph':
        children.push(new Paragraph({ children: runs(node.children) }));
        return;
      case 'list':
        list(node, 0);
        return;
      case 'table':
        children.push(table(node));
        children.push(new Paragraph({ children: [] }));
        return;
      case 'blockquote':
        for (const child of node.children) {
          if (child.type === 'paragraph') children.push(new Paragraph({ style: 'Quote', children: runs(child.children, { italics: true }), indent: { left: 720 } }));
          else block(child);
        }
        return;
      case 'code':
        for (const line of node.value.split('\n')) children.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
        return;
      case 'thematicBreak':
        children.push(new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } } }));
        return;
      case 'footnoteDefinition':
      case 'definition':
      case 'html':
        // Footnotes go to Word's footnotes; link definitions are resolved; comments (control comments, prompts) are not for readers.
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) block(child);
    }
  };

  for (const node of tree.children) block(node);

  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const [identifier, id] of footnoteIds) {
    const content = definitions.get(identifier) ?? [];
    const paragraphs = content.filter((child) => child.type === 'paragraph').map((child) => new Paragraph({ children: runs(child.children) }));
    footnotes[id] = { children: paragraphs.length > 0 ? paragraphs : [new Paragraph(`[footnote ${identifier} has no text in the draft]`)] };
  }

  const document = new Document({
    creator: 'cspr-lint',
    description: 'Exported from a Markdown review draft by cspr-lint',
    features: { updateFields: false },
    footnotes,
    numbering: {
      config: Array.from({ length: orderedLists }, (_, index) => ({
        reference: `ordered-${index}`,
        levels: [0, 1, 2, 3, 4, 5].map((level) => ({
          level,
          format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
          text: `%${level + 1}.`,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function titleBlock(yaml: string): Paragraph[] {
  let fields: Record<string, unknown>;
  try {
    const parsed = parseYaml(yaml) as unknown;
    fields = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return [];
  }
  const paragraphs: Paragraph[] = [];
  if (typeof fields.title === 'string') paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(fields.title)] }));
  if (typeof fields.subtitle === 'string') paragraphs.push(new Paragraph({ children: [new TextRun({ text: fields.subtitle, italics: true })] }));
  for (const [key, label] of TITLE_BLOCK_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) {
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value instanceof Date ? value.toISOString().slice(0, 10) : String(value))] }));
    }
  }
  return paragraphs;
}

function plainText(node: Content): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Content[]).map(plainText).join('');
  return '';
}
