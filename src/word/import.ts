// Word drafts in: a .docx becomes Markdown the engine can lint (headings, lists, tables, footnotes,
// bold and italic; images dropped with a note). Files Word or LibreOffice would refuse, or that we
// must not open, are refused before mammoth reads them: not a zip (corrupt, or a legacy .doc),
// password-protected (an OLE container holding an EncryptedPackage), or carrying macros (.docm, a
// vbaProject part).
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { lastIndexAtOrBefore } from '../engine/text/search';
import { htmlToMarkdown, type MarkdownFromWord } from './html-to-markdown';

export class WordError extends Error {}

export interface ImportedWordDraft extends MarkdownFromWord {
  /** What the author should know about the conversion (dropped images, unknown styles). */
  notes: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Reads a Word document (.docx) into Markdown, or throws a WordError saying why not. */
export async function importWordDraft(bytes: Uint8Array, label: string): Promise<ImportedWordDraft> {
  if (startsWith(bytes, OLE_MAGIC)) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (text.includes('EncryptedPackage')) throw new WordError(`${label} is password-protected. Remove the password in Word (File › Info › Protect Document) and try again.`);
    throw new WordError(`${label} is an old Word 97–2003 document (.doc). Save it as .docx in Word or LibreOffice and try again.`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WordError(`${label} is not a Word document (.docx): it is not a zip package. It may be damaged, or another kind of file renamed.`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WordError(`${label} is damaged and cannot be read as a Word document (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parts = Object.keys(zip.files);
  if (parts.some((part) => /(^|\/)vbaProject\.bin$/i.test(part) || /(^|\/)vbaData\.xml$/i.test(part))) {
    throw new WordError(`${label} contains macros. cspr-lint does not open documents with macros: save a copy as "Word Document (*.docx)" without macros and try again.`);
  }
  if (!parts.includes('word/document.xml')) throw new WordError(`${label} has no Word document body (word/document.xml): it may be another Office format renamed to .docx.`);

  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"] },
    );
  } catch (error) {
    throw new WordError(`${label} could not be converted (${error instanceof Error ? error.message : String(error)}).`);
  }
  const markdown = htmlToMarkdown(converted.value);
  const notes: string[] = [];
  if (markdown.droppedImages > 0) notes.push(`${markdown.droppedImages} image${markdown.droppedImages === 1 ? ' was' : 's were'} dropped (Markdown drafts hold text only); an HTML comment marks where each was.`);
  const errors = converted.messages.filter((message) => message.type === 'error');
  for (const error of errors.slice(0, 5)) notes.push(`Word conversion: ${error.message}`);
  return { ...markdown, notes };
}

/** The Word paragraph (1-based) a Markdown line belongs to: the last paragraph starting at or before it. */
export function paragraphOfLine(paragraphLines: readonly number[], line: number): number {
  return Math.max(1, lastIndexAtOrBefore(paragraphLines, line) + 1);
}
