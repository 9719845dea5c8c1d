/**
 * Does the text before the first numbered paragraph continue a page that was
 * not given (a page range, a one-page extract)? Then it is kept as a
 * fragment, never a record. Forced by the seed A_58_275_page23.txt, which
 * opens mid-sentence.
 */
import type { Line } from '../base/line.js';

/** Masthead words: a first page that prints them opens a document, not a fragment. */
const MASTHEAD_WORDS = /^(?:Distr\.|United Nations|Nations Unies|UNITED|General Assembly|Security Council|Economic and Social Council)/;

/** A first line that goes on in lower case, a digit or clause punctuation continues a sentence. */
const CONTINUES_SENTENCE = /^[\p{Ll}\d,;.)]/u;

export function leadingTextIsFragment(bodyLines: readonly Line[], labels: readonly (string | null)[]): boolean {
  const firstText = bodyLines[0]?.text ?? '';
  if (CONTINUES_SENTENCE.test(firstText)) return true;
  const firstPage = bodyLines.filter((l) => l.page === (bodyLines[0]?.page ?? 0));
  const hasMasthead = firstPage.some((l) => MASTHEAD_WORDS.test(l.text));
  // Without a masthead, a first page printed as page 23 is the middle of a document.
  return !hasMasthead && labels[0] !== null && labels[0] !== '1';
}
