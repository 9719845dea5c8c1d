/**
 * Scoring a parse against a gold file: records (precision, recall, F1 by
 * label; optional gold records count neither way), and, on matched records,
 * exact sub-item lists, recommending States, start words and page labels;
 * leak checks (strings that must not appear in any record) and join checks
 * (phrases that must appear, joined, in a given record); the symbol.
 */
import { textWithItems } from '../../src/assemble/items.js';
import type { Item, RecordOut, UnDocument } from '../../src/schema/document.js';
import type { Gold } from './gold.js';

export interface Ratio {
  hit: number;
  total: number;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  items: Ratio;
  states: Ratio;
  start: Ratio;
  page: Ratio;
  pdfPage: Ratio;
  leaks: Ratio;
  joins: Ratio;
  symbol: Ratio;
  /** Document metadata and UPR positions (only where the gold file annotates them). */
  date: Ratio;
  title: Ratio;
  review: Ratio;
  response: Ratio;
  /** Human-readable differences, for fixing things. */
  problems: string[];
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });

function itemLabels(items: readonly Item[], prefix = ''): string[] {
  return items.flatMap((i) => [`${prefix}${i.label}`, ...itemLabels(i.items, `${prefix}${i.label}.`)]);
}

/** Text a reader sees for a record: own text then items. */
function recordFullText(r: RecordOut): string {
  return textWithItems(r.text, r.items).replace(/\s+/g, ' ').trim();
}

function words(s: string): string[] {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').split(/\s+/).filter(Boolean);
}

/** The record opens with the gold start: its first six words, or (Chinese, no spaces) its first characters. */
function sameStart(text: string, start: string): boolean {
  const want = words(start).join(' ');
  const got = words(text).join(' ');
  if (!/\s/.test(start) && /\p{sc=Han}/u.test(start)) return got.replace(/\s/g, '').startsWith(want);
  return got === want || got.startsWith(`${want} `);
}

export function scoreDocument(doc: UnDocument, gold: Gold): Score {
  const s: Score = {
    tp: 0, fp: 0, fn: 0, items: ratio(), states: ratio(), start: ratio(), page: ratio(), pdfPage: ratio(),
    leaks: ratio(), joins: ratio(), symbol: ratio(), date: ratio(), title: ratio(), review: ratio(), response: ratio(), problems: [],
  };
  const byLabel = new Map<string, RecordOut>();
  for (const r of doc.recommendations) if (!byLabel.has(r.label)) byLabel.set(r.label, r);
  const goldLabels = new Set(gold.records.map((g) => g.label));
  // A text that prints no page numbers at all (third-party extractions that
  // dropped them) is right to give null: page labels are not scored there.
  const printsPages = doc.pages.some((p) => p.label !== null);
  for (const g of gold.records) {
    const r = byLabel.get(g.label);
    if (!r) {
      if (!g.optional) {
        s.fn++;
        s.problems.push(`missing ${g.label}`);
      }
      continue;
    }
    if (!g.optional) s.tp++;
    const gotItems = itemLabels(r.items).join(',');
    s.items.total++;
    if (gotItems === g.items.join(',')) s.items.hit++;
    else s.problems.push(`items ${g.label}: got [${gotItems}] want [${g.items.join(',')}]`);
    if (gold.docKind === 'upr') {
      s.states.total++;
      if (r.states.join('|') === g.states.join('|')) s.states.hit++;
      else s.problems.push(`states ${g.label}: got ${JSON.stringify(r.states)} want ${JSON.stringify(g.states)}`);
    }
    s.start.total++;
    if (sameStart(recordFullText(r), g.start)) s.start.hit++;
    else s.problems.push(`start ${g.label}: got "${words(recordFullText(r)).slice(0, 6).join(' ')}" want "${g.start}"`);
    if (g.page !== undefined && printsPages) {
      s.page.total++;
      if (r.page === g.page) s.page.hit++;
      else s.problems.push(`page ${g.label}: got ${r.page} want ${g.page}`);
    }
    if (g.response !== undefined) {
      s.response.total++;
      if (r.response === g.response) s.response.hit++;
      else s.problems.push(`response ${g.label}: got ${r.response} want ${g.response}`);
    }
    if (g.pdfPage !== undefined && r.pdfPage !== null) {
      s.pdfPage.total++;
      if (r.pdfPage === g.pdfPage) s.pdfPage.hit++;
      else s.problems.push(`pdfPage ${g.label}: got ${r.pdfPage} want ${g.pdfPage}`);
    }
  }
  for (const r of byLabel.values()) {
    if (!goldLabels.has(r.label)) {
      s.fp++;
      s.problems.push(`extra ${r.label}: "${r.text.slice(0, 60)}"`);
    }
  }
  const texts = doc.recommendations.map(recordFullText);
  for (const bad of gold.checks.mustNotContain) {
    s.leaks.total++;
    const culprit = doc.recommendations.find((_, i) => texts[i]!.includes(bad));
    if (!culprit) s.leaks.hit++;
    else s.problems.push(`leak "${bad}" in ${culprit.label}`);
  }
  for (const { label, text } of gold.checks.mustContain) {
    s.joins.total++;
    const r = byLabel.get(label);
    const norm = (x: string) => x.replace(/\s+/g, ' ');
    if (r && norm(recordFullText(r)).includes(norm(text))) s.joins.hit++;
    else s.problems.push(`join ${label}: "${text}" not found`);
  }
  const compare = (k: 'date' | 'title' | 'review', got: unknown, want: unknown) => {
    if (want === undefined) return;
    s[k].total++;
    if (JSON.stringify(got) === JSON.stringify(want)) s[k].hit++;
    else s.problems.push(`${k}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
  };
  compare('date', doc.date, gold.date);
  // Titles as printed: case and spacing aside (old documents print them in capitals).
  const titleKey = (t: string | null | undefined) => (typeof t === 'string' ? t.toLowerCase().replace(/\s+/g, ' ').trim() : t);
  compare('title', titleKey(doc.title), titleKey(gold.title));
  compare('review', doc.review, gold.review);
  s.symbol.total++;
  if (doc.symbol === gold.symbol && doc.otherSymbols.join('|') === gold.otherSymbols.join('|')) s.symbol.hit++;
  else s.problems.push(`symbol: got ${doc.symbol} ${JSON.stringify(doc.otherSymbols)} want ${gold.symbol} ${JSON.stringify(gold.otherSymbols)}`);
  return s;
}

/** Sum several scores (micro-average). */
export function addScores(scores: readonly Score[]): Score {
  const total: Score = {
    tp: 0, fp: 0, fn: 0, items: ratio(), states: ratio(), start: ratio(), page: ratio(), pdfPage: ratio(),
    leaks: ratio(), joins: ratio(), symbol: ratio(), date: ratio(), title: ratio(), review: ratio(), response: ratio(), problems: [],
  };
  for (const s of scores) {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    for (const k of ['items', 'states', 'start', 'page', 'pdfPage', 'leaks', 'joins', 'symbol', 'date', 'title', 'review', 'response'] as const) {
      total[k].hit += s[k].hit;
      total[k].total += s[k].total;
    }
  }
  return total;
}

export function precision(s: Score): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: Score): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}

export function f1(s: Score): number {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function rate(r: Ratio): number {
  return r.total === 0 ? 1 : r.hit / r.total;
}
