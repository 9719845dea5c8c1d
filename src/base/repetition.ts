/**
 * Running furniture by repetition: a line that recurs, digits aside, on
 * enough pages is a running header or footer even when no pattern knows it
 * ("Digitized by Dag Hammarskjöld Library" on scans, a resolution's running
 * title). One detector for the PDF layout (lines in the page margins) and the
 * text stages (lines at the top and foot of each page).
 */

/** Fewest pages a running line must recur on: two could be chance (a repeated heading). */
const MIN_REPEATED_PAGES = 3;
/** Share of the pages a running line must recur on in longer documents. */
const REPEATED_PAGE_SHARE = 0.4;

const DIGIT_RUNS = /\d+/g;
const BLANKS = /\s+/g;

/** Key for the repetition test: digits masked, spaces collapsed ("A/79/117 Page 3" ~ "A/79/117 Page 4"). */
export function repetitionKey(text: string): string {
  return text.replace(DIGIT_RUNS, '#').replace(BLANKS, ' ');
}

/** The items whose key recurs on enough of `pageCount` pages. */
export function repeatedOnPages<T>(candidates: Iterable<{ page: number; key: string; item: T }>, pageCount: number): Set<T> {
  const out = new Set<T>();
  if (pageCount < MIN_REPEATED_PAGES) return out;
  const byKey = new Map<string, { pages: Set<number>; items: T[] }>();
  for (const { page, key, item } of candidates) {
    const entry = byKey.get(key) ?? { pages: new Set<number>(), items: [] };
    entry.pages.add(page);
    entry.items.push(item);
    byKey.set(key, entry);
  }
  const needed = Math.max(MIN_REPEATED_PAGES, Math.ceil(pageCount * REPEATED_PAGE_SHARE));
  for (const { pages, items } of byKey.values()) if (pages.size >= needed) for (const item of items) out.add(item);
  return out;
}
