/**
 * PDFium's text page mirrors the brackets of what its own bidi pass takes
 * for right-to-left text (CPDF_TextPage::CloseTempLine, GetMirrorChar):
 * "(أ)" comes back as ")أ(". The layout places glyphs by position and puts
 * right-to-left lines in logical order itself (bidi.ts), as it does for
 * pdf.js, which gives each glyph's own character. So the mirroring is
 * undone here, by replaying PDFium's decision over its character list.
 *
 * PDFium's pass, per line (the characters between its generated line
 * breaks, in the order it hands them out): runs of one direction — strong
 * left (L), weak left (digits, separators, marks), right (Arabic, Hebrew
 * letters) and neutral (spaces, brackets, quotes) — with the line right to
 * left overall when it has at least as many right runs as strong left ones.
 * A right run is mirrored, and so is a neutral run while the last strong
 * run before it (or the line, when there is none) is right to left.
 */

type Direction = 'left' | 'weak' | 'right' | 'neutral';

/** Letters of the right-to-left scripts UN documents print (bidi classes R and AL), with Arabic's own semicolon, question mark and tatweel. */
const RIGHT = /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}]/u;
/** Weak left classes PDFium joins to no strong run: EN, AN, NSM, CS, ES, ET, BN. */
const WEAK = /[\p{Nd}\p{Mn}\p{Me}\p{Cf},./:+\-−#$%°±¢£¤¥€‰‱′″²³¹⁰-⁹\u00a0\u060c\u0609\u060a\u066a-\u066c\u202f\u2044\u20a0-\u20cf\uff0b-\uff0f\uff1a]/u;
/** Neutral classes (WS, ON, B, S): spaces, line ends, punctuation and symbols not listed as weak. */
const NEUTRAL = /[\s\p{P}\p{S}]/u;

const LEFT_MARK = 0x200e;
const RIGHT_MARK = 0x200f;
const ARABIC_MARK = 0x061c;
/** Embeddings, overrides and isolates: format characters PDFium counts as neutral. */
const EMBEDDING = /[\u202a-\u202e\u2066-\u2069]/u;

/** PDFium's direction for one character. */
export function pdfiumDirection(char: string): Direction {
  const code = char.codePointAt(0);
  if (code === LEFT_MARK) return 'left';
  if (code === RIGHT_MARK || code === ARABIC_MARK) return 'right';
  if (EMBEDDING.test(char)) return 'neutral';
  if (RIGHT.test(char) && !WEAK.test(char)) return 'right';
  if (WEAK.test(char)) return 'weak';
  if (NEUTRAL.test(char)) return 'neutral';
  return 'left';
}

/** The pairs PDFium's GetMirrorChar swaps that UN documents print: brackets, quotes, comparison signs. */
const MIRROR_PAIRS = '()[]{}<>«»‹›⁅⁆⁽⁾₍₎≤≥≦≧≪≫⟨⟩〈〉《》「」『』【】〔〕〖〗〘〙〚〛（）［］｛｝＜＞｢｣';
const MIRROR = new Map<number, number>();
for (let i = 0; i < MIRROR_PAIRS.length; i += 2) {
  const a = MIRROR_PAIRS.codePointAt(i)!;
  const b = MIRROR_PAIRS.codePointAt(i + 1)!;
  MIRROR.set(a, b).set(b, a);
}

/** Does the code point have a mirrored twin PDFium may have swapped it for? */
export function isMirrorable(code: number): boolean {
  return MIRROR.has(code);
}

/**
 * The characters of one PDFium text page as the document had them: each
 * code PDFium mirrored is swapped back. `lineBreak(i)` says whether the
 * carriage return or line feed at i is one PDFium generated (they end its
 * lines). Codes are changed in place; the array is returned.
 */
export function unmirror(codes: Int32Array, lineBreak: (i: number) => boolean): Int32Array {
  let start = 0;
  // Only a line with a right-to-left letter and a bracket can have been mirrored.
  let rightToLeft = false;
  let mirrorable = false;
  for (let i = 0; i <= codes.length; i++) {
    if (i < codes.length) {
      const code = codes[i]!;
      if (code >= FIRST_RIGHT_TO_LEFT) rightToLeft ||= RIGHT.test(String.fromCodePoint(code));
      mirrorable ||= MIRROR.has(code);
      if (!((code === CR || code === LF) && lineBreak(i))) continue;
    }
    if (rightToLeft && mirrorable) unmirrorLine(codes, start, i);
    start = i + 1;
    rightToLeft = mirrorable = false;
  }
  return codes;
}

/** No right-to-left letter lies below U+0590 (Hebrew). */
const FIRST_RIGHT_TO_LEFT = 0x0590;
const CR = 0x0d;
const LF = 0x0a;

function unmirrorLine(codes: Int32Array, start: number, end: number): void {
  const directions: Direction[] = [];
  let rightRuns = 0;
  let leftRuns = 0;
  for (let i = start; i < end; i++) {
    const d = pdfiumDirection(String.fromCodePoint(codes[i]!));
    if (d !== directions[directions.length - 1]) {
      if (d === 'right') rightRuns++;
      else if (d === 'left') leftRuns++;
    }
    directions.push(d);
  }
  let current: Direction = rightRuns > 0 && rightRuns >= leftRuns ? 'right' : 'left';
  for (let i = start; i < end; i++) {
    const d = directions[i - start]!;
    if (d === 'right') current = 'right';
    else if (d === 'left') current = 'left';
    else if (d === 'neutral' && current === 'right') {
      const twin = MIRROR.get(codes[i]!);
      if (twin !== undefined) codes[i] = twin;
    }
  }
}
