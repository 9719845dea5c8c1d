/**
 * Paragraph numbering. A number at the start of a line is a paragraph only
 * when it fits the sequence: UN paragraphs run 1, 2, 3… through a document,
 * so "15. The" in the middle of a wrapped sentence, or a table cell, is not
 * one. Three shapes of sub-numbering exist:
 * - dotted UPR recommendations "121.1" under chapeau paragraph 121;
 * - 2008–2010 UPR lists "1." … "33." printed inside paragraph 60, labelled
 *   "60.1" … "60.33" (ANNOTATION.md rule 2); any list that restarts at 1
 *   inside a paragraph is read the same way;
 * - a restart at 1 after a chapter heading or annex (voluntary commitments,
 *   annexed texts) starts the main sequence again.
 */

export interface ParagraphNumber {
  label: string;
  kind: 'main' | 'sub' | 'nested';
  /** The main paragraph number this one belongs to. */
  main: number;
  /** Numbers skipped to get here (for a gap warning). */
  gap: number;
  /** A sub-number whose paragraph part disagrees with the sequence ("136.69" between 138.68 and 138.70). */
  misprint?: boolean;
}

/** Largest forward jump still read as the next paragraph (paragraphs lost in extraction). */
const MAX_GAP = 5;

export class ParagraphSequence {
  private main: number | null = null;
  private sub: number | null = null;
  private nested: number | null = null;
  private restartAllowed = false;

  /** A chapter heading or annex lets the numbering start again at 1. */
  majorHeading(): void {
    this.restartAllowed = true;
    this.nested = null;
  }

  /** Any heading ends a nested list. */
  heading(): void {
    this.nested = null;
  }

  /** Would `n` (and dotted `m`) be accepted? Does not change state. */
  peek(n: number, m: number | null): ParagraphNumber | null {
    const main = this.main;
    if (m !== null) {
      if (main === null || n === main) {
        const gap = this.sub === null || main === null || n !== main ? 0 : m - this.sub - 1;
        if (gap < 0 || gap > MAX_GAP) return null;
        return { label: `${n}.${m}`, kind: 'sub', main: n, gap };
      }
      if (n > main && n - main <= MAX_GAP && m <= 1 + MAX_GAP) return { label: `${n}.${m}`, kind: 'sub', main: n, gap: n - main - 1 };
      // A misprinted paragraph part: the sub-number itself continues the list.
      if (this.sub !== null && m === this.sub + 1) return { label: `${n}.${m}`, kind: 'sub', main, gap: 0, misprint: true };
      return null;
    }
    if (main === null) return { label: String(n), kind: 'main', main: n, gap: 0 };
    if (n === 1 && this.restartAllowed) return { label: '1', kind: 'main', main: 1, gap: 0 };
    if (this.nested !== null && n === this.nested + 1) return { label: `${main}.${n}`, kind: 'nested', main, gap: 0 };
    if (n > main && n - main <= MAX_GAP + 1) return { label: String(n), kind: 'main', main: n, gap: n - main - 1 };
    if (n === 1 && this.nested === null) return { label: `${main}.1`, kind: 'nested', main, gap: 0 };
    return null;
  }

  /** Accept `n` / `m` if it fits; returns what it is, or null. */
  accept(n: number, m: number | null): ParagraphNumber | null {
    const p = this.peek(n, m);
    if (!p) return null;
    this.restartAllowed = false;
    if (p.kind === 'main') {
      this.main = p.main;
      this.sub = null;
      this.nested = null;
    } else if (p.kind === 'sub') {
      if (p.main !== this.main) this.main = p.main;
      this.sub = m;
    } else {
      this.nested = n;
    }
    return p;
  }
}
