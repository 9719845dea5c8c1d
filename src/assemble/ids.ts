/**
 * Stable, readable ids: "E/CN.4/2000/82#para_91", "A/HRC/43/15#para_121.1".
 * Without a symbol the prefix is "sha256:" and the first 12 hex digits of the
 * input's hash, so the same bytes always give the same ids. A label seen
 * again (numbering restarted in an annex) gets "~2", "~3"… in order.
 */
export class IdMaker {
  private readonly seen = new Map<string, number>();
  private readonly prefix: string;

  constructor(symbol: string | null, sha256: string) {
    this.prefix = symbol ?? `sha256:${sha256.slice(0, 12)}`;
  }

  next(label: string): string {
    const base = `${this.prefix}#${label === '' ? 'fragment' : `para_${label}`}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  }
}

const LABEL_NUMBERS = /^(\d+)(?:\.(\d+))?/;

/** "121.10" → 121 and 10, "91" → 91 and null: integers to sort and group by, where the label string would read as 121.1. */
export function labelNumbers(label: string): { paragraph: number | null; subparagraph: number | null } {
  const m = LABEL_NUMBERS.exec(label);
  return { paragraph: m ? Number(m[1]) : null, subparagraph: m?.[2] !== undefined ? Number(m[2]) : null };
}
