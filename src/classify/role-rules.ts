/**
 * The line-role rules, in the order they are tried: the first rule that
 * claims a line gives its role. Each rule names the layout that forced it;
 * test/unit/roles.test.ts has a row of those lines for every rule.
 */
import type { Line } from '../base/line.js';
import { ITEM_MARKER_WORDS } from '../vocabulary/languages/index.js';
import { FLIPPED_PARA_NUMBER, isDigitUnit, ITEM_MARKER, LOWER_START, mayStartItemMarker, mayStartParagraphNumber, MONTH_START, PARA_NUMBER } from '../vocabulary/patterns.js';
import { cleanHeadingText, isAnnexHeading, isClosingLine, mayBeSubjectHeading, numberedHeading, unnumberedHeading, type HeadingMatch } from './headings.js';
import type { RoleContext, RoleDecision } from './roles.js';

export interface RoleRule {
  id: string;
  /** The layout that forced the rule, and where it was seen. */
  why: string;
  apply(context: RoleContext): RoleDecision | null;
}

/** How far ahead the next item label is looked for: it tells "(i)" the letter from "(i)" the roman. */
const ITEM_LOOKAHEAD_LINES = 60;
/** A number alone takes the next line as its heading text only when that line is heading-sized. */
const HEADING_TEXT_MAX = 160;
/** A heading's wrapped second line is short; a longer one is the paragraph after it. */
const HEADING_WRAP_MAX = 80;
/** A subject heading before a paragraph that comes next in sequence is a short phrase. */
const SUBJECT_HEADING_MAX_WORDS = 10;

