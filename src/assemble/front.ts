/**
 * The front matter of a document — the first page's body lines before its
 * first paragraph — with where the printed page puts a break: a blank line
 * in text; in a PDF, a vertical gap wider than a line's spacing or a change
 * of type size (the agenda item's title and the document's title are set
 * apart that way, and nothing else in the text tells them apart).
 */
import type { Line } from '../base/line.js';
import type { FrontLine } from '../classify/title.js';
import type { LayoutLine } from '../read/pdf-layout.js';

/** A gap this many times the type size is more than line spacing (body text runs at about 1.2). */
const BREAK_GAP_EM = 1.6;
/** Sizes within 5% are the same type. */
const SAME_SIZE = 0.95;

export function frontMatter(lines: readonly Line[], firstUnit: number, layout: readonly LayoutLine[] | null): FrontLine[] {
  const out: FrontLine[] = [];
  let blank = false;
  const pdfLines = (layout ?? []).filter((l) => l.page <= 1);
  let cursor = 0;
  let previous: LayoutLine | null = null;
  for (const l of lines) {
    if (l.index >= firstUnit || l.page > 1) break;
    if (l.zone === 'blank') {
      blank = true;
      continue;
    }
    if (l.zone !== 'body') continue;
    let breakBefore = blank;
    if (layout) {
      let k = cursor;
      while (k < pdfLines.length && pdfLines[k]!.text.trim() !== l.text) k++;
      if (k < pdfLines.length) {
        const here = pdfLines[k]!;
        if (previous && previous.page === here.page) {
          const gap = previous.y - here.y;
          const size = Math.max(previous.size, here.size);
          breakBefore ||= gap > size * BREAK_GAP_EM || Math.min(previous.size, here.size) < size * SAME_SIZE;
        }
        previous = here;
        cursor = k + 1;
      }
    }
    out.push({ text: l.text, breakBefore, page: l.page });
    blank = false;
  }
  return out;
}
