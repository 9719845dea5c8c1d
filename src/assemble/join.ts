/**
 * Joining wrapped lines. Lines are joined with one space. A hyphen at a
 * line end is kept ("inter-agency", "long-term": UN documents are set
 * without automatic hyphenation, so most line-end hyphens are real) unless
 * the document itself spells the word closed elsewhere and never with the
 * hyphen ("Gov-" + "ernment" when "Government" occurs). Languages whose UN
 * documents are set with word division (Russian) drop a line-end hyphen
 * unless the document spells that compound with its hyphen elsewhere. A
 * hyphen that justification pushed away from its word ("gender -" + "based")
 * is glued back. Lines of Han text are joined with nothing: Chinese has no
 * spaces between words, and wraps anywhere.
 */
import { markersIn, spacedMarkersIn, stripMarkers, takeEvidenceMarkers, type MarkerHit } from '../vocabulary/markers.js';
import { LOWER_START } from '../vocabulary/patterns.js';
import { firstAtOrAbove } from '../base/sorted.js';
import type { Line } from '../base/line.js';
import type { TextPiece } from './tree.js';
import { foldWord, GivenWordCounts, hyphenatedWords, isWordUnit, WordCounts, WordSet } from './word-counts.js';

/**
 * Words the document uses, lower-cased, with counts: evidence for hyphenation decisions.
 * Only the words those decisions are known to ask about are counted (the
 * hyphenated words, their closed forms, the halves met at line-end hyphens,
 * see lineEndSplits); a question about any other word counts every word of
 * the text once, so every answer is the same as with all words counted.
 */
export class Vocabulary {
  private given: GivenWordCounts | null = null;
  private all: WordCounts | null = null;
  /** closed form → hyphenated form, for words the document hyphenates. */
  private readonly hyphenated = new Map<string, string>();
  /** The stems of the halves of every hyphenated compound the document prints ("госуд-участ"), whatever their endings. */
  private readonly compoundStems = new Set<string>();

  /** Where each line of `lines` starts in the text, by line index (-1 for a line not among them); null without lines. */
  private readonly lineStarts: Int32Array | null = null;

  /**
   * @param wordDivision the document's language divides words at line ends
   *   (its UN documents are hyphenated), so a line-end hyphen is a break unless
   *   the compound is attested.
   * @param lines the lines whose texts, joined by line breaks, are `text`: then
   *   mayRehyphenate can tell pieces of them that hold no word to rehyphenate.
   */
  constructor(private readonly text: string, readonly wordDivision = false, lines?: readonly Line[]) {
    const hyphenated = hyphenatedWords(text);
    for (const w of hyphenated) {
      if (!TWO_PART_WORD.test(w)) continue;
      this.hyphenated.set(w.replace('-', ''), w);
      const [a, b] = w.split('-');
      this.compoundStems.add(compoundStem(a!, b!));
    }
    // Word division asks whether any word goes on from a half (hasPrefix): that needs every word.
    if (wordDivision) this.all = new WordCounts(text);
    else {
      const closed = [...this.hyphenated.keys()];
      this.given = new GivenWordCounts(text, [...hyphenated, ...closed, ...lineEndSplits(text)], lines ? closed.filter((c) => c.length >= REHYPHENATED_MIN_LETTERS) : []);
      if (lines && lines.length) {
        this.lineStarts = new Int32Array(lines[lines.length - 1]!.index + 1).fill(-1);
        let at = 0;
        for (const l of lines) {
          this.lineStarts[l.index] = at;
          at += l.text.length + 1;
        }
      }
    }
  }

  private allWords(): WordCounts {
    return (this.all ??= new WordCounts(this.text));
  }

  /** Does the document print a word that starts so (lower-cased)? */
  private hasPrefix(prefix: string): boolean {
    const p = foldWord(prefix);
    for (const w of this.allWords().words()) if (w.startsWith(p)) return true;
    return false;
  }

  /**
   * A line-end hyphen between these halves is a real one, in a language set
   * with word division: the document prints the compound with its hyphen
   * (in any inflection), or the first half is a word of its own that no word
   * of the document goes on from ("женщины-" + "инвалиды"; but "законодатель-"
   * + "ных" when "законодательные" occurs).
   */
  keepsHyphen(first: string, second: string): boolean {
    if (this.hasCompound(first, second)) return true;
    return this.has(first) && !this.hasPrefix(`${first}${second.charAt(0)}`);
  }

