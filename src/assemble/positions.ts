/**
 * Positions in the decoded input: offsets come back through the
 * normalisation map; lines are counted in the input as it was (LF, CRLF
 * and lone CR all end a line).
 */
import type { OffsetMapLike } from '../base/offset-map.js';
import { lastAtOrBelow } from '../base/sorted.js';
import type { Position } from '../schema/document.js';

export class InputPositions {
  private readonly lineStarts: number[] = [0];

  constructor(
    input: string,
    private readonly map: OffsetMapLike,
  ) {
    // indexOf finds the breaks faster than a look at every unit; a text without CR (most) needs one search.
    if (!input.includes('\r')) {
      for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && input.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line of an input offset. */
  lineOf(offset: number): number {
    return lastAtOrBelow(this.lineStarts, offset) + 1;
  }

  /** Span of normalised offsets [start, end) as a position in the input. */
  span(start: number, end: number): Position {
    const s = this.map.toOriginal(start);
    const e = Math.max(s, this.map.toOriginal(end));
    return { start: s, end: e, line: this.lineOf(s) };
  }
}
