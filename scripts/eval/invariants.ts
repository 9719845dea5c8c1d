/**
 * Invariants that hold for any document, gold or not: no record carries a
 * footnote rule, the document's own symbol or a job number, and every number
 * with a separator ("2,967,200", "4.30", "4.10") that its source lines print
 * comes out unchanged. Counted over every corpus document by `npm run eval`
 * and the corpus test, so a leak shows without anyone writing a check for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseOptions } from '../../src/base/options.js';
import { runPipeline, type PipelineRun } from '../../src/pipeline.js';
import { textWithItems } from '../../src/assemble/items.js';
import type { ItemNode, ParagraphNode } from '../../src/assemble/tree.js';

export interface Invariants {
  records: number;
  /** Records with a run of five underscores (a footnote separator). */
  rule: number;
  /** Records that print the document's own symbol (a running header). */
  ownSymbol: number;
  /** Records with a job number ("GE.19-21936", "23-21227 (E)") or a barcode. */
  jobNumber: number;
  /** Records in which a number of their source lines is missing or altered. */
  numbers: number;
  /** Documents with a title. */
  titles: number;
  /** Titles that hold a whole sentence of body text (a title never ends a sentence): the block ran on. */
  runOnTitles: number;
  /** Words of the body lines that reach no output (paragraph, item, heading, loose text): text lost silently. */
  lostWords: number;
  /** Words of the body lines, for the share lost. */
  bodyWords: number;
  /** One example per kind of failure, for fixing things. */
  examples: string[];
}

const RULE = /_{5,}/;
/** A sentence's end inside or at the end of a title: two lower-case letters, a full stop, then a capital or the end. */
const TITLE_SENTENCE = /\p{Ll}{2}["”’)]{0,2}[.!?](?:["”’)]?\s+[\p{Lu}\p{Lo}]|["”’)]?$)/u;
const JOB = /\bGE\.\d{2}-\d{4,6}\b|(?<![\d/.-])\d{2}-\d{5}\*?\s?\([A-Z]\)|\*\d{7,10}\*/;
/**
 * A number with thousands separators ("2,967,200"), a decimal point ("4.10") or a time ("4.30", "14:30"):
 * never a footnote marker, whole or in part. "2023,15" is a year, a comma and marker 15, so a comma needs
 * groups of three.
 */
const SEPARATED_NUMBER = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{1,2}:\d{2})(?![\p{L}\p{N}]|[.,:]\p{N})/gu;

function sourceLines(p: ParagraphNode): string[] {
  const ofItem = (i: ItemNode): string[] => [...i.pieces.map((x) => x.line.text.slice(x.from)), ...i.items.flatMap(ofItem)];
  return [...p.pieces.map((x) => x.line.text.slice(x.from)), ...p.items.flatMap(ofItem)];
}

function emptyInvariants(): Invariants {
  return { records: 0, rule: 0, ownSymbol: 0, jobNumber: 0, numbers: 0, titles: 0, runOnTitles: 0, lostWords: 0, bodyWords: 0, examples: [] };
}

/** The invariants of one run (parsed with `all: true`, so paragraphs line up with the tree). */
function invariantsOf(run: PipelineRun, name: string): Invariants {
  const out = emptyInvariants();
  const paragraphs = run.document.paragraphs ?? [];
  const symbol = run.document.symbol?.replace(/\*$/, '') ?? null;
  const note = (kind: 'rule' | 'ownSymbol' | 'jobNumber' | 'numbers', label: string, detail: string) => {
    if (out[kind]++ === 0) out.examples.push(`${name} ${label} ${kind}: ${detail}`);
  };
  paragraphs.forEach((p, i) => {
    if (!p.isRecord) return;
    out.records++;
    // A UPR comment is kept apart from the text, but is the paragraph's output all the same.
    const text = [textWithItems(p.text, p.items), p.comment ?? ''].join(' ').trim();
    const around = (at: number) => text.slice(Math.max(0, at - 40), at + 40);
    const rule = RULE.exec(text);
    if (rule) note('rule', p.label, around(rule.index));
    if (symbol && symbol.length > 4 && text.includes(symbol)) note('ownSymbol', p.label, around(text.indexOf(symbol)));
    const job = JOB.exec(text);
    if (job) note('jobNumber', p.label, around(job.index));
    const node = run.tree.paragraphs[i];
    if (!node) return;
    // "2022.5" in the source is "2022." and marker 5 when the record took footnote 5 there.
    const markers = [...p.footnotes, ...p.items.flatMap((i) => i.footnotes)];
    const explained = (n: string) => markers.some((m) => n.endsWith(m) && text.includes(n.slice(0, -m.length)));
    const missing = sourceLines(node).flatMap((l) => [...l.matchAll(SEPARATED_NUMBER)].map((m) => m[0])).filter((n) => !text.includes(n) && !explained(n));
    if (missing.length) note('numbers', p.label, `${missing.slice(0, 3).join(' ')} missing from "${text.slice(0, 60)}…"`);
  });
  const title = run.document.title;
  if (title !== null) {
    out.titles++;
    // "…Slovenia The present report is a compilation…": a sentence closed inside the title, or at its end.
    if (TITLE_SENTENCE.test(title)) {
      out.runOnTitles++;
      out.examples.push(`${name} runOnTitle: ${title.slice(0, 120)}…`);
    }
  }
  accountWords(run, paragraphs, out, name);
  return out;
}

