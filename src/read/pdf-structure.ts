/**
 * Is a PDF's cross-reference intact? pdf.js rebuilds a broken one silently
 * (scanning the whole file for objects) and says so only on the console; this
 * check reads the same structure from the bytes, so the library never has to
 * listen to the console. Intact means: the last `startxref` points at a
 * cross-reference table ("xref") or stream ("n g obj"), every `/Prev` section
 * does too, each table is well formed up to its trailer, and the table
 * entry of the catalog (/Root) points at it. Like pdf.js, it does not check
 * where the other entries point: pdf.js reads a file whose entries are off
 * without rebuilding it. Pure; bytes only.
 */

/** How far from the end `startxref` may sit (the PDF spec puts it in the last lines; generators add junk). */
const TAIL_BYTES = 4096;
/** At most this many sections are followed through /Prev (incremental updates), against loops. */
const MAX_SECTIONS = 64;

const latin1 = new TextDecoder('latin1');

function text(bytes: Uint8Array, from: number, length: number): string {
  return latin1.decode(bytes.subarray(Math.max(0, from), Math.min(bytes.length, from + length)));
}

/** The offset after the last "startxref" near the end, or null. */
function startXref(bytes: Uint8Array): number | null {
  const tail = text(bytes, bytes.length - TAIL_BYTES, TAIL_BYTES);
  const at = tail.lastIndexOf('startxref');
  if (at < 0) return null;
  const m = /^startxref\s+(\d{1,12})/.exec(tail.slice(at));
  return m ? Number(m[1]) : null;
}

/** Does an object ("12 0 obj") start at `offset`? Whitespace before it is allowed. */
function objectAt(bytes: Uint8Array, offset: number): boolean {
  return /^\s*\d{1,10}\s+\d{1,5}\s+obj\b/.test(text(bytes, offset, 40));
}

/** Check one classic table at `offset`, noting its in-use entries (the newest section's win); returns the /Prev offset, undefined for none, or null when broken. */
function classicSection(bytes: Uint8Array, offset: number, entries: Map<number, number>, trailers: string[]): number | undefined | null {
  // Subsections "first count" then 20-byte entries "oooooooooo ggggg n\r\n"; the trailer follows.
  const head = text(bytes, offset, 64);
  if (!/^\s*xref\b/.test(head)) return null;
  let pos = offset + head.indexOf('xref') + 4;
  for (;;) {
    const sub = /^\s*(\d{1,10})\s+(\d{1,10})[ \t]*\r?\n?/.exec(text(bytes, pos, 40));
    if (!sub) break;
    pos += sub[0].length;
    const first = Number(sub[1]);
    const count = Number(sub[2]);
    for (let i = 0; i < count; i++) {
      const entry = /^\s*(\d{10}) (\d{5}) ([nf])/.exec(text(bytes, pos, 24));
      if (!entry) return null;
      pos += entry.index + entry[0].length;
      if (entry[3] === 'n' && !entries.has(first + i)) entries.set(first + i, Number(entry[1]));
    }
  }
  const trailer = text(bytes, pos, 4096);
  if (!/^\s*trailer\b/.test(trailer)) return null;
  const own = trailer.slice(0, trailer.indexOf('startxref') >= 0 ? trailer.indexOf('startxref') : undefined);
  trailers.push(own);
  const prev = /\/Prev\s+(\d{1,12})/.exec(own);
  return prev ? Number(prev[1]) : undefined;
}

/** Check a cross-reference stream object at `offset`; its entries are compressed and left to pdf.js. */
function streamSection(bytes: Uint8Array, offset: number, trailers: string[]): number | undefined | null {
  if (!objectAt(bytes, offset)) return null;
  const dict = text(bytes, offset, 2048);
  const end = dict.indexOf('stream');
  const head = end >= 0 ? dict.slice(0, end) : dict;
  if (!/\/Type\s*\/XRef\b/.test(head)) return null;
  trailers.push(head);
  const prev = /\/Prev\s+(\d{1,12})/.exec(head);
  return prev ? Number(prev[1]) : undefined;
}

/** True when the cross-reference of the PDF can be read as written (no rebuild needed). */
export function crossReferenceIntact(bytes: Uint8Array): boolean {
  const start = startXref(bytes);
  if (start === null) return false;
  let offset: number = start;
  const seen = new Set<number>();
  const entries = new Map<number, number>();
  const trailers: string[] = [];
  for (let n = 0; n < MAX_SECTIONS; n++) {
    if (offset >= bytes.length || seen.has(offset)) return false;
    seen.add(offset);
    const next: number | undefined | null = /^\s*xref\b/.test(text(bytes, offset, 16))
      ? classicSection(bytes, offset, entries, trailers)
      : streamSection(bytes, offset, trailers);
    if (next === null) return false;
    if (next === undefined) return rootFound(bytes, entries, trailers);
    offset = next;
  }
  return false;
}

/**
 * pdf.js opens a document at its catalog (the trailer's /Root): when a
 * table sends that object elsewhere, it rebuilds the whole cross-reference
 * (BROKEN_g0917123.pdf: entry 1 points at object 723). A root held in a
 * compressed stream is left to pdf.js.
 */
function rootFound(bytes: Uint8Array, entries: ReadonlyMap<number, number>, trailers: readonly string[]): boolean {
  const root = trailers.map((t) => /\/Root\s+(\d{1,10})\s+\d{1,5}\s+R/.exec(t)).find((m) => m !== null);
  if (!root) return false;
  const offset = entries.get(Number(root[1]));
  if (offset === undefined) return true;
  const m = /^\s*(\d{1,10})\s+\d{1,5}\s+obj\b/.exec(text(bytes, offset, 40));
  return m !== null && m[1] === root[1];
}
