/**
 * The helper thread of a long PDF read with PDFium (readPdfium, `threads`
 * above 1): it reads its part of the page range (worked out from the same
 * options) in its own PDFium and posts the pages back, or the error that
 * stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UnrecError } from '../base/errors.js';
import type { ReadPdfOptions } from './pdf-pages.js';
import { readHelperPart, type HelperReply } from './pdfium.js';

const { bytes, path, options } = workerData as { bytes: Uint8Array; path: string; options: ReadPdfOptions };
let reply: HelperReply;
try {
  reply = await readHelperPart(bytes, path, options);
} catch (error) {
  reply = { error: { message: error instanceof Error ? error.message : String(error), ruleId: error instanceof UnrecError ? error.ruleId : null } };
}
parentPort!.postMessage(reply);
