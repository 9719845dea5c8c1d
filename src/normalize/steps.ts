/**
 * The registry of named normalisation steps. Each is a local, character-level
 * edit, so all of them run in one pass and every output character keeps a
 * known origin (see OffsetMap).
 *
 * Guarantees for the stages that follow:
 * - line ends are "\n" only; form feeds ("\f") remain and mark page breaks;
 * - no tabs, NBSP or other exotic spaces: plain " ";
 * - no soft hyphens, zero-width characters, BOMs or private-use glyphs
 *   (pdftotext renders barcode fonts as private-use characters);
 * - ligatures (ﬁ, ﬂ, …) are spelled out, Arabic presentation forms are
 *   letters, no kashida inside a word, no bidirectional controls;
 * - digits are ASCII: Arabic-Indic digits are read as 0–9;
 * - no trailing spaces on any line.
 */
export interface NormalizeStep {
  name: string;
  /** Pattern source, without flags; must not match the empty string. */
  pattern: string;
  /**
   * A character class (source) holding every code unit a match can begin
   * with: normalize looks for matches only where one of these stands (see
   * index.ts). The plain space is left out: see LONE_SPACE in index.ts.
   */
  starts: string;
  /** `after` is the character that follows the match ('' at the end). */
  replace: (match: string, after: string) => string;
}

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st',
};

export const NORMALIZE_STEPS: readonly NormalizeStep[] = [
  { name: 'line-ends', starts: '[\\r\\u2028\\u2029\\u0085]', pattern: '\\r\\n?|[\\u2028\\u2029\\u0085]', replace: () => '\n' },
  // One run of blanks at a time (no lookahead after a run: it would rescan
  // long runs from every start position). Trailing runs go; others become
  // plain spaces of the same length, so layout columns survive. A single
  // plain space inside a line is left unmatched: it needs nothing, and text
  // is mostly such spaces (matching each one was most of this pass, issue 15).
  {
    name: 'spaces',
    starts: '[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]',
    pattern: '[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]{2,}|[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]| (?=[\\n\\r\\f]|$)',
    replace: (m, after) => (after === '' || after === '\n' || after === '\r' || after === '\f' ? '' : ' '.repeat(m.length)),
  },
  // A soft hyphen marks where a word may break: at a line end it joins the two halves.
  { name: 'soft-hyphen', starts: '\\u00AD', pattern: '\\u00AD(?:\\n *)?', replace: () => '' },
  { name: 'zero-width', starts: '[\\u200B-\\u200D\\u2060\\uFEFF]', pattern: '[\\u200B-\\u200D\\u2060\\uFEFF]', replace: () => '' },
  { name: 'private-use', starts: '[\\uE000-\\uF8FF]', pattern: '[\\uE000-\\uF8FF]', replace: () => '' },
  { name: 'ligatures', starts: '[\\uFB00-\\uFB06]', pattern: '[\\uFB00-\\uFB06]', replace: (m) => LIGATURES[m] ?? m },
  // Arabic PDFs often carry the shaped glyphs (presentation forms, "ﺍﻟﻤﺎﺩﺓ") instead of the letters: NFKC gives the letters back.
  { name: 'arabic-presentation-forms', starts: '[\\uFB50-\\uFDFF\\uFE70-\\uFEFC]', pattern: '[\\uFB50-\\uFDFF\\uFE70-\\uFEFC]', replace: (m) => m.normalize('NFKC') },
  // Kashida stretches a word for justification ("الـمـادة"); between two letters it is no part of the text. Kept after "هـ", the item letter (e).
  { name: 'kashida', starts: '\\u0640', pattern: '(?=\\u0640)(?<=[\\u0620-\\u064A])\\u0640+(?=[\\u0620-\\u064A])', replace: () => '' },
  // Arabic texts print their numbers with Arabic-Indic digits ("١- نظرت اللجنة", "(CCPR/C/SR.٣٣٥١)"), often beside
  // European ones in the same document: numbering, dates and symbols are read with ASCII digits (fixtures/cases/indic-digits-ar).
  { name: 'arabic-indic-digits', starts: '[\\u0660-\\u0669\\u06F0-\\u06F9]', pattern: '[\\u0660-\\u0669\\u06F0-\\u06F9]', replace: (m) => String(m.charCodeAt(0) & 0x0f) }, // both blocks start at a multiple of 16,
  // Directional marks and embeddings steer display only; the text is in logical order.
  { name: 'bidi-controls', starts: '[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]', pattern: '[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]', replace: () => '' },
  // Other C0 controls (NUL and friends) would only confuse later stages.
  { name: 'controls', starts: '[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F]', pattern: '[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F]', replace: () => '' },
];
