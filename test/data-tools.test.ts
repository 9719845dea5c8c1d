// Data that drops into jq, pandas, spreadsheets and map steps (issue 14): labels stay
// strings beside integer columns, stdout keeps one shape whatever the number of inputs,
// the batch report stays out of the outputs' globs, lines carry their context and notes,
// --all and --item-rows work or are refused, failed inputs can be lines of the stream.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, toCsv, toNdjson, toJson } from '../src/index.js';
import { DocumentSchema, ErrorLineSchema, RecordLineSchema } from '../src/schema/document.js';
import { unrec } from './support/cli.js';
import { ROOT } from './support/corpus.js';

const UPR = join(ROOT, 'fixtures', 'data', 'upr-report.txt');
const SEED = join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt');
const lines = (ndjson: string) => ndjson.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

/** The JSON values of a stream of documents written one after another. */
function jsonStream(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
  }
  return values;
}

describe('labels, sorting and grouping', () => {
  it('label stays the printed string; paragraph and subparagraph are integers ("120.10" is not "120.1")', async () => {
    const r = await unrec(['parse', UPR, '--format', 'ndjson']);
    const recs = lines(r.stdout);
    const ten = recs.find((l) => l.label === '120.10')!;
    expect(ten).toMatchObject({ paragraph: 120, subparagraph: 10 });
    expect(recs.find((l) => l.label === '120.1')).toMatchObject({ paragraph: 120, subparagraph: 1 });
    expect(new Set(recs.map((l) => l.label)).size).toBe(recs.length);
    for (const l of recs) RecordLineSchema.parse(l);
  });

  it('a paragraph without a sub-number has subparagraph null, a leading fragment both null', async () => {
    const doc = JSON.parse((await unrec(['parse', SEED, '--all'])).stdout);
    const p91 = doc.recommendations.find((r: { label: string }) => r.label === '91');
    expect(p91).toMatchObject({ paragraph: 91, subparagraph: null });
    const fragment = doc.paragraphs.find((p: { label: string }) => p.label === '');
    expect(fragment).toMatchObject({ paragraph: null, subparagraph: null });
  });
});

describe('one shape of stdout, whatever the number of inputs', () => {
  it('json: one document object per input, one after another', async () => {
    const one = jsonStream((await unrec(['parse', SEED])).stdout);
    const two = jsonStream((await unrec(['parse', SEED, UPR])).stdout);
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(2);
    for (const d of two) DocumentSchema.parse(d);
    expect(two[0]).toEqual(one[0]);
  });

  it('json with --jobs 2 is the same stream', async () => {
    const serial = await unrec(['parse', SEED, UPR]);
    const parallel = await unrec(['parse', SEED, UPR, '--jobs', '2']);
    expect(parallel.stdout).toBe(serial.stdout);
  });
});

describe('records carry their context and notes', () => {
  it('NDJSON: source, document context and the text of each footnote', async () => {
    const recs = lines((await unrec(['parse', UPR, '--format', 'ndjson'])).stdout);
    const withNote = recs.find((l) => l.label === '120.2')!;
    expect(withNote).toMatchObject({ source: UPR, reviewState: 'Arcadia', docKind: 'upr', date: '2029-01-04', language: 'en', footnotes: ['1'] });
    expect(withNote.notes).toEqual([{ marker: '1', text: 'See A/HRC/32/19, para. 12.' }]);
  });

  it('CSV: source, paragraph, subparagraph and footnotes columns, appended after the old ones', async () => {
    const csv = (await unrec(['parse', UPR, '--format', 'csv'])).stdout;
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toBe('symbol,label,page,section,text,states,response,comment,date,title,docKind,language,reviewState,id,source,paragraph,subparagraph,footnotes');
    expect(rows.find((r) => r.includes('#para_120.2,'))).toContain(`${UPR},120,2,"1: See A/HRC/32/19, para. 12."`);
  });

  it('--all: every paragraph in NDJSON and CSV, with isRecord', async () => {
    const all = lines((await unrec(['parse', SEED, '--format', 'ndjson', '--all'])).stdout);
    const records = lines((await unrec(['parse', SEED, '--format', 'ndjson'])).stdout);
    expect(all.length).toBeGreaterThan(records.length);
    expect(all.filter((l) => l.isRecord === true)).toHaveLength(records.length);
    expect(all.some((l) => l.isRecord === false)).toBe(true);
    const csv = (await unrec(['parse', SEED, '--format', 'csv', '--all'])).stdout.trim().split('\r\n');
    expect(csv[0]!.endsWith(',footnotes,isRecord')).toBe(true);
  });

  it('--item-rows: one CSV row per sub-item, nested ones with their path', async () => {
    const csv = (await unrec(['parse', UPR, '--format', 'csv', '--item-rows'])).stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]!.endsWith(',item,itemMarker,itemText')).toBe(true);
    const rows = csv.filter((r) => r.includes('#para_120.4,'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,a,\(a\),inclusive schools in every district;$/);
    expect(rows[1]).toMatch(/,b,\(b\),trained teachers \(Portugal\);$/);
    // A record without items is one row with empty item cells.
    expect(csv.filter((r) => r.includes('#para_120.1,'))[0]).toMatch(/,,,$/);
  });

  it('flags a format cannot honour are refused, not ignored', async () => {
    expect((await unrec(['parse', SEED, '--format', 'md', '--all'])).code).toBe(2);
    expect((await unrec(['parse', SEED, '--item-rows'])).code).toBe(2);
    expect((await unrec(['parse', SEED, '--on-error', 'record'])).code).toBe(2);
    const r = await unrec(['parse', SEED, '--format', 'csv', '--on-error', 'record']);
    expect(r.stderr).toContain('--on-error record needs --format ndjson');
  });
});

