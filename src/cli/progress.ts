/** Progress line and run summary of `unrec batch`, as text (the caller decides where it goes). */
import { join } from 'node:path';

export interface Tally {
  ok: number;
  failed: number;
  skipped: number;
  records: number;
  pages: number;
  done: number;
  total: number;
  /** performance.now() at the start of the run. */
  started: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "[12/40] 38 pages/s ETA 0:42 archive/report.pdf" */
export function formatProgress(t: Tally, current: string, now = performance.now()): string {
  const seconds = (now - t.started) / 1000;
  const rate = seconds > 0 ? t.pages / seconds : 0;
  const eta = t.done > 0 ? (seconds / t.done) * (t.total - t.done) : NaN;
  const name = current.length > 50 ? `…${current.slice(-49)}` : current;
  return `[${t.done}/${t.total}] ${rate.toFixed(1)} pages/s ETA ${clock(eta)} ${name}`;
}

/** "unrec batch: 38 ok, 1 failed, 1 skipped; 1234 records, 567 pages; 12.3 s → out/.unrec/report.ndjson" */
export function formatSummary(t: Tally, outDir: string, reportName: string, now = performance.now()): string {
  const seconds = (now - t.started) / 1000;
  return `unrec batch: ${t.ok} ok, ${t.failed} failed, ${t.skipped} skipped; ${t.records} records, ${t.pages} pages; ${seconds.toFixed(1)} s → ${join(outDir, reportName)}`;
}
