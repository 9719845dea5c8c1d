/**
 * A UPR addendum's answers, checked against the addendum itself: each
 * recommendation answered once, comment blocks under the list that holds
 * their recommendations, and the counts the addendum prints of its own answers.
 */
import { addendumAnswers, commentContradictions, printedTotals, type AddendumAnswer } from '../classify/addendum.js';
import type { Messages } from './diagnostics.js';
import { listed } from './link-responses.js';

/** The addendum's answers, each recommendation once (the first answer kept), with warnings for what does not fit. */
export function checkedAnswers(numbered: { label: string; text: string }[], bodyText: string, messages: Messages): AddendumAnswer[] {
  const answers = addendumAnswers(numbered);
  const seen = new Map<string, (typeof answers)[number]>();
  for (const a of answers) {
    const first = seen.get(a.recommendation);
    if (!first) seen.set(a.recommendation, a);
    else messages.add('response-duplicate', 'warning', `Unexpected second answer to recommendation ${a.recommendation} (paragraph ${a.paragraph}), expected one: the first, ${first.response} in paragraph ${first.paragraph}, is kept`, null, null);
  }
  const unique = [...seen.values()];
  const groups = new Map<string, string[]>();
  for (const c of commentContradictions(numbered, unique)) {
    const elsewhere = c.listed ? `the lists give them ${c.listed}` : 'no list names them';
    const key = `after the ${c.under} list of paragraph ${c.paragraph}, expected the recommendations of that list: ${elsewhere}`;
    groups.set(key, [...(groups.get(key) ?? []), c.recommendation]);
  }
  for (const [key, labels] of groups) {
    messages.add('response-contradiction', 'warning', `Unexpected comments on recommendations ${listed(labels)} (${labels.length}) ${key}; the lists win`, null, null);
  }
  const totals = printedTotals(bodyText);
  const supported = unique.filter((a) => a.response === 'supported').length;
  const noted = unique.length - supported;
  if (unique.length > 0 && totals.length > 0 && !totals.some((t) => t.supported === supported && t.noted === noted)) {
    const t = totals[totals.length - 1]!;
    messages.add('response-count', 'warning', `Unexpected ${supported} supported and ${noted} noted answers read, expected ${t.supported} and ${t.noted} as the addendum prints ("${t.sentence.slice(0, 120)}")`, null, null);
  }
  return unique;
}
