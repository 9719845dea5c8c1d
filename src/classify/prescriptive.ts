/**
 * Does a paragraph tell someone to act? ANNOTATION.md: it recommends, urges,
 * encourages, calls upon, requests or invites someone to act, or says what
 * someone should / must / ought to do. Reported speech ("The President urged
 * States to…", "speakers stressed that States should…") describes a meeting
 * and is not the author's recommendation (A/HRC/59/60 is full of it), so a
 * sentence governed by a past-tense reporting verb does not count.
 */
import { allMatches } from '../base/matches.js';
import { directiveTables, languageWords } from '../vocabulary/languages/index.js';

const SENTENCE = /[^.;!?]+(?:[.;!?]+|$)/g;

/** A passive request named by its active verb, so that its signal is the verb's: "is requested to" → "requests". */
const PASSIVE_VERB = /\b(requested|invited|encouraged|urged|recommended) to\b/;
const ACTIVE: Record<string, string> = { requested: 'requests', invited: 'invites', encouraged: 'encourages', urged: 'urges', recommended: 'recommends' };

/** The directive signals of a text in a language (every language's when it is unknown): empty when it is descriptive. */
export function prescriptiveSignals(text: string, language: string | null = null): string[] {
  const { directives, reporting, nonDirectiveModal, imperative } = directiveTables(language);
  const signals = new Set<string>();
  if (imperative.some((p) => p.test(text.trimStart()))) signals.add('mood:imperative');
  for (const m of allMatches(SENTENCE, text)) {
    const sentence = m[0];
    const modalsDirect = !nonDirectiveModal.test(sentence);
    // Reported speech puts the reporting verb first: "X stressed that States should…".
    const reportedFrom = sentence.search(reporting);
    for (const [pattern, signal] of directives) {
      if (signal.startsWith('modal:') && !modalsDirect) continue;
      const at = sentence.search(pattern);
      if (at >= 0 && (reportedFrom < 0 || at < reportedFrom)) signals.add(signal);
    }
  }
  return [...signals];
}

/** Each pattern's global twin, made once (not once per sentence). */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  return global;
}

/**
 * The stricter test for documents without a recommendations heading
 * (narrative reports, national reports, session reports): a directive counts
 * only in the author's own voice, present tense. "The Special Rapporteur
 * recommends", "I call upon", "is requested to", "States should" are
 * prescriptive; "the Mission continued to call upon", "at the request of",
 * "to request corrections", "The Constitution is the highest legal act" are
 * not (S/2025/383, A/HRC/WG.6/7/SVN/1). Languages without an author table
 * keep the plain directives.
 */
export function authoredSignals(text: string, language: string | null): string[] {
  const words = languageWords(language);
  const authored = words?.authored;
  if (!words || !authored) return prescriptiveSignals(text, language);
  const { reporting, nonDirectiveModal, imperative } = directiveTables(language);
  const signals = new Set<string>();
  // The signal names stay those of the directives: which verb or modal the author used.
  const name = (phrase: string, modalsOnly = false, fallback: string | null = 'voice:author') => {
    let named = false;
    for (const [pattern, signal] of words.directives) {
      if ((!modalsOnly || signal.startsWith('modal:')) && pattern.test(phrase)) {
        signals.add(signal);
        named = true;
      }
    }
    // A directive the plain table has no name for ("I … call for"): still the author's.
    if (!named && fallback) signals.add(fallback);
  };
  const start = text.trimStart();
  if (imperative.some((p) => p.test(start))) signals.add('mood:imperative');
  const operative = authored.operative.exec(start);
  if (operative) name(operative[0]);
  for (const m of allMatches(SENTENCE, text)) {
    const sentence = m[0];
    // "is requested to" is a request, not a report: blank it out before looking for reporting verbs.
    // Looked for only once a pattern of the author's words is found (most sentences have none).
    let reportedFrom: number | undefined;
    const reported = () => (reportedFrom ??= (authored.passive.test(sentence) ? sentence.replace(globalOf(authored.passive), (p) => ' '.repeat(p.length)) : sentence).search(reporting));
    // The author's words: from where the author speaks to the end of the sentence, unless reported.
    const own = (re: RegExp) => {
      const found = re.exec(sentence);
      if (!found) return null;
      const from = reported();
      return from < 0 || found.index < from ? sentence.slice(found.index, from < 0 ? undefined : from) : null;
    };
    const directive = own(authored.directive) ?? own(authored.passive);
    if (directive) name(directive.replace(PASSIVE_VERB, (_, verb: string) => `${ACTIVE[verb]} to`).replace(/\bcalled (?:up)?on\b/, 'calls upon'));
    const duty = own(authored.dutyBearerModal);
    // The author's frame ("The Special Rapporteur believes that …") over a modal of the same sentence.
    const framed = duty === null && own(authored.frame) !== null;
    // "It should be noted", "how States should …": a modal that directs no one (asked only of a sentence with a duty or frame).
    if ((duty === null && !framed) || nonDirectiveModal.test(sentence)) continue;
    if (duty !== null) name(duty, true);
    else name(sentence, true, null);
  }
  return [...signals];
}
