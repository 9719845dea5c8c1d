/**
 * Glyphs → text runs cut the way pdf.js's getTextContent cuts them, for an
 * engine that gives characters one at a time (PDFium's FPDFText). The layout
 * (pdf-layout.ts) was tuned on pdf.js's runs, so this follows pdf.js 5.4's
 * rules (compareWithLastPosition and addFakeSpaces in its worker): a run is
 * a stretch of one text object, font and size along one baseline; whitespace glyphs are
 * dropped and a space is put back where the gap to the next glyph is a space
 * wide; a wider gap, a step back or a move off the baseline starts a new run.
 * Pure.
 */
import { isRightToLeft } from './bidi.js';
import type { PdfRun } from './pdf-layout.js';

/** One glyph as the engine placed it. */
export interface PdfGlyph {
  /** Its Unicode text (one code point, or several for a ligature). */
  text: string;
  /** Origin on the baseline, PDF user space (y grows upward). */
  x: number;
  y: number;
  /** Advance width along the baseline, in user space. */
  advance: number;
  /** Font size in user space: nominal size × the vertical scale of the text matrix. */
  size: number;
  /** Unit vector of the baseline ((1, 0) for upright text). */
  dirX: number;
  dirY: number;
  /**
   * Identity of what drew it (PDFium's text object: one Tj or TJ). pdf.js
   * ends its runs at font changes and marked content (BDC/EMC), which fall
   * between such objects; cutting there too gave the same layout text as
   * pdf.js on 45 of the 57 corpus PDFs, against 29 without.
   */
  object: number;
}

// pdf.js's thresholds, in em of the run's font size.
/** A gap up to this is kerning, even after a space glyph (NOT_A_SPACE_FACTOR). */
const NOT_A_SPACE_EM = 0.03;
/** A gap of at least this is a space (SPACE_IN_FLOW_MIN_FACTOR, TRACKING_SPACE_FACTOR)… */
const SPACE_MIN_EM = 0.102;
/** …and above this it is not a space in the flow but the start of a new run (SPACE_IN_FLOW_MAX_FACTOR). */
const SPACE_MAX_EM = 0.6;
/** A step back of more than this starts a new run (NEGATIVE_SPACE_FACTOR). */
const STEP_BACK_EM = 0.2;
/** A move off the baseline of more than this starts a new run (VERTICAL_SHIFT_RATIO). */
const SHIFT_EM = 0.25;
/** Sizes within this share are one size (the same Tf read back through floats). */
const SAME_SIZE = 0.001;

interface OpenRun {
  run: PdfRun;
  glyph: PdfGlyph;
  endX: number;
  endY: number;
  /** A whitespace glyph came after the run's last glyph. */
  spaced: boolean;
}

/** Does `g` continue `open`, and with a space before it? null: it starts a new run. */
function continuation(open: OpenRun, g: PdfGlyph): '' | ' ' | null {
  const first = open.glyph;
  if (g.object !== first.object || Math.abs(g.size - first.size) > first.size * SAME_SIZE) return null;
  if (g.dirX !== first.dirX || g.dirY !== first.dirY) return null;
  const dx = g.x - open.endX;
  const dy = g.y - open.endY;
  const along = dx * first.dirX + dy * first.dirY;
  const across = dy * first.dirX - dx * first.dirY;
  const em = first.size;
  if (along < -STEP_BACK_EM * em || Math.abs(across) > SHIFT_EM * em || along > SPACE_MAX_EM * em) return null;
  if (along >= SPACE_MIN_EM * em) return ' ';
  // A space glyph closer than a space: pdf.js ends the run there (the layout then joins the two by their gap).
  if (open.spaced && along > NOT_A_SPACE_EM * em) return null;
  return '';
}

/** The runs of one page's glyphs, in the glyphs' order. */
export function glyphRuns(glyphs: readonly PdfGlyph[]): PdfRun[] {
  const runs: PdfRun[] = [];
  let open: OpenRun | null = null;
  for (const g of glyphs) {
    // pdf.js skips whitespace glyphs, only noting them: the gap they leave is what makes a space.
    if (g.text.trim() === '') {
      if (open) open.spaced = true;
      continue;
    }
    const joint = open ? continuation(open, g) : null;
    if (open && joint !== null) {
      open.run.str += joint + g.text;
      open.spaced = false;
    } else {
      open = { run: { str: g.text, x: g.x, y: g.y, width: 0, size: g.size }, glyph: g, endX: 0, endY: 0, spaced: false };
      runs.push(open.run);
    }
    open.endX = g.x + g.advance * g.dirX;
    open.endY = g.y + g.advance * g.dirY;
    open.run.width = (open.endX - open.run.x) * open.glyph.dirX + (open.endY - open.run.y) * open.glyph.dirY;
  }
  return runs;
}

/** No combining mark lies below U+0300 (the combining grave accent). */
export const FIRST_MARK = 0x0300;
/** A combining mark or mark sequence (a shadda, an accent). */
const MARK_ONLY = /^\p{M}+$/u;

/** Is the code point a combining mark? */
export function isMark(code: number): boolean {
  return code >= FIRST_MARK && MARK_ONLY.test(String.fromCodePoint(code));
}

/** How far from a mark in the engine's order the glyph it sits on may be. */
const MARK_WINDOW = 64;
/** A mark sits this far off its letter's baseline at most (an Arabic shadda: 0.15 em). */
const MARK_SHIFT_EM = 0.5;

/**
 * Combining marks placed as glyphs of their own (PDFium gives an Arabic
 * shadda, raised above its letter, its own origin) join the glyph they are
 * drawn on, after it in reading order, as pdf.js gives them: "كّ", not a
 * stray "ّ" at the end of the line. The base is the nearest glyph whose
 * advance holds the mark's centre, on nearly the same baseline; a mark
 * with none stays a glyph of its own.
 */
export function withMarksOnTheirBases(glyphs: readonly PdfGlyph[]): PdfGlyph[] {
  const kept: PdfGlyph[] = [];
  glyphs.forEach((mark, i) => {
    const base = MARK_ONLY.test(mark.text) ? baseOf(glyphs, i) : undefined;
    if (!base) kept.push(mark);
    // The layout reads a right-to-left line backwards: the mark goes before its letter to come after it.
    else base.text = isRightToLeft(base.text) ? mark.text + base.text : base.text + mark.text;
  });
  return kept;
}

function baseOf(glyphs: readonly PdfGlyph[], at: number): PdfGlyph | undefined {
  const mark = glyphs[at]!;
  const centre = mark.x + mark.advance / 2;
  for (let d = 1; d <= MARK_WINDOW; d++) {
    for (const g of [glyphs[at - d], glyphs[at + d]]) {
      if (!g || g.text === ' ' || MARK_ONLY.test(g.text) || Math.abs(g.y - mark.y) > MARK_SHIFT_EM * g.size) continue;
      if (centre >= g.x && centre <= g.x + g.advance) return g;
    }
  }
  return undefined;
}
