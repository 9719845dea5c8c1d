/**
 * The inspect view: every line of a pipeline run with the zone and role the
 * parse gave it, to see why a parse went wrong. It renders the layers of the
 * same run that made the document, so it cannot disagree with `parse`.
 * Data only; the CLI colours and prints it.
 */
import type { Line } from '../base/line.js';
import type { ClassifiedLayers } from '../assemble/document.js';
import type { Role } from '../classify/roles.js';
import { markersIn } from '../vocabulary/markers.js';

export interface InspectLine {
  /** Physical page (form feeds, or the PDF page), 1-based. */
  sheet: number;
  /** Printed label of the line's page. */
  label: string | null;
  zone: string;
  detail: string;
  text: string;
  /** PDF only: font size and position (x from the left, y from the bottom, in points). */
  pdf?: { size: number; x: number; y: number };
  /** What the parse takes out of this line's text, with why: "marker 15" (a superscript), "page label 23" (a number glued to the page's last line). */
  removed?: string[];
}

/** The layers of a pipeline run that inspect shows. */
export type InspectLayers = Pick<ClassifiedLayers, 'read' | 'normalized' | 'segmented' | 'roles' | 'evidenceMarkers'>;

/** Every non-blank line with its zone, role and (for a PDF) font size and position. */
export function inspectLines(run: InspectLayers): InspectLine[] {
  const { lines, labels } = run.segmented;
  const geometry = pdfGeometry(run);
  const roles = new Map(run.roles.map((r) => [r.line.index, r]));
  // Lines that carry the rest of a heading's text show as part of it.
  for (const r of run.roles) if (r.kind === 'heading') for (const more of r.more) roles.set(more.index, { ...r, line: more, more: [] });
  const firstSheet = run.read.pdf?.firstPage ?? 1;
  return lines
    .filter((l) => l.zone !== 'blank')
    .map((l) => {
      const role = roles.get(l.index);
      const { zone, detail } = role ? roleView(role) : { zone: l.zone as string, detail: l.furniture ?? '' };
      const pdf = geometry.get(l.start - l.indent);
      const removed = l.zone === 'body' ? removedFrom(run, l) : [];
      return { sheet: l.sheet + firstSheet, label: labels[l.page] ?? null, zone, detail, text: l.text, ...(pdf ? { pdf } : {}), ...(removed.length ? { removed } : {}) };
    });
}

/** The spans of a body line that the output leaves out, and why. */
function removedFrom(run: InspectLayers, line: Line): string[] {
  const out: string[] = [];
  if (run.evidenceMarkers) {
    for (const [at, length] of run.evidenceMarkers.get(line.index) ?? []) out.push(`marker ${line.text.slice(at, at + length)}`);
  } else {
    for (const hit of markersIn(line.text)) out.push(`marker ${hit.marker}`);
  }
  const label = run.segmented.gluedLabels.get(line.index);
  if (label) out.push(`page label ${label}`);
  return out;
}

function roleView(role: Role): { zone: string; detail: string } {
  switch (role.kind) {
    case 'paragraph': return { zone: 'paragraph', detail: role.number.label };
    case 'item': return { zone: 'item', detail: role.marker };
    case 'heading': return { zone: 'heading', detail: `level ${role.heading.level}` };
    case 'text': return { zone: 'paragraph', detail: '' };
    case 'toc': case 'closing': return { zone: 'noise', detail: '' };
  }
}

/** Font size and position of each PDF layout line, keyed by its offset in the normalised text. */
function pdfGeometry(run: InspectLayers): Map<number, { size: number; x: number; y: number }> {
  const geometry = new Map<number, { size: number; x: number; y: number }>();
  const layout = run.read.pdf?.layout;
  if (!layout) return geometry;
  let offset = 0;
  for (const [k, l] of layout.lines.entries()) {
    if (k > 0 && l.page !== layout.lines[k - 1]!.page) offset++; // the form feed
    geometry.set(run.normalized.map.fromOriginal(offset), { size: Math.round(l.size * 10) / 10, x: Math.round(l.x), y: Math.round(l.y) });
    offset += l.text.length + 1;
  }
  return geometry;
}
