/**
 * A PDFium text page → the glyphs pdf-glyphs.ts cuts into runs: their
 * Unicode, origin, advance, size and text object, read through FPDFText one
 * character at a time. Part of the PDFium adapter (pdfium.ts): the module
 * is passed in, never imported here.
 */
import { isRightToLeft } from './bidi.js';
import { unmirror } from './pdfium-bidi.js';
import { FIRST_MARK, isMark, withMarksOnTheirBases, type PdfGlyph } from './pdf-glyphs.js';

/**
 * PDFium's own exports for the per-character calls, called directly: the
 * wrapper's cwrap functions check and copy their arguments on every call,
 * which cost a quarter of the CPU of a 181-page PDF. Booleans come back as 0 or 1.
 */
interface RawText {
  FPDFText_CountChars(text: number): number;
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetTextObject(text: number, index: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
  FPDFText_GetCharBox(text: number, index: number, left: number, right: number, bottom: number, top: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetMatrix(text: number, index: number, matrix: number): number;
  FPDFTextObj_GetFont(object: number): number;
  FPDFFont_GetGlyphWidth(font: number, glyph: number, size: number, width: number): number;
}

/** The parts of the wrapped PDFium module this adapter uses (pointers are numbers into the wasm heap). */
export interface Pdfium {
  pdfium: {
    HEAPU8: Uint8Array;
    HEAPF64: Float64Array;
    HEAPF32: Float32Array;
    wasmExports: { malloc(size: number): number; free(ptr: number): void } & RawText;
  };
  PDFiumExt_Init(): void;
  FPDF_LoadMemDocument(buffer: number, size: number, password: string): number;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: number): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_GetPageHeightF(page: number): number;
  FPDF_GetPageBoundingBox(page: number, rect: number): boolean;
  FPDF_ClosePage(page: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
}

interface ViewBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** pdf.js leaves out a glyph drawn outside the page's visible area (compareWithLastPosition): OCR noise in the margins of a scan (A/47/466). */
function outside(view: ViewBox | null, x: number, y: number, advance: number): boolean {
  return view !== null && (x + advance < view.left || x > view.right || y < view.bottom || y > view.top);
}

/** What a text object says about all its glyphs: font, size and baseline. */
interface TextObject {
  font: number;
  /** Nominal font size × the text matrix's horizontal scale: what a width of 1 em spans in user space. */
  em: number;
  size: number;
  dirX: number;
  dirY: number;
}

/**
 * Scratch memory in the wasm heap for FPDFText's out-parameters: two
 * doubles (a char origin), then four floats (a rectangle), six (a matrix),
 * one (a width) or four doubles (a char box).
 */
export const SCRATCH_BYTES = 16 + 32;
/** The font size widths are asked at: the font's own units (1/1000 em). */
const UNITS_PER_EM = 1000;

/** Reads FPDFText's out-parameters from scratch memory; caches glyph widths per font. */
export class Reader {
  private readonly widths = new Map<number, Map<number, number>>();
  readonly raw: RawText;
  constructor(
    readonly p: Pdfium,
    readonly at: number,
  ) {
    this.raw = p.pdfium.wasmExports;
  }
  /** Asks for a character's origin; read it with originX and originY. */
  origin(text: number, i: number): void {
    this.raw.FPDFText_GetCharOrigin(text, i, this.at, this.at + 8);
  }
  originX(): number {
    return this.p.pdfium.HEAPF64[this.at >> 3]!;
  }
  originY(): number {
    return this.p.pdfium.HEAPF64[(this.at >> 3) + 1]!;
  }
  /** The right edge of the loose box (FS_RECTF's third value). */
  looseRight(text: number, i: number): number {
    this.raw.FPDFText_GetLooseCharBox(text, i, this.at + 16);
    return this.p.pdfium.HEAPF32[((this.at + 16) >> 2) + 2]!;
  }
  /** The left edge of the loose box, read after looseRight. */
  looseLeft(): number {
    return this.p.pdfium.HEAPF32[(this.at + 16) >> 2]!;
  }
  /** The right edge of the ink box. */
  inkRight(text: number, i: number): number {
    const at = this.at + 16;
    this.raw.FPDFText_GetCharBox(text, i, at, at + 8, at + 16, at + 24);
    return this.p.pdfium.HEAPF64[(at >> 3) + 1]!;
  }
  private floats(count: number): Float32Array {
    return this.p.pdfium.HEAPF32.slice((this.at + 16) >> 2, ((this.at + 16) >> 2) + count);
  }
  /** The page's visible area (media box ∩ crop box) as left, top, right, bottom; null when PDFium cannot say. */
  viewBox(page: number): ViewBox | null {
    if (!this.p.FPDF_GetPageBoundingBox(page, this.at + 16)) return null;
    const [left = 0, top = 0, right = 0, bottom = 0] = this.floats(4);
    return { left, top, right, bottom };
  }
  matrix(text: number, i: number): Float32Array {
    this.raw.FPDFText_GetMatrix(text, i, this.at + 16);
    return this.floats(6);
  }
  /** The advance of the font's glyph for a character, in em (the font's /Widths), or null when the font cannot say. */
  width(font: number, code: number): number | null {
    let known = this.widths.get(font);
    if (!known) this.widths.set(font, (known = new Map()));
    let w = known.get(code);
    if (w === undefined) {
      w = this.raw.FPDFFont_GetGlyphWidth(font, code, UNITS_PER_EM, this.at + 16) ? this.p.pdfium.HEAPF32[(this.at + 16) >> 2]! / UNITS_PER_EM : 0;
      known.set(code, w);
    }
    return w > 0 ? w : null;
  }
}

function textObject(r: Reader, text: number, i: number, handle: number): TextObject {
  const [a = 1, b = 0, c = 0, d = 1] = r.matrix(text, i);
  const scale = Math.hypot(a, b) || 1;
  const nominal = r.raw.FPDFText_GetFontSize(text, i);
  return { font: r.raw.FPDFTextObj_GetFont(handle), em: nominal * scale, size: nominal * (Math.hypot(c, d) || scale), dirX: a / scale, dirY: b / scale };
}

/** Widths within this share of an em are the same width (float rounding). */
const SAME_WIDTH_EM = 0.01;

/**
 * A glyph's advance in user space (the loose box's, from the origin or the
 * ink where it starts later). PDFium's loose box runs from the origin
 * along the advance, widened to the glyph's ink: its right edge is the
 * advance unless the ink overhangs it (an italic "f" reaches over the space
 * after it: "ofthe"), and there the font's width is right. The font's width
 * alone is not enough: it is looked up by Unicode, and an Arabic glyph in
 * its joining form maps back to the isolated form's width, so Arabic and
 * Hebrew keep the loose box (their joined glyphs' ink meets its edge).
 */
function advanceOf(r: Reader, object: TextObject, code: number, text: number, i: number, x: number): number {
  const w = r.width(object.font, code);
  // PDFium's boxes are upright rectangles: along a turned baseline only the font can say.
  if (!upright(object)) return w === null ? 0 : w * object.em;
  const right = r.looseRight(text, i);
  const loose = right - Math.max(r.looseLeft(), x);
  if (w === null || loose <= (w + SAME_WIDTH_EM) * object.em || rightToLeftCode(code)) return loose;
  return Math.fround(r.inkRight(text, i)) === right ? w * object.em : loose;
}

/** A letter of a right-to-left script (bidi.ts); no such letter lies below U+0590. */
function rightToLeftCode(code: number): boolean {
  return code >= 0x0590 && isRightToLeft(String.fromCodePoint(code));
}

/** Whitespace as String.prototype.trim sees it, or no character at all. */
function blankCode(code: number): boolean {
  if (code <= 0x20) return code <= 0 || code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code > 0x10ffff ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Upright text: its baseline runs left to right (within rounding). */
function upright(object: TextObject): boolean {
  return object.dirX > 0.99;
}

/** A whitespace glyph: the runs note only that it came (glyphRuns), never where. */
const SPACE: PdfGlyph = Object.freeze({ text: ' ', x: 0, y: 0, advance: 0, size: 0, dirX: 1, dirY: 0, object: 0 });

/** PDFium's code for a hyphen that ends a line (CPDF_TextPage); the document had "-". */
const LINE_END_HYPHEN = 0x02;

function unicodeOf(code: number): number {
  return code === LINE_END_HYPHEN ? 0x2d : code;
}

/** The glyphs of one text page, as pdf-glyphs.ts takes them: whitespace from the content stream included, PDFium's own left out. */
export function pageGlyphs(r: Reader, text: number, view: ViewBox | null): PdfGlyph[] {
  const p = r.raw;
  const objects = new Map<number, TextObject>();
  const glyphs: PdfGlyph[] = [];
  // Whitespace (the document's or PDFium's) came since the last glyph, and before the last glyph.
  let lastBlank = false;
  let spaceBefore = false;
  // A glyph of its own is a combining mark: they are joined to their letters at the end.
  let marks = false;
  const count = p.FPDFText_CountChars(text);
  const codes = new Int32Array(count);
  for (let i = 0; i < count; i++) codes[i] = unicodeOf(p.FPDFText_GetUnicode(text, i));
  unmirror(codes, (i) => p.FPDFText_IsGenerated(text, i) !== 0);
  for (let i = 0; i < count; i++) {
    const code = codes[i]!;
    const blank = blankCode(code);
    // PDFium makes up spaces and line breaks of its own; pdf.js sees only the document's.
    if (blank) lastBlank = true;
    if (blank && p.FPDFText_IsGenerated(text, i) !== 0) continue;
    const handle = p.FPDFText_GetTextObject(text, i);
    if (handle === 0) continue;
    if (blank) {
      // Only noted (pdf.js makes its spaces from the gaps): no position needed, one shared glyph.
      glyphs.push(SPACE);
      continue;
    }
    let object = objects.get(handle);
    if (!object) objects.set(handle, (object = textObject(r, text, i, handle)));
    const str = String.fromCodePoint(code);
    r.origin(text, i);
    const x = r.originX();
    const y = r.originY();
    const last = glyphs[glyphs.length - 1];
    // A glyph that maps to several characters (a ligature) comes as several at one origin: one glyph, as in pdf.js.
    if (last && last.x === x && last.y === y && last.object === handle && last.text !== ' ') {
      last.text += str;
      // The font's width is the first character's; the glyph's own ends where the last of its characters' loose boxes does (PDFium splits a lam-alef's box in two).
      if (upright(object)) last.advance = Math.max(last.advance, r.looseRight(text, i) - x, rightToLeftLigatureAdvance(glyphs, last, spaceBefore));
      continue;
    }
    const advance = advanceOf(r, object, code, text, i, x);
    if (outside(view, x, y, advance)) continue;
    spaceBefore = lastBlank;
    lastBlank = false;
    if (code >= FIRST_MARK) marks ||= isMark(code);
    glyphs.push({ text: str, x, y, advance, size: object.size, dirX: object.dirX, dirY: object.dirY, object: handle });
  }
  return marks ? withMarksOnTheirBases(glyphs) : glyphs;
}

/**
 * A right-to-left ligature's advance (a lam-alef): PDFium splits its ink
 * box among its characters, narrower than the glyph's advance, and the gap
 * left would read as a space inside the word ("ا لآن"). PDFium hands out a
 * right-to-left line in reading order, so the glyph before the ligature is
 * its neighbour on the right; with no space between them (PDFium, which
 * knows the font's widths, made none), the ligature reaches that glyph.
 */
function rightToLeftLigatureAdvance(glyphs: readonly PdfGlyph[], ligature: PdfGlyph, spaceBefore: boolean): number {
  const right = glyphs[glyphs.length - 2];
  if (spaceBefore || !right || right.text === ' ' || right.y !== ligature.y || !isRightToLeft(ligature.text)) return 0;
  const reach = right.x - ligature.x;
  return reach > 0 && reach <= LIGATURE_REACH_EM * ligature.size ? reach : 0;
}

/** How far a ligature's advance may reach to its right-hand neighbour: a lam-alef is about half an em wide. */
const LIGATURE_REACH_EM = 1;


