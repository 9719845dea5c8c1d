/**
 * What kind of document this is decides which paragraphs are records
 * (ANNOTATION.md): UPR working-group reports, resolutions and decisions
 * (including drafts "…/L.17"), and reports of every other kind.
 */
import type { DocKind } from '../schema/document.js';

const RESOLUTION_SYMBOL = /\/(?:RES|DEC)\/|\/L\.\d/;
/** Resolutions and decisions of organs; a treaty body's decision on a communication is not one. */
const RESOLUTION_TEXT =
  /^(?:(?:Resolution|Decision) adopted by the (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council|Council|Commission|Assembly)|Draft resolution|Adopted by the Security Council at its|.{0,80}: (?:draft )?resolution$)/im;
const UPR_TITLE = /Report of the Working Group on the Universal\s+Periodic\s+Review/i;
const REPORT_TITLE = /^(?:Report|Note by|Concluding observations|Letter dated|Identical letters|Summary|Compilation|Annual report|Observations)/im;

/**
 * `attributedLists`: how many sub-numbered paragraphs end with a State's
 * parenthesis ("… (France);"). Without the title page (a page range, a
 * fragment), a run of them still tells a UPR report.
 */
export function detectDocKind(symbol: string | null, frontText: string, title: string | null, attributedLists = 0): DocKind {
  if (symbol && RESOLUTION_SYMBOL.test(symbol)) return 'resolution';
  if (RESOLUTION_TEXT.test(frontText)) return 'resolution';
  if (UPR_TITLE.test(frontText)) return 'upr';
  if (attributedLists >= 3 && symbol !== null && /^A\/HRC\/\d+\/\d+$/.test(symbol)) return 'upr';
  if ((title && REPORT_TITLE.test(title)) || REPORT_TITLE.test(frontText)) return 'report';
  return 'other';
}

const TITLE_START = /^(?:Report|Note|Letter|Identical letters|Resolution adopted|Decision adopted|Draft resolution|Concluding observations|Summary|Compilation|Annual report|National report|Observations|Decision|Resolution)\b/;

/**
 * The title: the first line of the front matter that opens like a UN title,
 * with the lines that continue it (lower-case start, or a wrapped title
 * without closing punctuation), footnote asterisks removed.
 */
export function findTitle(frontLines: readonly string[]): string | null {
  const k = frontLines.findIndex((l) => TITLE_START.test(l));
  if (k < 0) return null;
  let title = frontLines[k]!;
  for (let j = k + 1; j < frontLines.length && j < k + 4; j++) {
    const next = frontLines[j]!;
    const wrapped = /[a-z,]$/.test(title) && /^[A-Za-z(]/.test(next) && next.length < 80 && !TITLE_START.test(next);
    if (!wrapped) break;
    title = `${title} ${next}`;
  }
  return title.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}
