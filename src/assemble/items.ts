/** Reading a record's sub-items as one text, and gathering their footnote markers. */
import type { Item } from '../schema/document.js';

/** "(a) text (i) text (b) text": items and nested items with their literal markers. */
function itemsText(items: readonly Item[]): string {
  return items.map((i) => `${i.marker} ${i.text}${i.items.length ? ` ${itemsText(i.items)}` : ''}`).join(' ');
}

/** A paragraph's own text followed by its sub-items: what a reader sees, what record rules read. */
export function textWithItems(text: string, items: readonly Item[]): string {
  return items.length ? `${text} ${itemsText(items)}`.trim() : text;
}

/** Footnote markers of the items and nested items, in order. */
export function itemMarkers(items: readonly Item[]): string[] {
  return items.flatMap((i) => [...i.footnotes, ...itemMarkers(i.items)]);
}
