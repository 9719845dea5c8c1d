/**
 * Report and addendum across a batch. Outputs finish in any order, so a UPR
 * report with pending recommendations is held until its addendum's answers
 * are known, then written once, linked. Reruns stay cheap and right: the
 * run report remembers which addendum (path and hash) a report was linked
 * with, and a skipped report is redone only when that partner changed, came
 * or went. Pure bookkeeping: the CLI reads, writes and schedules.
 */
import { answersSymbol, applyAddendum } from '../assemble/link-responses.js';
import type { UnDocument } from '../schema/document.js';

/** An input as the run report knows it. */
export interface LinkPartner {
  input: string;
  sha256: string;
}

/** What the run report keeps of a linked input, to decide on the next run. */
export interface LinkRecord {
  role: 'report' | 'addendum';
  symbol: string;
  /** For a report: the addendum whose answers it took, or null. */
  responsesFrom?: LinkPartner | null;
}

interface Addendum {
  symbol: string;
  partner: LinkPartner;
  /** Null when it was skipped as unchanged: its answers are not at hand. */
  doc: UnDocument | null;
}

/** What to do with the held reports once a pass of the batch is over. */
export interface PassEnd {
  /** Reports to write as they are, with no addendum (none in the batch). */
  writeAlone: { index: number; doc: UnDocument }[];
  /** Inputs to convert again, not skipped: addenda whose answers a report needs, reports whose partner changed. */
  redo: number[];
  /** Skipped reports whose last outcome stands. */
  keep: number[];
}

export class BatchLinks {
  private readonly addenda = new Map<number, Addendum>();
  private readonly held = new Map<number, UnDocument>();
  private readonly skipped = new Map<number, LinkRecord>();

  /** An addendum finished (parsed, or skipped with `doc` null). Returns the held reports it completes, linked. */
  addendum(index: number, symbol: string, partner: LinkPartner, doc: UnDocument | null): { index: number; doc: UnDocument }[] {
    this.addenda.set(index, { symbol, partner, doc });
    if (!doc) return [];
    const ready: { index: number; doc: UnDocument }[] = [];
    for (const [i, report] of this.held) {
      if (!answersSymbol(symbol, report.symbol)) continue;
      this.held.delete(i);
      ready.push({ index: i, doc: applyAddendum(report, doc) });
    }
    return ready;
  }

  /** A parsed report with pending recommendations: linked now, or null when it is held. */
  report(index: number, doc: UnDocument): UnDocument | null {
    const addendum = this.partnerOf(doc.symbol);
    if (addendum?.doc) return applyAddendum(doc, addendum.doc);
    this.held.set(index, doc);
    return null;
  }

  /** A report skipped as unchanged: decided at the end of the pass, when every addendum is known. */
  skippedReport(index: number, record: LinkRecord): void {
    this.skipped.set(index, record);
  }

  /** The addendum of the batch that answers a report, as the run report records it. */
  responsesFrom(reportSymbol: string | null): LinkPartner | null {
    return this.partnerOf(reportSymbol)?.partner ?? null;
  }

  /**
   * The pass is over: what is held or skipped is written, redone or kept.
   * After the last pass (`last`), whatever is still held is written alone.
   */
  endPass(last: boolean): PassEnd {
    const end: PassEnd = { writeAlone: [], redo: [], keep: [] };
    const redo = new Set<number>();
    const needAnswers = (symbol: string | null) => {
      for (const [i, a] of this.addenda) if (!a.doc && answersSymbol(a.symbol, symbol)) redo.add(i);
    };
    for (const [index, doc] of this.held) {
      if (!last && this.partnerOf(doc.symbol)) needAnswers(doc.symbol);
      else {
        end.writeAlone.push({ index, doc });
        this.held.delete(index);
      }
    }
    for (const [index, record] of this.skipped) {
      const now = this.responsesFrom(record.symbol);
      const before = record.responsesFrom ?? null;
      if (now?.input === before?.input && now?.sha256 === before?.sha256) end.keep.push(index);
      else {
        redo.add(index);
        needAnswers(record.symbol);
      }
    }
    this.skipped.clear();
    end.redo = [...redo].sort((a, b) => a - b);
    return end;
  }

  /** The first addendum in input order that answers the report (as `unrec parse` takes it). */
  private partnerOf(reportSymbol: string | null): Addendum | undefined {
    let first: [number, Addendum] | undefined;
    for (const entry of this.addenda) if (answersSymbol(entry[1].symbol, reportSymbol) && (!first || entry[0] < first[0])) first = entry;
    return first?.[1];
  }
}
