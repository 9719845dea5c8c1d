/**
 * Maps offsets in normalised text back to offsets in the decoded input.
 * Normalisation only makes local edits, so the map is a sorted list of
 * breakpoints where the shift between the two texts changes; memory grows
 * with the number of edits, not with the size of the text.
 */
import { lastAtOrBelow } from './sorted.js';

export class OffsetMap {
  /** normalised offsets where a new shift starts (ascending) */
  private readonly at: number[] = [0];
  /** original offset corresponding to `at[i]` */
  private readonly origin: number[] = [0];

  /** Record that normalised offset `normalized` corresponds to original offset `original`. */
  mark(normalized: number, original: number): void {
    const last = this.at.length - 1;
    if (this.at[last] === normalized) {
      this.origin[last] = original;
      return;
    }
    if (normalized - this.at[last]! === original - this.origin[last]!) return; // same shift
    this.at.push(normalized);
    this.origin.push(original);
  }

  /** Original offset of a normalised offset. */
  toOriginal(normalized: number): number {
    const i = lastAtOrBelow(this.at, normalized);
    return this.origin[i]! + (normalized - this.at[i]!);
  }

  /** Normalised offset of an original offset (the first one at or after it). */
  fromOriginal(original: number): number {
    const i = lastAtOrBelow(this.origin, original);
    return this.at[i]! + Math.max(0, original - this.origin[i]!);
  }

  /** Compose: `outer` maps C→B, `inner` maps B→A; returns C→A without materialising. */
  static compose(outer: OffsetMapLike, inner: OffsetMapLike): OffsetMapLike {
    return { toOriginal: (n: number) => inner.toOriginal(outer.toOriginal(n)) };
  }
}

/** Anything that maps a working offset to an input offset. */
export interface OffsetMapLike {
  toOriginal(offset: number): number;
}