/** "Non-discrimination 9. While noting…": a subject heading run into its paragraph (CCPR/C/NAM/CO/2 third-party text). */
export const RUN_IN = /^(\p{Lu}[^.;:!?()\d]{2,90}?) (\d{1,3})\.\s+(?=[\p{Lu}“"‘(])/u;

/**
 * Could RUN_IN match? Its subject holds no dot, so the line's first dot is the one after the
 * number: a digit stands before it. One search for the dot spares the pattern's lazy walk on
 * nearly every line (issue 15).
 */
export function mayRunIn(text: string): boolean {
  const dot = text.indexOf('.');
  if (dot < 1) return false;
  return isDigitUnit(text.charCodeAt(dot - 1));
}

/** Table-of-contents lines: leader dots (exported for the test of its precheck, mayHoldLeaders). */
export const TOC = /(?:\. ?){5,}|…{2,}|(?:\s\.){5,}/;
/** Leader dots need five dots or two ellipses: counting dots by plain search tells most lines (one or two dots) before TOC runs. */
const LEADER_DOTS_MIN = 5;

/** Could the line hold leader dots (TOC)? A necessary condition, cheaper than the pattern. */
export function mayHoldLeaders(text: string): boolean {
  if (text.includes('……')) return true;
  let dots = 0;
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) if (++dots === LEADER_DOTS_MIN) return true;
  return false;
}
/** A roman section number alone, without its dot: "II", "XI". */
const BARE_ROMAN = /^([IVXL]{1,6})$/;
/** Words a heading cannot end on. */
const DANGLING = /\b(?:of|the|and|or|on|in|for|to|with|by|under|a|an|its|their)$/i;
/** A heading that ends on a clause's punctuation does not wrap onto the next line. */
const CLAUSE_END = /[.;:]$/;
const TRAILING_ASTERISKS = /\*+$/;
/** What a paragraph's text opens with after its number. */
const TEXT_START = /^[\p{Lu}\p{Lo}“"‘(\[«¿¡]/u;

/** "91.", "78. The", "121.1", "83.1.", "9 -", "- 9" (pdftotext's Arabic), "9．": a paragraph number, or null. */
function paragraphStart(text: string): { n: number; m: number | null; textFrom: number } | null {
  if (!mayStartParagraphNumber(text)) return null;
  const flipped = FLIPPED_PARA_NUMBER.exec(text);
  if (flipped) return { n: Number(flipped[1]), m: null, textFrom: flipped[0].length };
  const m = PARA_NUMBER.exec(text);
  // "4-22 تشرين الأول/أكتوبر 2010": session dates, not paragraph 4.22 (docstore text of CEDAW/C/CZE/Q/5).
  if (!m || (m[0].includes('-') && MONTH_START.test(text.slice(m[0].length)))) return null;
  const dotted = m[2] !== undefined;
  if (!dotted && m[3] === '') return null;
  return { n: Number(m[1]), m: dotted ? Number(m[2]) : null, textFrom: m[0].length };
}

/** "(a)", "(ii)", "a)", "(ب)", "㈡": an item marker and the Latin label it stands for, or null. */
function itemStart(text: string): { label: string; marker: string; textFrom: number } | null {
  if (!mayStartItemMarker(text)) return null;
  const m = ITEM_MARKER.exec(text);
  if (!m) return null;
  return { label: m[1] ?? m[2] ?? ITEM_MARKER_WORDS.get(m[3]!)!, marker: m[0].trim(), textFrom: m[0].length };
}

/** Does a line start a unit (paragraph number, numbered heading)? Pattern only, no sequence. */
function startsUnit(line: Line | undefined): boolean {
  if (!line) return true;
  return paragraphStart(line.text) !== null || numberedHeading(line.text) !== null;
}

/** The next item label within the look-ahead, unless a paragraph starts first. */
function nextItemLabel(body: readonly Line[], from: number): string | null {
  for (let k = from; k < body.length && k < from + ITEM_LOOKAHEAD_LINES; k++) {
    const text = body[k]!.text;
    const item = itemStart(text);
    if (item) return item.label;
    if (paragraphStart(text)) return null;
  }
  return null;
}

function heading(c: RoleContext, rule: string, match: HeadingMatch, more: Line[] = []): RoleDecision {
  return { roles: [{ kind: 'heading', rule, line: c.line, from: 0, heading: match, more }], takes: more.length };
}

/** The paragraph a number starts, if it fits the sequence and what follows it reads as a paragraph's text. */
function numberedParagraph(c: RoleContext, rule: string, from: number): RoleDecision | null {
  const text = c.line.text.slice(from);
  const para = paragraphStart(text);
  if (!para) return null;
  const rest = text.slice(para.textFrom);
  const fits = c.paragraphs.peek(para.n, para.m);
  if (!fits) return null;
  // A number that is exactly the next one may open with anything ("12. (a) …", "3. 'Ratify…").
  if (rest !== '' && !TEXT_START.test(rest) && fits.gap !== 0) return null;
  return { roles: [{ kind: 'paragraph', rule, line: c.line, from, textFrom: from + para.textFrom, number: fits, printed: { n: para.n, m: para.m } }] };
}

/** Words in a line, counted without splitting it. */
function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * A short phrase right before the paragraph that comes next in sequence, set apart even when extraction garbled the
 * line before: not after "," or ";", except after ";" before the next operative paragraph of the main sequence (a
 * subject heading between operative paragraphs, "…contributions;" / "Bridging the digital divide" / "54. …", A/80/21;
 * inside a 2008 UPR list, "(Iraq);" then "2.", the next number is nested).
 */
function beforeNextParagraph(c: RoleContext, text: string, nextPara: ReturnType<typeof paragraphStart>): boolean {
  if (nextPara === null || nextPara.m !== null) return false;
  const fits = c.paragraphs.peek(nextPara.n, nextPara.m);
  if (fits?.gap !== 0 || text.includes(',') || wordCount(text) > SUBJECT_HEADING_MAX_WORDS) return false;
  const previousText = c.k > 0 ? c.body[c.k - 1]!.text : '';
  return !(previousText.endsWith(';') || previousText.endsWith(',')) || (previousText.endsWith(';') && fits.kind === 'main');
}

const rules: RoleRule[] = [
  {
    id: 'toc-leader-dots',
    why: 'Contents lines with leader dots ("Introduction ........ 1-5") are no unit (A/HRC/43/2, A/80/38).',
    apply: (c) => (mayHoldLeaders(c.line.text) && TOC.test(c.line.text) ? { roles: [{ kind: 'toc', rule: 'toc-leader-dots', line: c.line }] } : null),
  },
  {
    id: 'annex-in-contents',
    why: 'Before the first paragraph, "Annex" is an entry of the contents, not the start of the annexes (A/HRC/43/2).',
    apply: (c) => (isAnnexHeading(c.line.text) && !c.seenParagraph ? { roles: [{ kind: 'toc', rule: 'annex-in-contents', line: c.line }] } : null),
  },
  {
    id: 'annex-heading',
    why: '"Annex", "ANNEX II", "Anexo": the annexes begin and the body ends (A/RES/48/263, fixture resolution-annex).',
    apply: (c) => (isAnnexHeading(c.line.text) ? heading(c, 'annex-heading', { level: 0, number: null, text: cleanHeadingText(c.line.text) }) : null),
  },
  {
    id: 'closing-line',
    why: '"101st plenary meeting", "[Adopted without a vote.]" end the last operative paragraph (A/RES/78/323, S/RES/2776).',
    apply: (c) => (isClosingLine(c.line.text) ? { roles: [{ kind: 'closing', rule: 'closing-line', line: c.line }] } : null),
  },
  {
    id: 'run-in-subject-heading',
    why: 'A subject heading run into its paragraph on one line, "Non-discrimination 9. While noting…" (CCPR/C/NAM/CO/2 third-party text).',
    apply: (c) => {
      const runIn = mayRunIn(c.line.text) ? RUN_IN.exec(c.line.text) : null;
      if (!runIn || !c.tail.closed) return null;
      const fits = c.paragraphs.peek(Number(runIn[2]), null);
      if (!fits || fits.kind !== 'main' || fits.gap !== 0) return null;
      const paragraph = numberedParagraph(c, 'run-in-subject-heading', runIn[1]!.length + 1);
      if (!paragraph) return null;
      const subject = { kind: 'heading' as const, rule: 'run-in-subject-heading', line: c.line, from: 0, heading: { level: 4 as const, number: null, text: runIn[1]!.trim() }, more: [] };
      return { roles: [subject, ...paragraph.roles] };
    },
  },
  {
    id: 'known-heading',
    why: 'The reader knows the line is a heading (a Markdown "##" line; fixture markdown-input).',
    apply: (c) => {
      const text = c.line.text;
      // Only Markdown input knows headings: no line's text is hashed for an empty set.
      if (c.knownHeadings.size === 0 || !c.knownHeadings.has(text) || numberedHeading(text) || paragraphStart(text)) return null;
      return heading(c, 'known-heading', { level: 4, number: null, text: cleanHeadingText(text) });
    },
  },
  {
    id: 'numbered-heading',
    why: 'Roman chapters and capital-letter sections, "VIII. RECOMMENDATIONS", "B. Positive aspects", possibly with the title on the next line or wrapped onto it (seed E/CN.4/2000/82, A/HRC/12/9).',
    apply: (c) => {
      const found = numberedHeading(c.line.text);
      if (!found) return null;
      const more: Line[] = [];
      let match = found;
      const next = c.body[c.k + 1];
      // "II." alone: the title is the next line.
      if (match.text === '' && next && !startsUnit(next) && next.text.length < HEADING_TEXT_MAX) {
        match = { ...match, text: numberedHeading(`${match.number}. ${next.text}`)?.text ?? next.text };
        more.push(next);
      }
      const cont = c.body[c.k + 1 + more.length];
      // A heading wraps onto the next line when that line goes on in lower case,
      // or when the heading stops on a word that cannot end it ("… of the").
      const wraps = cont !== undefined && (LOWER_START.test(cont.text) || DANGLING.test(match.text)) && !startsUnit(cont);
      if (cont && wraps && cont.text.length < HEADING_WRAP_MAX && !CLAUSE_END.test(match.text) && match.text.length > 0 && !cont.cut) {
        match = { ...match, text: `${match.text} ${cont.text}`.replace(TRAILING_ASTERISKS, '') };
        more.push(cont);
      }
      return heading(c, 'numbered-heading', match, more);
    },
  },
  {
    id: 'bare-roman-heading',
    why: 'A section number printed without its dot on a line of its own, the title on the next ("II" then "Rules of procedure and methods of work" between operative paragraphs of A/RES/79/117).',
    apply: (c) => {
      const number = BARE_ROMAN.exec(c.line.text)?.[1];
      const next = c.body[c.k + 1];
      if (!number || !c.tail.closed || !next || startsUnit(next) || next.text.length >= HEADING_TEXT_MAX) return null;
      const titled = numberedHeading(`${number}. ${next.text}`);
      return titled ? heading(c, 'bare-roman-heading', titled, [next]) : null;
    },
  },
  {
    id: 'numbered-paragraph',
    why: 'A number that fits the paragraph sequence, "91. The Special Rapporteur", "121.1 Ratify" (every corpus document); one that does not is text ("15." in a wrapped sentence or a table).',
    apply: (c) => numberedParagraph(c, 'numbered-paragraph', 0),
  },
  {
    id: 'lettered-item',
    why: '"(a)", "(ii)", "a)" that fit the item sequence where a new item may start: after closing punctuation, a bare number, a cut of a flattened line, or as the expected next letter (seed E/CN.4/2000/82, fixture french-items).',
    apply: (c) => {
      const item = itemStart(c.line.text);
      if (!item) return null;
      const following = nextItemLabel(c.body, c.k + 1);
      const placement = c.items.peek(item.label, following);
      if (!placement) return null;
      const expected = placement.gap === 0 && c.items.open;
      if (!(c.tail.closed || c.tail.bare || c.line.cut || expected)) return null;
      return { roles: [{ kind: 'item', rule: 'lettered-item', line: c.line, from: 0, textFrom: item.textFrom, marker: item.marker, placement, following }] };
    },
  },
  {
    id: 'unnumbered-heading',
    why: 'A short title-like line set apart from running text: after a closed sentence, or right before the paragraph that comes next in sequence even when extraction garbled the line before (CCPR/C/USA/CO/4, A/HRC/59/60).',
    apply: (c) => {
      const text = c.line.text;
      if (!mayBeSubjectHeading(text)) return null;
      const next = c.body[c.k + 1];
      const nextPara = next ? paragraphStart(next.text) : null;
      // Set apart by what came before, or (asked only when it is not: most lines of a body reach here) by the paragraph after.
      if (!(c.previousEnded && !c.tail.bare) && !beforeNextParagraph(c, text, nextPara)) return null;
      const nextStartsUnit = next === undefined || nextPara !== null || numberedHeading(next.text) !== null;
      const match = unnumberedHeading(text, true, nextStartsUnit);
      return match ? heading(c, 'unnumbered-heading', match) : null;
    },
  },
  {
    id: 'running-text',
    why: 'Anything else continues the unit before it.',
    apply: (c) => ({ roles: [{ kind: 'text', rule: 'running-text', line: c.line, from: 0 }] }),
  },
];

/** The rules in the order they are tried; the last always applies. */
export const ROLE_RULES: readonly RoleRule[] = rules;
