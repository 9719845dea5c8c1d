/**
 * The words of a document, counted case-blind, for the hyphen decisions of
 * the join stage (join.ts). One pass over code units with two running
 * hashes: a word is sliced and stored once, the first time it is seen, and
 * each further occurrence is known by its hashes and length, so a body of
 * five megabytes makes no string per word (counting into a Map of sliced,
 * lower-cased words was 88 ms of the text route on 5 MB, issue 15). Pure.
 */

/** Is this UTF-16 code unit a letter? ASCII by range, the rest asked of \p{L} once each and remembered; surrogate halves count as letters. */
const letterCache = new Int8Array(0x10000).fill(-1);
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let known = letterCache[c]!;
  if (known === -1) letterCache[c] = known = (c >= 0xd800 && c <= 0xdfff) || /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0;
  return known === 1;
}

/** A code unit lower-cased (its lower case when that is one unit, else itself), remembered per unit. */
const foldCache = new Int32Array(0x10000).fill(-1);
function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let folded = foldCache[c]!;
  if (folded === -1) {
    const lower = String.fromCharCode(c).toLowerCase();
    foldCache[c] = folded = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return folded;
}

/** A word lower-cased unit by unit, as the counts store it. */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(foldUnit(word.charCodeAt(i)));
  return out;
}

const HYPHEN = 45;

/** A letter's lower-cased unit, or -1 for a unit that is no letter; ASCII inline (most of every text). */
function letterFold(c: number): number {
  if (c < 128) {
    const lower = c | 32;
    return lower >= 97 && lower <= 122 ? lower : -1;
  }
  return isLetterUnit(c) ? foldUnit(c) : -1;
}
/** Hashes stay small integers (V8's Smis): no allocation per word. */
const HASH_MASK = 0x3fffffff;

function step(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) & HASH_MASK;
}

/** A second, independent hash: a word is known by both (and its length), so no occurrence is compared unit by unit. */
function check(hash: number, unit: number): number {
  return (Math.imul(hash ^ unit, 0x01000193) + 0x9e37) & HASH_MASK;
}

function hashOf(folded: string): number {
  let h = 0;
  for (let i = 0; i < folded.length; i++) h = step(h, folded.charCodeAt(i));
  return h;
}

interface Entry {
  word: string;
  count: number;
  /** The second hash: two words of one length with both hashes equal are one word (the chance of two differing is 2⁻⁶⁰). */
  check: number;
  next: Entry | null;
}

/** Is this code unit a letter, as words are cut here (surrogate halves count as letters)? */
export function isWordUnit(c: number): boolean {
  return letterFold(c) >= 0;
}

/** The first letter at or after i (the text's length when there is none). */
function nextLetter(text: string, i: number): number {
  while (i < text.length && letterFold(text.charCodeAt(i)) < 0) i++;
  return i;
}

/** Does `w` equal the text's units from `start` to `end`, lower-cased? */
function sameWord(w: string, text: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false;
  for (let j = 0; j < w.length; j++) if (w.charCodeAt(j) !== foldUnit(text.charCodeAt(start + j))) return false;
  return true;
}

/**
 * Counts of every word of a text: runs of letters, with hyphens between
 * letters ("inter-agency"), two letters or more, case-blind.
 */
export class WordCounts {
  private readonly buckets = new Map<number, Entry>();
  /** Every distinct word with a hyphen, lower-cased. */
  readonly hyphenated: string[] = [];

  constructor(text: string) {
    const n = text.length;
    let i = 0;
    while ((i = nextLetter(text, i)) < n) {
      const start = i;
      let hash = 0;
      let second = 0;
      let hyphen = false;
      for (; i < n; i++) {
        let f = letterFold(text.charCodeAt(i));
        if (f < 0) {
          if (text.charCodeAt(i) !== HYPHEN || i === start || i + 1 >= n || letterFold(text.charCodeAt(i + 1)) < 0) break;
          f = HYPHEN;
          hyphen = true;
        }
        hash = step(hash, f);
        second = check(second, f);
      }
      if (i - start >= 2) this.add(text, start, i, hash, second, hyphen);
    }
  }