  /** Does the document print this compound with its hyphen, in this or another inflection ("государство-участник" for "государства-участника")? */
  private hasCompound(first: string, second: string): boolean {
    return this.compoundStems.has(compoundStem(foldWord(first), foldWord(second)));
  }

  has(word: string): boolean {
    return this.count(word) > 0;
  }

  count(word: string): number {
    if (this.all === null) {
      const n = this.given?.count(word) ?? null;
      if (n !== null) return n;
    }
    return this.allWords().count(word);
  }

  private rehyphenated: WordSet | null | undefined;
  /** Where the words of `rehyphenated` start in the text, ascending; null when not located. */
  private rehyphenatedStarts: number[] | null = null;

  /**
   * The closed words the document prints that rehyphenate() would give a hyphen back, or null when
   * there are none (most documents): then the text need not be scanned. A closed word the document
   * never prints cannot be in a paragraph's text either, so only those it prints are looked for
   * (a scan of every word of five letters was most of restoreHyphens, issue 15).
   */
  rehyphenationWords(): WordSet | null {
    if (this.rehyphenated === undefined) {
      const closed = [...this.hyphenated].filter(([c, h]) => c.length >= REHYPHENATED_MIN_LETTERS && this.count(c) > 0 && this.count(h) > this.count(c)).map(([c]) => c);
      this.rehyphenated = closed.length ? new WordSet(closed) : null;
      if (this.lineStarts !== null) {
        const located = closed.map((c) => this.given?.startsOf(c) ?? null);
        if (located.every((s) => s !== null)) this.rehyphenatedStarts = located.flat().sort((a, b) => a - b);
      }
    }
    return this.rehyphenated;
  }

  /**
   * Might rehyphenate() change a word of these pieces' joined text? False
   * only when it is known not to: the vocabulary was given the lines, no
   * word to rehyphenate starts anywhere from the first piece's line to the
   * last's, and no piece starts inside a word (which would make a new one).
   * Joining can also make new words; joinPieces looks at those itself.
   */
  mayRehyphenate(pieces: readonly TextPiece[]): boolean {
    if (this.rehyphenationWords() === null) return false;
    const starts = this.rehyphenatedStarts;
    const lineStarts = this.lineStarts;
    if (starts === null || lineStarts === null || pieces.length === 0) return true;
    for (const p of pieces) if (p.from > 0 && isWordUnit(p.line.text.charCodeAt(p.from - 1)) && isWordUnit(p.line.text.charCodeAt(p.from))) return true;
    const first = pieces[0]!.line;
    const last = pieces[pieces.length - 1]!.line;
    const from = lineStarts[first.index] ?? -1;
    const to = lineStarts[last.index] ?? -1;
    if (from < 0 || to < 0 || to < from) return true;
    const k = firstAtOrAbove(starts, from);
    return k < starts.length && starts[k]! < to + last.text.length;
  }

  /**
   * The hyphenated spelling of a closed word when the document mostly writes
   * it with the hyphen: pdftotext's default mode drops real hyphens at line
   * ends ("slowonset", "SecretaryGeneral").
   */
  rehyphenate(word: string): string | null {
    const h = this.hyphenated.get(foldWord(word));
    if (!h || this.count(h) <= this.count(word)) return null;
    const cut = h.indexOf('-');
    return `${word.slice(0, cut)}-${word.slice(cut)}`;
  }
}

/**
 * The words joinPieces asks about at each line-end hyphen of the text, "Gov-"
 * then "ernment": the closed and the hyphenated form of the two halves.
 */
