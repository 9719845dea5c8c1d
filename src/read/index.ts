/**
 * Bytes → text the pipeline can parse. The format is sniffed from the
 * content (a PDF named .txt is still a PDF); only Markdown, which looks like
 * text, is told by its extension.
 */
import { InputError } from '../base/errors.js';
import { decodeText } from './decode.js';

export type InputFormat = 'text' | 'markdown';

export interface ReadResult {
  text: string;
  format: InputFormat;
  encoding: string | null;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    if (PDF_MAGIC.every((b, k) => head[i + k] === b)) return true;
  }
  return false;
}

/** Share of control bytes (other than whitespace) that marks a file as binary. */
const BINARY_SHARE = 0.1;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) control++;
  }
  return control / sample.length > BINARY_SHARE;
}

/** Read text input (plain or Markdown). PDF bytes do not belong here: callers send them to the PDF reader (pdf.ts). */
export function readText(bytes: Uint8Array, path: string): ReadResult {
  if (isPdf(bytes)) throw new InputError(`${path}: a PDF, to be read with the PDF reader, not as text`, 'pdf-as-text');
  if (bytes.length === 0) throw new InputError(`${path}: empty file, nothing to parse`, 'empty-input');
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new InputError(`${path}: only blank text, nothing to parse`, 'empty-input');
  if (looksBinary(text)) throw new InputError(`${path}: binary data, not text`, 'binary-input');
  const format: InputFormat = /\.(?:md|markdown)$/i.test(path) ? 'markdown' : 'text';
  return { text, format, encoding };
}
