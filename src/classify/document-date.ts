/**
 * The issue date of a document: the date its masthead prints under
 * "Distr.", in any of the languages' date forms, as ISO YYYY-MM-DD. Session
 * dates ("24 February–20 March 2020"), adoption dates ("on 8 December 2023")
 * and dates inside a title ("Letter dated 2 June 2025") are not it.
 */
import { allMatches } from '../base/matches.js';
import type { Line } from '../base/line.js';
import { LANGUAGES } from '../vocabulary/languages/index.js';

/** The masthead is the top of the first page: its date is within this many non-blank lines… */
const MASTHEAD_DATE_LINES = 14;
/** …and, for text extracted without line breaks, within this many characters. */
const MASTHEAD_DATE_CHARS = 400;

/** What stands right before a date that is not the issue date: a range's other end, an adoption or a letter's date. */
const NOT_ISSUE_DATE = /(?:[–—-]\s*|\b(?:on|dated|of|from|to|until|du|au|le|del|al|el)\s+)$/i;
/** What follows a range's first date ("16 June–8 July 2025" reads "8 July 2025" too: its start has no year). */
const RANGE_AFTER = /^\s*[–—-]\s*\d/;

interface FoundDate {
  iso: string;
  at: number;
}

function isoOf(groups: Record<string, string | undefined>, months: readonly string[]): string | null {
  const { day, month, year } = groups;
  if (!day || !month || !year) return null;
  let m = /^\d+$/.test(month) ? Number(month) : months.findIndex((name) => name.toLowerCase() === month.toLowerCase().replace(/\s+/g, ' ')) + 1;
  if (m === 0) m = months.findIndex((name) => name.split('/').some((part) => part === month)) + 1;
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || new Date(Date.UTC(Number(year), m - 1, d)).getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every language's date patterns, made global once (allMatches needs the flag). */
const DATE_PATTERNS = LANGUAGES.flatMap((lang) => lang.dates.map((p) => ({ re: new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`), months: lang.months })));

/** Every full date in a text, in order. */
export function datesIn(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { re, months } of DATE_PATTERNS) {
    for (const m of allMatches(re, text)) {
      const iso = m.groups ? isoOf(m.groups, months) : null;
      if (iso) out.push({ iso, at: m.index });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The issue date of the masthead on the first page's lines, or null. */
export function findIssueDate(firstPageLines: readonly Line[]): string | null {
  const lines = firstPageLines.filter((l) => l.zone !== 'blank').slice(0, MASTHEAD_DATE_LINES);
  let seen = 0;
  for (const line of lines) {
    const text = line.text.slice(0, Math.max(0, MASTHEAD_DATE_CHARS - seen));
    for (const d of datesIn(text)) {
      const before = text.slice(0, d.at);
      const rest = text.slice(d.at);
      if (NOT_ISSUE_DATE.test(before) || RANGE_AFTER.test(rest.replace(/^\S+\s+\S+(?:\s+\d{4})?/, ''))) continue;
      return d.iso;
    }
    seen += line.text.length;
    if (seen >= MASTHEAD_DATE_CHARS) break;
  }
  return null;
}