  private add(text: string, start: number, end: number, hash: number, second: number, hyphen: boolean): void {
    const first = this.buckets.get(hash);
    for (let e: Entry | null | undefined = first; e; e = e.next) {
      if (e.check === second && e.word.length === end - start) {
        e.count++;
        return;
      }
    }
    const word = foldWord(text.slice(start, end));
    this.buckets.set(hash, { word, count: 1, check: second, next: first ?? null });
    if (hyphen) this.hyphenated.push(word);
  }

  /** How often the text has this word, case-blind. */
  count(word: string): number {
    const folded = foldWord(word);
    for (let e: Entry | null | undefined = this.buckets.get(hashOf(folded)); e; e = e.next) if (e.word === folded) return e.count;
    return 0;
  }

  /** Every distinct word, lower-cased. */
  *words(): IterableIterator<string> {
    for (const first of this.buckets.values()) for (let e: Entry | null = first; e; e = e.next) yield e.word;
  }
}

/** 64 KB: a set of a few hundred words fills under 1% of it. */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * A set of words, case-blind, found in a text by the same pass over code
 * units: `replaceIn` calls `replace` for each run of letters (no hyphens)
 * that is one of them, where a pattern alternating them all scanned every
 * paragraph (116 ms of the text route on 5 MB, issue 15).
 */
export class WordSet {
  private readonly byHash = new Map<number, string[]>();
  /** The words' hashes, cut to FILTER_BITS: most runs are no word of the set, and one array read tells so before a Map look-up. */
  private readonly filter = new Uint8Array(1 << FILTER_BITS);
  private readonly minLength: number;
  private readonly maxLength: number;

  constructor(words: readonly string[]) {
    let min = Infinity;
    let max = 0;
    for (const w of words) {
      const folded = foldWord(w);
      const h = hashOf(folded);
      this.byHash.set(h, [...(this.byHash.get(h) ?? []), folded]);
      this.filter[h & FILTER_MASK] = 1;
      min = Math.min(min, folded.length);
      max = Math.max(max, folded.length);
    }
    this.minLength = min;
    this.maxLength = max;
  }

  /** Is the text's run from start to end, hashed to `hash`, one of the words? */
  private holds(hash: number, text: string, start: number, end: number): boolean {
    if (this.filter[hash & FILTER_MASK] === 0) return false;
    const candidates = this.byHash.get(hash);
    if (candidates === undefined) return false;
    for (const w of candidates) if (sameWord(w, text, start, end)) return true;
    return false;
  }

  /** The text with each whole letter run that is one of the words replaced by `replace(run)`. */
  replaceIn(text: string, replace: (word: string) => string): string {
    let out = '';
    let copied = 0;
    const n = text.length;
    let i = 0;
    while ((i = nextLetter(text, i)) < n) {
      const start = i;
      let hash = 0;
      for (; i < n; i++) {
        const f = letterFold(text.charCodeAt(i));
        if (f < 0) break;
        hash = step(hash, f);
      }
      const length = i - start;
      if (length < this.minLength || length > this.maxLength) continue;
      // A plain loop, not candidates.some(w => …): a closure over `start` and `i` put them in a heap context, one per word (40 MB on 5 MB of text, issue 15).
      if (!this.holds(hash, text, start, i)) continue;
      out += text.slice(copied, start) + replace(text.slice(start, i));
      copied = i;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }
}

/** Is the unit at i a hyphen between two letters, one that WordCounts keeps inside a word? */
function joiningHyphen(text: string, i: number): boolean {
  return text.charCodeAt(i) === HYPHEN && i > 0 && i + 1 < text.length && letterFold(text.charCodeAt(i - 1)) >= 0 && letterFold(text.charCodeAt(i + 1)) >= 0;
}

/**
 * The words with a hyphen that WordCounts would list in `hyphenated` (each
 * once, lower-cased, in order of first sight), found from the text's hyphens
 * by indexOf instead of a walk over every unit: a word is a maximal run of
 * letters and hyphens between letters: from its first hyphen (the texts'
 * hyphens are met in order) it reaches back over letters and on over
 * letters and hyphens between them.
 */
export function hyphenatedWords(text: string): string[] {
  const seen = new Set<string>();
  let i = text.indexOf('-');
  while (i !== -1) {
    if (!joiningHyphen(text, i)) {
      i = text.indexOf('-', i + 1);
      continue;
    }
    let start = i;
    while (start > 0 && letterFold(text.charCodeAt(start - 1)) >= 0) start--;
    let end = i + 1;
    while (end < text.length && (letterFold(text.charCodeAt(end)) >= 0 || joiningHyphen(text, end))) end++;
    seen.add(foldWord(text.slice(start, end)));
    i = text.indexOf('-', end);
  }
  return [...seen];
}

interface Tally {
  word: string;
  count: number;
  /** Where each occurrence starts in the text, for a word asked to be located; else null. */
  starts: number[] | null;
}

/**
 * Counts of some words only, case-blind, each counted as WordCounts counts
 * it (a whole run of letters and hyphens between letters). The hyphen
 * decisions ask about a few hundred words of a document: counting those
 * alone makes no Map look-up for most runs of the text (one array read of
 * a hash filter tells they are none of them), which was most of counting
 * every word (issue 15).
 */
export class GivenWordCounts {
  private readonly byHash = new Map<number, Tally[]>();
  private readonly filter = new Uint8Array(1 << FILTER_BITS);
  private readonly minLength: number;
  private readonly maxLength: number;
  private readonly locating: boolean;