function* lineEndSplits(text: string): Generator<string> {
  for (let i = text.indexOf('-\n'); i !== -1; i = text.indexOf('-\n', i + 2)) {
    let end = i;
    if (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
    let start = end;
    while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
    let from = i + 2;
    while (text.charCodeAt(from) === SPACE) from++;
    let to = from;
    while (to < text.length && isWordUnit(text.charCodeAt(to))) to++;
    if (start === end || from === to) continue;
    yield text.slice(start, end) + text.slice(from, to);
    yield `${text.slice(start, end)}-${text.slice(from, to)}`;
  }
}

const SPACE = 32;

// The patterns of the join are module constants: a literal in a function is a new RegExp object at every
// evaluation, for every piece of every paragraph (issue 15). The global ones serve replace, which leaves
// their lastIndex at 0.
/** A hyphenated word of two parts, "inter-agency": its closed form is looked for. */
const TWO_PART_WORD = /^\p{L}+-\p{L}+$/u;
const SPACES = / {2,}/g;
/** The word before a line-end hyphen, and the space justification may leave before it ("gender -"). */
const LINE_END_HYPHEN = /(\p{L}+)(\s?)-$/u;
const LEADING_WORD = /^(\p{L}+)/u;
const SPACED_HYPHEN_OR_APOSTROPHE = /(\p{L}) ([-’])(?=\p{L})/gu;
const SPACED_EN_DASH = /(\d) –(?=\d)/g;
const DIGIT_START = /^\d/;

/** A closed word is looked at for a dropped hyphen from this length: shorter ones ("xray", "coop") are too often words of their own. */
const REHYPHENATED_MIN_LETTERS = 5;

/** Letters that stay the same across a word's inflections, near enough: Russian endings change the last one to three letters. */
const STEM_LETTERS = 5;

function compoundStem(first: string, second: string): string {
  return `${first.slice(0, STEM_LETTERS)}-${second.slice(0, STEM_LETTERS)}`;
}

/** Han characters and the full-width punctuation set among them: no space is put between two lines that meet at one. */
const HAN_EDGE = /[\p{sc=Han}，。；：、！？（）《》]/u;
/** Curly quotes serve Chinese and the Latin scripts alike: they join without a space only to Han text. */
const QUOTE = /[“”‘’]/u;

/** Below this code unit no character is Han, full-width or a curly quote: two lines meeting there join with a space. */
const FIRST_HAN_EDGE_OR_QUOTE = 0x2018;

/** Do two wrapped lines meet inside Han text, where no space goes between them? */
export function meetInHan(before: string, after: string): boolean {
  // One look at the two units answers for Latin, Cyrillic and Arabic text before the patterns (issue 15).
  if (before.charCodeAt(0) < FIRST_HAN_EDGE_OR_QUOTE && after.charCodeAt(0) < FIRST_HAN_EDGE_OR_QUOTE) return false;
  return (HAN_EDGE.test(before) && (HAN_EDGE.test(after) || QUOTE.test(after))) || (QUOTE.test(before) && HAN_EDGE.test(after));
}

function pieceText(p: TextPiece): string {
  return p.line.text.slice(p.from);
}

/** The text of a piece to join: its line from `from`, with markers known by evidence wrapped (see takeEvidenceMarkers). */
export type PieceText = (p: TextPiece) => string;

/**
 * Join the text of pieces into one string. The parts are collected in an
 * array and only the last one is looked at: testing the end of a growing
 * concatenated string flattens it every time, which made 200,000 short lines
 * quadratic. `plain`: textOf gives each piece its line's text from `from`
 * unchanged, so the words of the pieces are words of their lines (see
 * Vocabulary.mayRehyphenate).
 */
export function joinPieces(pieces: readonly TextPiece[], vocabulary: Vocabulary, textOf: PieceText = pieceText, plain = textOf === pieceText): string {
  const parts: string[] = [];
  // A dropped hyphen or a Han join makes a word no line has: then restoreHyphens looks whatever mayRehyphenate says.
  let newWords = false;
  for (const piece of pieces) {
    // Layout columns and justified spacing are no part of the text.
    const trimmed = textOf(piece).trim();
    const t = trimmed.includes('  ') ? trimmed.replace(SPACES, ' ') : trimmed;
    if (!t) continue;
    const last = parts[parts.length - 1];
    if (last === undefined) {
      parts.push(t);
      continue;
    }
    const hyphen = last.endsWith('-') ? LINE_END_HYPHEN.exec(last) : null;
    const next = hyphen ? LEADING_WORD.exec(t) : null;
    if (hyphen && next) {
      const closed = `${hyphen[1]}${next[1]}`;
      const open = `${hyphen[1]}-${next[1]}`;
      const lower = LOWER_START.test(next[1]!);
      const wordBreak = vocabulary.wordDivision ? !vocabulary.keepsHyphen(hyphen[1]!, next[1]!) : vocabulary.has(closed);
      const dropHyphen = lower && hyphen[2] === '' && wordBreak && !vocabulary.has(open);
      parts[parts.length - 1] = last.slice(0, last.length - (hyphen[2] === ' ' ? 2 : 1)) + (dropHyphen ? '' : '-');
      if (dropHyphen) newWords = true;
      parts.push(t);
      // Glue the two halves: the next separator is added only between whole parts.
      parts[parts.length - 2] += parts.pop()!;
      continue;
    }
    if (meetInHan(last.charAt(last.length - 1), t.charAt(0))) {
      parts[parts.length - 1] = last + t;
      newWords = true;
      continue;
    }
    parts.push(t);
  }
  const joined = repairJustification(parts.join(' '));
  return plain && !newWords && !vocabulary.mayRehyphenate(pieces) ? joined : restoreHyphens(joined, vocabulary);
}

/**
 * Justified lines in PDFs come out of pdftotext with spaces inside words:
 * "Al -Shabaab", "Da ’esh", "2023 –2030". A space before a hyphen or
 * apostrophe glued to the next letter (or an en dash glued to the next
 * digit) is never right in English, French or Spanish text.
 */
function repairJustification(text: string): string {
  // Most paragraphs have neither: a plain search first spares the Unicode pattern (issue 15).
  const glued = spaceBefore(text, '-') || spaceBefore(text, '’') ? text.replace(SPACED_HYPHEN_OR_APOSTROPHE, '$1$2') : text;
  return spaceBefore(glued, '–') ? glued.replace(SPACED_EN_DASH, '$1–') : glued;
}

/**
 * Does a space stand right before `mark` somewhere in the text? Searched from the mark, far rarer
 * than the space: includes(' -') stops at every space of the text.
 */
export function spaceBefore(text: string, mark: string): boolean {
  for (let i = text.indexOf(mark, 1); i !== -1; i = text.indexOf(mark, i + 1)) if (text.charCodeAt(i - 1) === SPACE) return true;
  return false;
}

export interface CleanText {
  text: string;
  markers: string[];
}

/**
 * Take footnote markers out of joined text. With `byEvidence` (a PDF), the
 * markers are the superscripts the layout saw, plus asterisks and 1990s
 * slash markers, which UN documents print at body size; a body-size digit is
 * text. Without it (text input), glued markers are taken by UN editing rules
 * and spaced markers ("years, 87") only for note numbers printed on the
 * page (`notes`).
 */
export function takeMarkers(text: string, notes: ReadonlySet<string>, byEvidence = false): CleanText {
  const evidence = takeEvidenceMarkers(text);
  const rest = evidence.text;
  // By evidence, only asterisks and slash markers ("1/", whose hit spans the slash) are guessed.
  const found = markersIn(rest);
  const guessed = byEvidence ? found.filter((h) => !DIGIT_START.test(h.marker) || h.length > h.marker.length) : found;
  const spaced = byEvidence ? [] : spacedMarkersIn(rest, notes);
  const hits: MarkerHit[] = spaced.length === 0 ? guessed : [...guessed, ...spaced];
  // Most paragraphs carry no marker: no arrays to gather them in (issue 15).
  if (hits.length === 0) return { text: evidence.markers.length ? rest.trim() : text, markers: evidence.markers.length ? [...new Set(evidence.markers)] : [] };
  const markers: string[] = [];
  for (const marker of [...evidence.markers, ...hits.sort((a, b) => a.index - b.index).map((h) => h.marker)]) if (!markers.includes(marker)) markers.push(marker);
  return { text: stripMarkers(rest, hits).trim(), markers };
}

/** Put back hyphens that the extraction dropped, where the document's own spelling says so. */
function restoreHyphens(text: string, vocabulary: Vocabulary): string {
  const closed = vocabulary.rehyphenationWords();
  return closed ? closed.replaceIn(text, (w) => vocabulary.rehyphenate(w) ?? w) : text;
}
