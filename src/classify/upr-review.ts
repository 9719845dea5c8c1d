/**
 * The review a UPR working-group report (or its addendum) is about: the
 * State under review as its title prints it, the working-group session as
 * the introduction prints it ("held its thirty-fourth session"), and the
 * cycle, from the session or else from the document's date.
 */
import { looksLikeStateName } from './states.js';
import { UPR_LANGUAGES } from '../vocabulary/languages/index.js';
import { ordinalPhraseValue, ordinalValue } from '../vocabulary/ordinals.js';

export interface Review {
  state: string;
  cycle: number;
  session: number | null;
}

/** The title line the State is printed under, wrapped or not. */
const UPR_TITLE_END = /Universal\s+Periodic\s+Review\W*$/i;
/** The introduction: "The Working Group … held its seventh session from 8 to 19 February 2010". */
const SESSION_SENTENCE = /\bheld\s+its\s+([A-Za-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+session\b/;
/** The introduction names the State too: "The review of the Islamic Republic of Iran was held at the 7th meeting". */
const REVIEW_SENTENCE = /\bThe\s+review\s+of\s+(?:the\s+)?([A-Z][^.;:]{1,70}?)\s+(?:was|took\s+place)\b/;

/**
 * Last working-group session of each cycle (Human Rights Council resolutions
 * 5/1 and 16/21; OHCHR's cycle pages): cycle 1 ran sessions 1–12 (2008–2011),
 * 2 sessions 13–26 (2012–2016), 3 sessions 27–40 (2017–2022), 4 from 41.
 */
const CYCLE_LAST_SESSION = [12, 26, 40] as const;
/** First month (YYYY-MM) of cycles 2, 3 and 4: a document dated from then on belongs to that cycle at the earliest. */
const CYCLE_START = ['2012-05', '2017-05', '2022-11'] as const;

export function cycleOf(session: number | null, date: string | null): number | null {
  if (session !== null) return CYCLE_LAST_SESSION.findIndex((last) => session <= last) + 1 || CYCLE_LAST_SESSION.length + 1;
  if (date === null) return null;
  return CYCLE_START.filter((start) => date.slice(0, 7) >= start).length + 1;
}

function asState(line: string, language: string | null): string | null {
  const name = line.replace(/[*\d]+$/, '').replace(/\s+/g, ' ').trim();
  if (!name || name.length > 70) return null;
  return looksLikeStateName(name, language) && !/^(?:Addendum|Corrigendum|Summary|Contents|Introduction|Report|Note|Annex)\b/.test(name) ? name : null;
}

/**
 * The same reading in the other languages, from their UPR words: the line
 * after the title ("…Examen périodique universel*" / "Burkina Faso"), else
 * the introduction's review sentence; the session from its sentence
 * ("a tenu sa quarante-septième session", "举行了第四十七届会议").
 */
function translatedReview(frontLines: readonly string[], intro: string, language: string | null): { state: string; session: number | null } | null {
  for (const upr of UPR_LANGUAGES) {
    // The title may wrap; the line that ends it holds a letter (not a lone "*").
    const k = frontLines.findLastIndex((l, j) => /[\p{L}]/u.test(l) && upr.titleEnd.test(`${frontLines[j - 1] ?? ''} ${l}`));
    let state = k >= 0 && frontLines[k + 1] !== undefined ? asState(frontLines[k + 1]!, language) : null;
    const m = state === null && upr.review ? upr.review.exec(intro) : null;
    if (m?.groups?.state) state = asState(m.groups.state, language);
    if (state === null) continue;
    const s = upr.session.exec(intro);
    return { state, session: s?.groups?.n ? ordinalPhraseValue(s.groups.n, upr.ordinals) : null };
  }
  return null;
}

/**
 * The review of a UPR document, from its front lines (the title block) and
 * its body text, or null when the State under review is printed nowhere.
 */
export function findReview(frontLines: readonly string[], bodyText: string, date: string | null, language: string | null = null): Review | null {
  let state: string | null = null;
  // The title may wrap: "…on the Universal Periodic" / "Review*".
  // The last such line: the agenda item "Universal periodic review" is printed above the title.
  const k = frontLines.findLastIndex((l, j) => UPR_TITLE_END.test(`${frontLines[j - 1] ?? ''} ${l}`) && /Review\W*$/i.test(l));
  if (k >= 0) {
    // The State follows the title, on its own line, or after it on a flattened line.
    const after = frontLines[k + 1];
    state = after === undefined ? null : asState(after, language);
  }
  const intro = bodyText.slice(0, INTRO_CHARS);
  if (state === null) {
    const m = REVIEW_SENTENCE.exec(intro);
    if (m) state = asState(m[1]!, language);
  }
  let session: number | null = null;
  if (state === null) {
    const translated = translatedReview(frontLines, intro, language);
    if (translated === null) return null;
    ({ state, session } = translated);
  } else {
    const s = SESSION_SENTENCE.exec(intro);
    session = s ? ordinalValue(s[1]!) : null;
  }
  const cycle = cycleOf(session, date);
  return cycle === null ? null : { state, cycle, session };
}

/** The introduction, where the session and the review are told, is within the first pages. */
const INTRO_CHARS = 20_000;