  /**
   * @param located words (among `words`) whose occurrences are also located:
   *   startsOf gives where each starts.
   */
  constructor(text: string, words: Iterable<string>, located: Iterable<string> = []) {
    let min = Infinity;
    let max = 0;
    const locate = new Set([...located].map(foldWord));
    this.locating = locate.size > 0;
    for (const w of words) {
      const folded = foldWord(w);
      const h = hashOf(folded);
      const same = this.byHash.get(h) ?? [];
      if (same.some((t) => t.word === folded)) continue;
      this.byHash.set(h, [...same, { word: folded, count: 0, starts: locate.has(folded) ? [] : null }]);
      this.filter[h & FILTER_MASK] = 1;
      min = Math.min(min, folded.length);
      max = Math.max(max, folded.length);
    }
    this.minLength = Math.max(min, 2);
    this.maxLength = max;
    if (max > 0) this.tally(text);
  }

  private tally(text: string): void {
    const n = text.length;
    let i = 0;
    while ((i = nextLetter(text, i)) < n) {
      const start = i;
      let hash = 0;
      let hyphen = false;
      for (; i < n; i++) {
        let f = letterFold(text.charCodeAt(i));
        if (f < 0) {
          if (text.charCodeAt(i) !== HYPHEN || i + 1 >= n || letterFold(text.charCodeAt(i + 1)) < 0) break;
          f = HYPHEN;
          hyphen = true;
        }
        hash = step(hash, f);
      }
      // A located word has no hyphen, but it is also found as a part of a hyphenated word ("co-operation" in "non-cooperation").
      this.seen(hash, text, start, i, true);
      if (hyphen && this.locating) this.locateParts(text, start, i);
    }
  }

  /** The run from start to end, hashed to `hash`, is counted (when `counted`) and located, if it is a word asked about. */
  private seen(hash: number, text: string, start: number, end: number, counted: boolean): void {
    const length = end - start;
    if (length < this.minLength || length > this.maxLength || this.filter[hash & FILTER_MASK] === 0) return;
    const tallies = this.byHash.get(hash);
    if (tallies === undefined) return;
    for (const t of tallies) {
      if ((!counted && t.starts === null) || !sameWord(t.word, text, start, end)) continue;
      if (counted) t.count++;
      t.starts?.push(start);
    }
  }

  /** Each run of letters in a run with hyphens, located (not counted: the run is counted whole). */
  private locateParts(text: string, start: number, end: number): void {
    for (let p = start; p < end; ) {
      let q = p;
      let hash = 0;
      for (; q < end && text.charCodeAt(q) !== HYPHEN; q++) hash = step(hash, letterFold(text.charCodeAt(q)));
      this.seen(hash, text, p, q, false);
      p = q + 1;
    }
  }

  private tallyOf(word: string): Tally | undefined {
    const folded = foldWord(word);
    return this.byHash.get(hashOf(folded))?.find((t) => t.word === folded);
  }

  /** Where each occurrence of a located word starts, in order; null for a word not located. */
  startsOf(word: string): readonly number[] | null {
    return this.tallyOf(word)?.starts ?? null;
  }

  /** How often the text has this word, case-blind; null for a word it was not asked to count. */
  count(word: string): number | null {
    return this.tallyOf(word)?.count ?? null;
  }
}
