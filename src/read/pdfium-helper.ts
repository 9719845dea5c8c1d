/**
 * The helper thread of a long PDF read with PDFium (readPdfium, `threads`
 * above 1): it reads its half of the page range in its own PDFium and posts
 * the pages back, or the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UnrecError } from '../base/errors.js';
import { readPdfiumPages, type HelperReply } from './pdfium.js';

const { bytes, path, first, last } = workerData as { bytes: Uint8Array; path: string; first: number; last: number };
let reply: HelperReply;
try {
  reply = { pages: await readPdfiumPages(bytes, path, first, last) };
} catch (error) {
  reply = { error: { message: error instanceof Error ? error.message : String(error), ruleId: error instanceof UnrecError ? error.ruleId : null } };
}
parentPort!.postMessage(reply);
