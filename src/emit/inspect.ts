/**
 * The inspect view: every line with the zone it was given, to see why a
 * parse went wrong. Data only; the CLI colours and prints it.
 */
import { assignRoles } from '../classify/roles.js';
import { normalize } from '../normalize/index.js';
import type { PdfLayout } from '../read/pdf-layout.js';
import { segment } from '../segment/index.js';

export interface InspectLine {
  /** Physical page (form feeds, or the PDF page), 1-based. */
  sheet: number;
  /** Printed page label of the line's page. */
  label: string | null;
  zone: string;
  detail: string;
  text: string;
  /** PDF only: font size and position (x from the left, y from the bottom, in points). */
  pdf?: { size: number; x: number; y: number };
}

/** Inspect text, or the text of a PDF's layout (then with font size and position per line). */
export function inspectText(text: string, layout?: PdfLayout, firstPage = 1): InspectLine[] {
  const norm = normalize(text);
  const footnoteStarts = new Set([...(layout?.footnoteStarts ?? [])].map((o) => norm.map.fromOriginal(o)));
  const furniture = new Map([...(layout?.furniture ?? [])].map(([o, w]) => [norm.map.fromOriginal(o), w] as const));
  const { lines, labels } = segment(norm.text, { footnoteStarts, furniture });
  const geometry = new Map<number, { size: number; x: number; y: number }>();
  if (layout) {
    let offset = 0;
    for (const [k, l] of layout.lines.entries()) {
      if (k > 0 && l.page !== layout.lines[k - 1]!.page) offset++; // the form feed
      geometry.set(norm.map.fromOriginal(offset), { size: Math.round(l.size * 10) / 10, x: Math.round(l.x), y: Math.round(l.y) });
      offset += l.text.length + 1;
    }
  }
  const roles = new Map(assignRoles(lines).map((r) => [r.line.index, r]));
  // Lines that carry the rest of a heading's text show as part of it.
  for (const r of [...roles.values()]) if (r.kind === 'heading') for (const more of r.more) roles.set(more.index, { ...r, line: more, more: [] });
  return lines
    .filter((l) => l.zone !== 'blank')
    .map((l) => {
      const role = roles.get(l.index);
      let zone: string = l.zone;
      let detail = l.furniture ?? '';
      if (role) {
        zone = role.kind === 'text' ? 'paragraph' : role.kind === 'toc' || role.kind === 'closing' ? 'noise' : role.kind;
        if (role.kind === 'paragraph') detail = role.number.label;
        if (role.kind === 'item') detail = role.marker;
        if (role.kind === 'heading') detail = `level ${role.heading.level}`;
      }
      const pdf = geometry.get(l.start - l.indent);
      return { sheet: l.sheet + firstPage, label: labels[l.page] ?? null, zone, detail, text: l.text, ...(pdf ? { pdf } : {}) };
    });
}
