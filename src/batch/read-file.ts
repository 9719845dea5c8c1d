/**
 * Reading one input file, bounded: a FIFO would block forever and a device
 * never end, so only regular files are read, and one over the size limit is
 * refused before a byte is read. Every failure is an UnrecError naming the
 * input as shown. Used by `unrec parse` and by each batch task alike.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError, UnrecError, tooLarge, unreadable } from '../base/errors.js';

export function readInputFile(path: string, display: string, limit = Infinity): Buffer {
  try {
    const info = statSync(path);
    if (!info.isFile() && !info.isDirectory()) throw new InputError(`${display}: not a regular file (a FIFO, a socket or a device): unrec reads files`, 'input-unreadable');
    if (info.size > limit) throw tooLarge(display, limit, info.size);
    return readFileSync(path); // a folder fails here, as a folder
  } catch (error) {
    if (error instanceof UnrecError) throw error;
    throw unreadable(display, error);
  }
}