/** Words of at least two letters, lower-cased. */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
}

/**
 * Every word of a body line reaches the output: a paragraph or item text, a
 * heading, or the loose text before the first paragraph (masthead, title,
 * preamble); contents lines, hyphenation restored and note letters glued to
 * a word are accounted as such. What is left was lost silently.
 */
function accountWords(run: PipelineRun, paragraphs: NonNullable<PipelineRun['document']['paragraphs']>, out: Invariants, name: string): void {
  const produced = new Map<string, number>();
  const add = (text: string) => {
    for (const w of words(text)) produced.set(w, (produced.get(w) ?? 0) + 1);
    // Hyphenation accounted: "secretary-general" in the output is "secretarygeneral" in pdftotext's line.
    for (const m of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
      const closed = m[0].replace(/-/g, '');
      produced.set(closed, (produced.get(closed) ?? 0) + 1);
    }
  };
  // Markers accounted: a note letter glued to a word ("Othera") is the word and marker "a".
  const markers = new Set(run.document.footnotes.map((f) => f.marker).filter((m) => /^[a-z]{1,3}$/.test(m)));
  const take = (w: string): boolean => {
    const n = produced.get(w) ?? 0;
    if (n === 0) return false;
    produced.set(w, n - 1);
    return true;
  };
  for (const p of paragraphs) add(`${textWithItems(p.text, p.items)} ${p.comment ?? ''}`);
  for (const h of run.tree.headings) add(`${h.number ?? ''} ${h.text}`);
  for (const piece of run.tree.loose) add(piece.line.text.slice(piece.from));
  for (const role of run.roles) if (role.kind === 'toc' || role.kind === 'closing') add(role.line.text);
  for (const role of run.roles) if (role.kind === 'heading') for (const more of role.more) add(more.text);
  const lost: string[] = [];
  for (const line of run.segmented.lines) {
    if (line.zone !== 'body') continue;
    for (const w of words(line.text)) {
      out.bodyWords++;
      if (take(w)) continue;
      const marker = [...markers].find((m) => w.endsWith(m) && take(w.slice(0, -m.length)));
      if (marker === undefined) lost.push(w);
    }
  }
  out.lostWords += lost.length;
  if (lost.length) out.examples.push(`${name} lostWords: ${lost.length} (${lost.slice(0, 8).join(' ')})`);
}

export function addInvariants(list: readonly Invariants[]): Invariants {
  const out = emptyInvariants();
  for (const x of list) {
    out.records += x.records;
    out.rule += x.rule;
    out.ownSymbol += x.ownSymbol;
    out.jobNumber += x.jobNumber;
    out.numbers += x.numbers;
    out.titles += x.titles;
    out.runOnTitles += x.runOnTitles;
    out.lostWords += x.lostWords;
    out.bodyWords += x.bodyWords;
    out.examples.push(...x.examples);
  }
  return out;
}

/** The extraction mode of a corpus file, as the gold tables name them. */
function modeOf(file: string): string {
  if (file.startsWith('pdf/')) return 'pdf';
  if (file.startsWith('txt/pdftotext/')) return 'pdftotext';
  if (file.startsWith('txt/pdftotext-layout/')) return 'pdftotext-layout';
  if (file.startsWith('seeds/')) return 'seed';
  return 'thirdparty';
}

/** Every PDF and text file of the corpus, parsed, with its invariants; files unrec refuses are left out. */
export async function corpusInvariants(corpusDir: string, files: readonly string[], options: ParseOptions = {}): Promise<{ file: string; mode: string; invariants: Invariants }[]> {
  const out: { file: string; mode: string; invariants: Invariants }[] = [];
  for (const file of files.filter((f) => /\.(?:pdf|txt)$/.test(f)).sort()) {
    let run: PipelineRun;
    try {
      run = await runPipeline(readFileSync(join(corpusDir, file)), { ...options, path: file, all: true });
    } catch {
      continue; // a hostile file: refused, with its own tests
    }
    out.push({ file, mode: modeOf(file), invariants: invariantsOf(run, file) });
  }
  return out;
}
