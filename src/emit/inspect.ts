/**
 * The inspect view: every line with the zone it was given, to see why a
 * parse went wrong. Data only; the CLI colours and prints it.
 */
import { normalize } from '../normalize/index.js';
import { assignRoles } from '../classify/roles.js';
import { segment } from '../segment/index.js';

export interface InspectLine {
  /** Physical page (form feeds), 1-based. */
  sheet: number;
  /** Printed page label of the line's page. */
  label: string | null;
  zone: string;
  detail: string;
  text: string;
}

export function inspectText(text: string): InspectLine[] {
  const norm = normalize(text);
  const { lines, labels } = segment(norm.text);
  const roles = new Map(assignRoles(lines).map((r) => [r.line.index, r]));
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
      return { sheet: l.sheet + 1, label: labels[l.page] ?? null, zone, detail, text: l.text };
    });
}
