/**
 * Word documents: a .docx is made HTML by mammoth (headings from Word's
 * heading styles, lists, tables, footnotes and endnotes) and read as HTML
 * (html.ts). mammoth is loaded only for Word input. A legacy binary .doc is
 * refused with what to do instead.
 */
import { InputError } from '../base/errors.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
/** OLE2 compound file: Word 97–2003 .doc (and .xls, .ppt, .msg). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** A zip whose entries include the main part of a Word document. */
export function isDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** A legacy Office file: refused with a way forward rather than read as binary noise. */
export function refuseLegacyOffice(bytes: Uint8Array, path: string): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError(`${path}: a legacy Word (.doc) or other Office 97–2003 file, which unrec does not read: save it as .docx or PDF`, 'doc-legacy');
  }
}

/** The HTML of a .docx. A damaged one is an input error, not a bug. */
export async function docxToHtml(bytes: Uint8Array, path: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch (error) {
    throw new InputError(`${path}: not a readable Word document (${(error as Error).message})`, 'docx-corrupt');
  }
}
