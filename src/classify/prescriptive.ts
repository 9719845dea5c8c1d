/**
 * Does a paragraph tell someone to act? ANNOTATION.md: it recommends, urges,
 * encourages, calls upon, requests or invites someone to act, or says what
 * someone should / must / ought to do. Reported speech ("The President urged
 * States to…", "speakers stressed that States should…") describes a meeting
 * and is not the author's recommendation (A/HRC/59/60 is full of it), so a
 * sentence governed by a past-tense reporting verb does not count.
 */
import { DIRECTIVES, IMPERATIVE_PATTERNS, NON_DIRECTIVE_MODAL, REPORTING } from '../vocabulary/languages/index.js';

const SENTENCE = /[^.;!?]+(?:[.;!?]+|$)/g;

/** The directive signals of a text: empty when it is descriptive. */
export function prescriptiveSignals(text: string): string[] {
  const signals = new Set<string>();
  if (IMPERATIVE_PATTERNS.some((p) => p.test(text.trimStart()))) signals.add('mood:imperative');
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    const modalsDirect = !NON_DIRECTIVE_MODAL.test(sentence);
    // Reported speech puts the reporting verb first: "X stressed that States should…".
    const reportedFrom = sentence.search(REPORTING);
    for (const [pattern, signal] of DIRECTIVES) {
      if (signal.startsWith('modal:') && !modalsDirect) continue;
      const at = sentence.search(pattern);
      if (at >= 0 && (reportedFrom < 0 || at < reportedFrom)) signals.add(signal);
    }
  }
  return [...signals];
}
