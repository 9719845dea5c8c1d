/**
 * A UPR addendum ("Views on conclusions and/or recommendations … presented
 * by the State under review", …/Add.1) answers the recommendations the
 * report left pending. Two printed forms:
 * - lists: "The Government accepts the following recommendations 122.1,
 *   122.17-18, …" / "… notes recommendations 6–13, 17, …" (2015 on), with
 *   ranges whose end drops the paragraph ("122.17-18"), en dashes, spaced
 *   dashes ("150 – 152"), a line break after the dash;
 * - one answer per paragraph, numbered as the report's list ("5., 6., 7. The
 *   Slovenian Government accepts these recommendations", "cannot, at this
 *   point in time, make a definitive statement") (2010).
 * Where both are printed, the lists win: comment blocks after them are
 * explanations, not answers.
 */
import { allMatches } from '../base/matches.js';
import type { UprResponse } from './upr-positions.js';

export interface AddendumAnswer {
  /** As the addendum numbers it: "122.17", or "17" when it numbers the report's list 1…n. */
  recommendation: string;
  response: Exclude<UprResponse, 'pending'>;
  /** Label of the addendum paragraph that gives the answer. */
  paragraph: string;
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3})?`;
/**
 * "122.91104": a range "122.91-104" whose line-end hyphen the extractor
 * dropped when it joined the lines (pdftotext's default mode does).
 */
const HYPHEN_DROPPED = String.raw`\d{1,3}\.\d{4,6}(?![\d.])`;
const RANGE = String.raw`(?:${HYPHEN_DROPPED}|${NUMBER}(?:\s*[-–—]\s*${NUMBER})?)`;
/** A list of recommendations: numbers and ranges separated by commas, "and", or a full stop used as a comma ("140.35. 140.36"). */
const LIST = String.raw`${RANGE}(?:\s*(?:,|;|\band\b|\.(?=\s+\d))\s*${RANGE})*`;

/** Verbs of a list sentence and the answer each gives; "does not accept" before "accept". */
const LIST_VERBS: readonly [RegExp, Exclude<UprResponse, 'pending'>][] = [
  [/\b(?:does|do|can)\s*not\s+(?:accept|support)|\brejects?\b/i, 'noted'],
  [/\b(?:notes?|takes?\s+note\s+of)\b/i, 'noted'],
  [/\b(?:accepts?|supports?)\b/i, 'supported'],
];

const LIST_SENTENCE = new RegExp(
  String.raw`(${LIST_VERBS.map(([re]) => `(?:${re.source})`).join('|')})\s+(?:the\s+)?(?:following\s+)?(?:recommendations?|recs?\.)\s+(?:Nos?\.\s*)?(${LIST})`,
  'gi',
);

/** A range longer than this is a misreading, not a list (the longest UPR list holds about 300 recommendations). */
const RANGE_MAX = 300;

/** "122.17-18" → 122.17, 122.18; "1–5" → 1…5; "122.2-10" → 122.2…122.10. */
export function expandRange(token: string): string[] {
  const dropped = /^(\d{1,3})\.(\d{4,6})$/.exec(token.trim());
  if (dropped) {
    const [, main, digits] = dropped;
    // The split into the shortest rising range of numbers of at most three digits: "6266" is 62–66, not 6–266.
    const splits = [1, 2, 3]
      .map((k) => [digits!.slice(0, k), digits!.slice(k)] as const)
      .filter(([a, b]) => b.length <= 3 && !b.startsWith('0') && Number(b) > Number(a))
      .sort(([a1, b1], [a2, b2]) => Number(b1) - Number(a1) - (Number(b2) - Number(a2)));
    return splits.length ? expandRange(`${main}.${splits[0]![0]}-${splits[0]![1]}`) : [];
  }
  const m = /^(?:(\d{1,3})\.)?(\d{1,3})(?:\s*[-–—]\s*(?:(\d{1,3})\.)?(\d{1,3}))?$/.exec(token.trim());
  if (!m) return [];
  const [, main, first, endMain, last] = m;
  const prefix = main ? `${main}.` : '';
  if (last === undefined) return [`${prefix}${first}`];
  if (endMain !== undefined && endMain !== main) return [`${prefix}${first}`, `${endMain}.${last}`];
  const from = Number(first);
  const to = Number(last);
  if (to < from || to - from > RANGE_MAX) return [`${prefix}${first}`, `${prefix}${last}`];
  return Array.from({ length: to - from + 1 }, (_, k) => `${prefix}${from + k}`);
}

function listResponse(verb: string): Exclude<UprResponse, 'pending'> {
  return LIST_VERBS.find(([re]) => re.test(verb))![1];
}

/** Answers printed as lists, in order. */
function listAnswers(paragraphs: readonly { label: string; text: string }[]): AddendumAnswer[] {
  const out: AddendumAnswer[] = [];
  for (const p of paragraphs) {
    for (const m of allMatches(LIST_SENTENCE, p.text)) {
      const response = listResponse(m[1]!);
      const tokens = m[2]!.split(/\s*(?:,|;|\band\b|\.(?=\s+\d))\s*/).filter(Boolean);
      for (const t of tokens) for (const recommendation of expandRange(t)) out.push({ recommendation, response, paragraph: p.label });
    }
  }
  return out;
}

/** Refusals and non-commitments first: a partial answer ("accepts … cannot accept …") is not a support. */
const ANSWER_NOTED = /\b(?:cannot|can\s*not|does\s+not|is\s+not\s+in\s+a\s+position\s+to)\s+accept\b|\bcannot,?\s+(?:at\s+this\s+point\s+in\s+time,?\s+)?make\s+a\s+definitive\s+statement\b|\brejects?\b|\btakes?\s+note\s+of\s+th(?:is|ese)\s+recommendations?\b/i;
const ANSWER_SUPPORTED = /\b(?:accepts?|agrees?\s+with|supports?)\b/i;
/** Labels printed inside a paragraph's text: "… children. 5., 6., 7., 8., 9. The Slovenian Government accepts …". */
const INLINE_LABELS = /(?=\s)(?<=[.;:)”"])\s+((?:\d{1,3}\.,?(?:\s+|$))+)(?=\p{Lu}|$)/gu;

/** Two or more labels inside a sentence, before a lower-case word: the second line of a label column. */
const WRAPPED_LABELS = /\s((?:\d{1,3}\.,\s+)+\d{1,3}\.)\s+(?=\p{Ll})/gu;

/** Answers printed one per paragraph, numbered as the report's list. */
function paragraphAnswers(paragraphs: readonly { label: string; text: string }[]): AddendumAnswer[] {
  const out: AddendumAnswer[] = [];
  for (const p of paragraphs) {
    if (!/^\d{1,3}$/.test(p.label)) continue;
    const blocks: { labels: string[]; text: string }[] = [];
    let labels = [p.label];
    let from = 0;
    for (const m of allMatches(INLINE_LABELS, p.text)) {
      blocks.push({ labels, text: p.text.slice(from, m.index) });
      labels = m[1]!.match(/\d{1,3}/g)!;
      from = m.index + m[0].length;
    }
    blocks.push({ labels, text: p.text.slice(from) });
    // A label line that wraps ("40., 41., 42.," / "43., 44.") can come out after the answer it shares.
    const last = blocks[blocks.length - 1]!;
    if (blocks.length > 1 && last.text.trim() === '') blocks[blocks.length - 2]!.labels.push(...blocks.pop()!.labels);
    for (const b of blocks) {
      // The rest of a wrapped label line printed inside the answer's sentence ("in the light of the 83., 85., 86., 87. decision").
      for (const m of allMatches(WRAPPED_LABELS, b.text)) b.labels.push(...m[1]!.match(/\d{1,3}/g)!);
      const response = ANSWER_NOTED.test(b.text) ? 'noted' : ANSWER_SUPPORTED.test(b.text) ? 'supported' : null;
      if (response) for (const recommendation of b.labels) out.push({ recommendation, response, paragraph: labels === b.labels ? p.label : b.labels[0]! });
    }
  }
  return out;
}

/** The answers of an addendum's numbered paragraphs, lists first. */
export function addendumAnswers(paragraphs: readonly { label: string; text: string }[]): AddendumAnswer[] {
  const lists = listAnswers(paragraphs);
  return lists.length ? lists : paragraphAnswers(paragraphs);
}

/** An addendum of this kind says so in its title. */
export const ADDENDUM_TITLE = /Views\s+on\s+conclusions\s+and\/or\s+recommendations/i;

/** Counts an addendum prints of its own answers, in a sentence or the next: "of which 124 are now supported and 33 noted", "accepts 142 recommendations. … notes 21 recommendations". */
const PRINTED_SUPPORTED = [
  /\b(\d{1,3})\s+(?:recommendations\s+)?(?:are|were|have\s+been)\s+(?:now\s+|thus\s+|therefore\s+)?(?:supported|accepted)\b/gi,
  /\b(?:accepts?|supports?)\s+(\d{1,3})\s+(?:of\s+the(?:se)?\s+)?recommendations\b/gi,
];
const PRINTED_NOTED = [
  /\b(\d{1,3})\s+(?:recommendations\s+)?(?:are\s+|were\s+|have\s+been\s+)?noted\b/gi,
  /\b(?:notes|takes\s+note\s+of)\s+(\d{1,3})\s+(?:of\s+the(?:se)?\s+)?recommendations\b/gi,
];

const countsIn = (text: string, patterns: readonly RegExp[]) => patterns.flatMap((re) => allMatches(re, text).map((m) => Number(m[1])));

/**
 * The (supported, noted) totals an addendum prints: each supported count with
 * each noted count of the same or the next sentence. An addendum that prints
 * none gives none.
 */
export function printedTotals(text: string): { supported: number; noted: number; sentence: string }[] {
  const sentences = text.replace(/\s+/g, ' ').split(/(?=\s)(?<=[.;])\s+(?=\p{Lu})/u);
  const out: { supported: number; noted: number; sentence: string }[] = [];
  sentences.forEach((sentence, i) => {
    const supported = countsIn(sentence, PRINTED_SUPPORTED);
    if (!supported.length) return;
    const window = `${sentence} ${sentences[i + 1] ?? ''}`;
    for (const noted of countsIn(window, PRINTED_NOTED)) for (const s of supported) out.push({ supported: s, noted, sentence });
  });
  return out;
}

/** A comment block's heading inside a list paragraph: "… additional information. 122.2–4 The ratification …". */
const COMMENT_HEADING = new RegExp(String.raw`(?=\s)(?<=[.;:])\s+(\d{1,3}\.\d{1,3}(?:\s*[-–—]\s*(?:\d{1,3}\.)?\d{1,3})?)\s+(?=\p{Lu})`, 'gu');

export interface CommentContradiction {
  /** The heading as printed: "122.2–4". */
  heading: string;
  recommendation: string;
  /** The answer of the list the comment block follows. */
  under: Exclude<UprResponse, 'pending'>;
  /** The answer the lists give it, or null when no list names it. */
  listed: Exclude<UprResponse, 'pending'> | null;
  paragraph: string;
}

/**
 * Comment blocks printed after a list ("The Government wishes to provide the
 * following additional information. 122.2–4 …") whose heading names a
 * recommendation that the lists answer otherwise, or not at all. The lists
 * win; each contradiction is for a warning.
 */
export function commentContradictions(paragraphs: readonly { label: string; text: string }[], answers: readonly AddendumAnswer[]): CommentContradiction[] {
  const listed = new Map(answers.map((a) => [a.recommendation, a.response]));
  const out: CommentContradiction[] = [];
  for (const p of paragraphs) {
    const lists = allMatches(LIST_SENTENCE, p.text);
    if (!lists.length) continue;
    for (const m of allMatches(COMMENT_HEADING, p.text)) {
      const before = lists.filter((l) => l.index + l[0].length <= m.index!);
      if (!before.length) continue;
      const under = listResponse(before[before.length - 1]![1]!);
      for (const recommendation of expandRange(m[1]!)) {
        const answer = listed.get(recommendation) ?? null;
        if (answer !== under) out.push({ heading: m[1]!, recommendation, under, listed: answer, paragraph: p.label });
      }
    }
  }
  return out;
}
