/**
 * Sub-item lists: (a), (b)… with nested (i), (ii)…, and the "a)" style of
 * French, Spanish and Russian documents. The ambiguity of "(i)", "(v)" and
 * "(x)" is settled as slaw does: "(i)" right after "(h)" is the next letter
 * unless "(ii)" follows; otherwise a roman numeral after a letter opens a
 * nested list.
 */

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

function nextLetter(label: string): string {
  if (label === 'z') return 'aa';
  if (label.length === 2 && label[0] === label[1]) return String.fromCharCode(label.charCodeAt(0) + 1).repeat(2);
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

const ONE_LETTER = /^[a-z]$/;
/** "aa", "bb": the labels after "z". */
const DOUBLED_LETTER = /^([a-z])\1$/;

function letterIndex(label: string): number {
  if (ONE_LETTER.test(label)) return label.charCodeAt(0) - 96;
  if (DOUBLED_LETTER.test(label)) return 26 + label.charCodeAt(0) - 96;
  return -1;
}

function isRoman(label: string): boolean {
  return ROMANS.includes(label);
}

type Style = 'letter' | 'roman';

interface Level {
  style: Style;
  last: string;
}

export interface ItemPlacement {
  /** 0 for a top-level item, 1 for a nested one. */
  depth: number;
  label: string;
  /** Letters skipped, for a gap warning ("(c)" then "(e)"). */
  gap: number;
}

/** Largest letter jump still read as the next item. */
const MAX_ITEM_GAP = 2;

export class ItemSequence {
  private stack: Level[] = [];

  reset(): void {
    this.stack = [];
  }

  get open(): boolean {
    return this.stack.length > 0;
  }

  /** Would `label` be accepted as the next item? `following` is the next item label seen, if any. */
  peek(label: string, following: string | null): ItemPlacement | null {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      if (label === 'i' && following === 'ii') return { depth: 0, label, gap: 0 };
      const idx = letterIndex(label);
      return idx >= 1 ? { depth: 0, label, gap: idx - 1 } : isRoman(label) ? { depth: 0, label, gap: 0 } : null;
    }
    if (top.style === 'roman') {
      const expected = ROMANS[ROMANS.indexOf(top.last) + 1];
      if (label === expected) return { depth: this.stack.length - 1, label, gap: 0 };
      const parent = this.stack[this.stack.length - 2];
      if (parent) {
        const gap = letterIndex(label) - letterIndex(parent.last) - 1;
        if (gap >= 0 && gap <= MAX_ITEM_GAP) return { depth: this.stack.length - 2, label, gap };
      }
      return null;
    }
    // Letter list.
    const next = nextLetter(top.last);
    if (label === 'i' && next === 'i') {
      return following === 'ii' ? { depth: this.stack.length, label, gap: 0 } : { depth: this.stack.length - 1, label, gap: 0 };
    }
    if (label === next) return { depth: this.stack.length - 1, label, gap: 0 };
    if (label === 'i') return { depth: this.stack.length, label, gap: 0 };
    const gap = letterIndex(label) - letterIndex(top.last) - 1;
    if (gap > 0 && gap <= MAX_ITEM_GAP) return { depth: this.stack.length - 1, label, gap };
    return null;
  }

  accept(label: string, following: string | null): ItemPlacement | null {
    const p = this.peek(label, following);
    if (!p) return null;
    this.stack.length = Math.min(this.stack.length, p.depth + 1);
    if (this.stack.length === p.depth) {
      const romanStart = p.depth > 0 || (label === 'i' && following === 'ii') || (isRoman(label) && letterIndex(label) < 0);
      this.stack.push({ style: romanStart ? 'roman' : 'letter', last: label });
    }
    this.stack[p.depth]!.last = label;
    return p;
  }
}
