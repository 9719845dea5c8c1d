/**
 * Invariants that hold for any document, gold or not: no record carries a
 * footnote rule, the document's own symbol or a job number, and every number
 * with a separator ("2,967,200", "4.30", "4.10") that its source lines print
 * comes out unchanged. Counted over every corpus document by `npm run eval`
 * and the corpus test, so a leak shows without anyone writing a check for it.
 */
import type { PipelineRun } from '../../src/pipeline.js';
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
  /** One example per kind of failure, for fixing things. */
  examples: string[];
}

const RULE = /_{5,}/;
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
  return { records: 0, rule: 0, ownSymbol: 0, jobNumber: 0, numbers: 0, examples: [] };
}

/** The invariants of one run (parsed with `all: true`, so paragraphs line up with the tree). */
function invariantsOf(run: PipelineRun, name: string): Invariants {
  const out = emptyInvariants();
  const paragraphs = run.document.paragraphs ?? [];
  const symbol = run.document.symbol?.replace(/\*$/, '') ?? null;
  const note = (kind: keyof Omit<Invariants, 'records' | 'examples'>, label: string, detail: string) => {
    if (out[kind]++ === 0) out.examples.push(`${name} ${label} ${kind}: ${detail}`);
  };
  paragraphs.forEach((p, i) => {
    if (!p.isRecord) return;
    out.records++;
    const text = textWithItems(p.text, p.items);
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
  return out;
}

export function addInvariants(list: readonly Invariants[]): Invariants {
  const out = emptyInvariants();
  for (const x of list) {
    out.records += x.records;
    out.rule += x.rule;
    out.ownSymbol += x.ownSymbol;
    out.jobNumber += x.jobNumber;
    out.numbers += x.numbers;
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
export async function corpusInvariants(corpusDir: string, files: readonly string[]): Promise<{ file: string; mode: string; invariants: Invariants }[]> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { runPipeline } = await import('../../src/pipeline.js');
  const out: { file: string; mode: string; invariants: Invariants }[] = [];
  for (const file of files.filter((f) => /\.(?:pdf|txt)$/.test(f)).sort()) {
    let run: PipelineRun;
    try {
      run = await runPipeline(readFileSync(join(corpusDir, file)), { path: file, all: true });
    } catch {
      continue; // a hostile file: refused, with its own tests
    }
    out.push({ file, mode: modeOf(file), invariants: invariantsOf(run, file) });
  }
  return out;
}