describe('errors as data for map steps', () => {
  it('--on-error record: a failed input is exactly one error line in the stream, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-onerr-'));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj <<');
    const r = await unrec(['parse', SEED, 'broken.pdf', 'missing.txt', UPR, '--format', 'ndjson', '--on-error', 'record'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    const errors = out.filter((l) => 'error' in l);
    expect(errors.map((e) => e.source)).toEqual(['broken.pdf', 'missing.txt']);
    for (const e of errors) ErrorLineSchema.parse(e);
    expect(errors[1]).toEqual({ source: 'missing.txt', error: { ruleId: 'input-unreadable', severity: 'error', reason: 'no such file', page: null, line: null } });
    // Order is input order: the seed's records, the two errors, then the UPR report's.
    const sources = [...new Set(out.map((l) => l.source))];
    expect(sources).toEqual([SEED, 'broken.pdf', 'missing.txt', UPR]);
    // Without it the default stays: exit 1, nothing but records on stdout.
    const strict = await unrec(['parse', SEED, 'missing.txt', '--format', 'ndjson'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(lines(strict.stdout).every((l) => !('error' in l))).toBe(true);
  });

  it('schema --record, --error and --spark describe every line the stream has', async () => {
    const record = JSON.parse((await unrec(['schema', '--record'])).stdout);
    const error = JSON.parse((await unrec(['schema', '--error'])).stdout);
    const spark = JSON.parse((await unrec(['schema', '--spark'])).stdout);
    expect(record.title).toBe('unrec record line');
    expect(error.required).toEqual(['source', 'error']);
    const sparkFields = spark.fields.map((f: { name: string }) => f.name);
    expect(sparkFields).toEqual([...Object.keys(record.properties), 'error']);
    expect(spark.fields.find((f: { name: string }) => f.name === 'paragraph').type).toBe('long');
    // Every key of every line is a Spark column, with the type Spark would give it.
    const recs = lines((await unrec(['parse', UPR, '--format', 'ndjson'])).stdout);
    for (const l of recs) for (const k of Object.keys(l)) expect(sparkFields).toContain(k);
    expect((await unrec(['schema', '--record', '--spark'])).code).toBe(2);
  });
});

describe('the batch report stays out of the outputs', () => {
  it('is .unrec/report.ndjson: out/*.ndjson are outputs only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-rep-'));
    mkdirSync(join(dir, 'in'));
    copyFileSync(SEED, join(dir, 'in', 'a.txt'));
    copyFileSync(UPR, join(dir, 'in', 'b.txt'));
    const r = await unrec(['batch', 'in', '--out-dir', 'out', '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(0);
    const visible = readdirSync(join(dir, 'out')).filter((f) => !f.startsWith('.'));
    expect(visible.sort()).toEqual(['a.txt.ndjson', 'b.txt.ndjson']);
    for (const f of visible) for (const l of lines(readFileSync(join(dir, 'out', f), 'utf8'))) RecordLineSchema.parse(l);
    expect(existsSync(join(dir, 'out', '.unrec', 'report.ndjson'))).toBe(true);
    expect(r.stderr).toContain('out/.unrec/report.ndjson');
  });

  it("an earlier version's report (out/unrec-report.ndjson) is read, then moved: outputs stay unrec's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unrec-legacy-'));
    mkdirSync(join(dir, 'in'));
    copyFileSync(SEED, join(dir, 'in', 'a.txt'));
    await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    // As a run of the earlier version left it: the report at the top of the folder.
    const { renameSync, rmSync } = await import('node:fs');
    renameSync(join(dir, 'out', '.unrec', 'report.ndjson'), join(dir, 'out', 'unrec-report.ndjson'));
    rmSync(join(dir, 'out', '.unrec'), { recursive: true });
    const again = await unrec(['batch', 'in', '--out-dir', 'out'], { cwd: dir });
    expect(again.code).toBe(0); // its output is not "a file unrec did not write"
    expect(again.stderr).not.toContain('never overwritten');
    expect(existsSync(join(dir, 'out', 'unrec-report.ndjson'))).toBe(false);
    expect(lines(readFileSync(join(dir, 'out', '.unrec', 'report.ndjson'), 'utf8'))).toHaveLength(1);
  });
});

describe('the library gives what the CLI writes', () => {
  it('parse() takes a string or bytes; the exported emitters write the CLI output byte for byte', async () => {
    const text = readFileSync(UPR, 'utf8');
    const fromString = await parse(text, { path: UPR });
    const fromBytes = await parse(readFileSync(UPR), { path: UPR });
    expect(fromString).toEqual(fromBytes);
    expect(toNdjson(fromString)).toBe((await unrec(['parse', UPR, '--format', 'ndjson'])).stdout);
    expect(toCsv(fromString)).toBe((await unrec(['parse', UPR, '--format', 'csv'])).stdout);
    expect(toJson(fromString)).toBe((await unrec(['parse', UPR])).stdout);
    expect((await parse('1. The Committee recommends that the State party act.')).source.path).toBe('-');
  });
});
