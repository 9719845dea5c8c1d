/**
 * The zones the segment steps have decided so far. A step reads the zoning
 * it is given and returns its own marks; `segment` adds them to a new
 * zoning. No step rewrites a line: the lines with their final zones are
 * made once, at the end.
 */
import { changedLine, type Line, type Zone } from '../base/line.js';
import type { FurnitureKind } from '../schema/document.js';

export interface ZoneMark {
  zone: Zone;
  /** The furniture kind, for furniture and the footnote separator; none for footnote lines. */
  furniture?: FurnitureKind;
}

export type Marks = ReadonlyMap<number, ZoneMark>;

export class Zoning {
  private constructor(
    readonly lines: readonly Line[],
    private readonly marks: Marks,
  ) {}

  static of(lines: readonly Line[]): Zoning {
    return new Zoning(lines, new Map());
  }

  /** Zone of line `i`: the latest mark, else what splitting gave it (blank or body). */
  zone(i: number): Zone {
    return this.marks.get(i)?.zone ?? this.lines[i]!.zone;
  }

  /** This zoning with a step's marks on top. */
  with(marks: Marks): Zoning {
    return marks.size === 0 ? this : new Zoning(this.lines, new Map([...this.marks, ...marks]));
  }

  /** Line `i` with its zone and furniture kind. */
  line(i: number): Line {
    const line = this.lines[i]!;
    const mark = this.marks.get(i);
    return mark ? changedLine(line, mark) : line;
  }
}
