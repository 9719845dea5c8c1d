/**
 * Footnote markers by evidence: the superscripts the PDF layout saw, moved
 * from offsets in the layout text to the lines of the normalised text, so that
 * the join stage takes exactly those and inspect can show them.
 */
import type { Line } from '../base/line.js';
import type { OffsetMap } from '../base/offset-map.js';
import { lastAtOrBelow } from '../base/sorted.js';

/** Line index → [offset in the line's text, length] of each superscript, in order. */
export type EvidenceMarkers = ReadonlyMap<number, readonly (readonly [number, number])[]>;

/** The PDF layout's superscripts (offset in the layout text → length), by line. */
export function markersByLine(markers: ReadonlyMap<number, number>, map: OffsetMap, lines: readonly Line[]): EvidenceMarkers {
  const out = new Map<number, [number, number][]>();
  const starts = lines.map((l) => l.start);
  for (const [offset, length] of markers) {
    const at = map.fromOriginal(offset);
    const k = lastAtOrBelow(starts, at);
    const line = lines[k];
    if (!line || at + length > line.end) continue;
    const spans = out.get(line.index) ?? [];
    spans.push([at - line.start, length]);
    out.set(line.index, spans);
  }
  for (const spans of out.values()) spans.sort((a, b) => a[0] - b[0]);
  return out;
}

