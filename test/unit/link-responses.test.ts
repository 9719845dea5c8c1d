// A UPR report and its addendum in one run: answers applied, gaps and
// unknown answers reported, and the stream's order kept while a report
// waits for its addendum.
import { describe, expect, it } from 'vitest';
import { applyAddendum, ResponseLinker } from '../../src/assemble/link-responses.js';
import type { RecordOut, UnDocument } from '../../src/schema/document.js';

const record = (label: string, response: RecordOut['response']): RecordOut =>
  ({ label, response, responseSource: response ? { symbol: 'A/HRC/1/1', paragraph: label.split('.')[0]! } : null }) as RecordOut;
const report = (symbol: string, records: RecordOut[]): UnDocument =>
  ({ symbol, docKind: 'upr', recommendations: records, responses: [], messages: [], pages: [] }) as unknown as UnDocument;
const addendum = (symbol: string, answers: [string, 'supported' | 'noted'][]): UnDocument =>
  ({ symbol, docKind: 'upr', recommendations: [], responses: answers.map(([recommendation, response]) => ({ recommendation, response, paragraph: '3' })), messages: [], pages: [] }) as unknown as UnDocument;

describe('applyAddendum', () => {
  it('pending records take the answers; the source names the addendum', () => {
    const linked = applyAddendum(report('A/HRC/1/1', [record('121.1', 'supported'), record('122.1', 'pending'), record('122.2', 'pending')]), addendum('A/HRC/1/1/Add.1', [['122.1', 'supported'], ['122.2', 'noted']]));
    expect(linked.recommendations.map((r) => `${r.label}:${r.response}:${r.responseSource?.symbol}`)).toEqual(['121.1:supported:A/HRC/1/1', '122.1:supported:A/HRC/1/1/Add.1', '122.2:noted:A/HRC/1/1/Add.1']);
    expect(linked.messages).toEqual([]);
  });
  it('bare numbers mean the list under the one pending chapeau', () => {
    const linked = applyAddendum(report('A/HRC/1/1', [record('115.1', 'pending'), record('115.2', 'pending')]), addendum('A/HRC/1/1/Add.1', [['1', 'noted'], ['2', 'supported']]));
    expect(linked.recommendations.map((r) => r.response)).toEqual(['noted', 'supported']);
  });
  it('a gap and an unknown answer are warnings', () => {
    const linked = applyAddendum(report('A/HRC/1/1', [record('122.1', 'pending'), record('122.2', 'pending')]), addendum('A/HRC/1/1/Add.1', [['122.1', 'noted'], ['122.9', 'noted']]));
    expect(linked.messages.map((m) => m.ruleId)).toEqual(['response-missing', 'response-unknown']);
  });
});

describe('ResponseLinker', () => {
  const run = (docs: (UnDocument | null)[]) => {
    const out: { n: number; responses: (string | null)[] }[] = [];
    const linker = new ResponseLinker<number>((doc, n) => out.push({ n, responses: doc?.recommendations.map((r) => r.response) ?? [] }));
    docs.forEach((d, n) => linker.push(d, n));
    linker.flush();
    return out;
  };
  const pending = () => report('A/HRC/1/1', [record('122.1', 'pending')]);
  const answer = () => addendum('A/HRC/1/1/Add.1', [['122.1', 'noted']]);
  it('the report waits for its addendum; input order is kept', () => {
    expect(run([pending(), null, answer()])).toEqual([{ n: 0, responses: ['noted'] }, { n: 1, responses: [] }, { n: 2, responses: [] }]);
  });
  it('an addendum seen first is remembered', () => {
    expect(run([answer(), pending()]).map((o) => o.responses)).toEqual([[], ['noted']]);
  });
  it('without its addendum the report goes out as it is', () => {
    expect(run([pending(), null]).map((o) => o.responses)).toEqual([['pending'], []]);
  });
  it('another report\'s addendum does not answer it', () => {
    expect(run([pending(), addendum('A/HRC/2/2/Add.1', [['122.1', 'noted']])]).map((o) => o.responses)).toEqual([['pending'], []]);
  });
});
