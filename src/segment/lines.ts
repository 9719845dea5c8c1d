/**
 * Normalised text → physical pages → lines, each with offsets. Long
 * flattened lines (a whole page or document on one line, as in the seed
 * A_58_275_page23.txt and the `__thirdparty_flat` files) are cut into
 * pseudo-lines before every place where a paragraph, sub-item or heading
 * could start; whether one really starts there is decided later, and a cut
 * that was wrong costs nothing because wrapped lines are joined with one space.
 */
import { allMatches } from '../base/matches.js';
import type { Line } from '../base/line.js';
import { FLAT_CUT } from '../vocabulary/patterns.js';

/** Lines longer than this are searched for inline paragraph starts. */
const FLAT_LINE_MIN = 160;

/** Split normalised text into lines; `\f` starts a new page. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let page = 0;
  let pos = 0;
  const push = (start: number, end: number, cut: boolean) => {
    const raw = text.slice(start, end);
    const indent = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({
      index: lines.length,
      page,
      sheet: page,
      start: start + indent,
      end: start + indent + trimmed.length,
      text: trimmed,
      indent,
      cut,
      zone: trimmed ? 'body' : 'blank',
    });
  };
  // The next form feed, searched for again only once passed: searching from
  // every line to the end of a text without form feeds would be quadratic.
  let nextFf = text.indexOf('\f');
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let lineStart = pos;
    // Form feeds may sit anywhere in a line; each one starts a page.
    while (nextFf >= 0 && nextFf < nl) {
      if (nextFf >= lineStart) {
        if (nextFf > lineStart) pushPhysical(lineStart, nextFf);
        page++;
        lineStart = nextFf + 1;
      }
      nextFf = text.indexOf('\f', nextFf + 1);
    }
    if (nl > lineStart || nl === lineStart) pushPhysical(lineStart, nl);
    pos = nl + 1;
  }
  return lines;

  function pushPhysical(start: number, end: number) {
    if (end - start < FLAT_LINE_MIN) {
      push(start, end, false);
      return;
    }
    let from = start;
    const slice = text.slice(start, end);
    for (const m of allMatches(FLAT_CUT, slice)) {
      const at = start + m.index! + m[0].length; // the cut point: after the blank
      if (at - from < 2) continue;
      push(from, at, true);
      from = at;
    }
    push(from, end, from !== start);
  }
}
