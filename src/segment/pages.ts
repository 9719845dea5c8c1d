/**
 * Pages. Form feeds give physical pages; text pasted without them (the
 * treaty-body extractions in the corpus) still shows where pages break: the
 * running header, a line that is only the document symbol, repeats at the
 * top of every page. Such a line starts a new page wherever it stands.
 */
import { wholeSymbol } from '../vocabulary/symbol.js';
import type { Line } from '../base/line.js';

/** The page of every line (splitting at repeated symbol headers), and each page's lines. */
export function paginate(lines: readonly Line[]): { pageOf: number[]; pages: number[][] } {
  const pageOf: number[] = [];
  // Only text without form feeds needs this: with them, headers already sit at page tops
  // (and the masthead repeats the symbol on page 1).
  const hasFormFeeds = lines.some((l) => l.sheet > 0);
  const headers = hasFormFeeds ? new Set<string>() : symbolHeaders(lines);
  const pages: number[][] = [];
  let page = -1;
  let sheet = -1;
  let seenText = false;
  for (const line of lines) {
    if (line.sheet !== sheet) {
      sheet = line.sheet;
      page++;
      pages.push([]);
      seenText = false;
    } else if (seenText && headers.size > 0 && headers.has(line.text)) {
      page++;
      pages.push([]);
      seenText = false;
    }
    // No Set look-up where there are no headers (text with form feeds): it hashes every line's text.
    if (line.text && (headers.size === 0 || !headers.has(line.text))) seenText = true;
    pageOf.push(page);
    pages[page]!.push(line.index);
  }
  return { pageOf, pages };
}

/** Lines that are only a symbol and occur at least twice: the running headers of text without form feeds. */
function symbolHeaders(lines: readonly Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length > 60 || !line.text.includes('/')) continue;
    const known = counts.get(line.text);
    if (known !== undefined) counts.set(line.text, known + 1);
    else if (wholeSymbol(line.text)) counts.set(line.text, 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([t]) => t));
}
