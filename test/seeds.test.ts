// The quality bar of the two seed texts the product was specified from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { ROOT } from './support/corpus.js';

const seed = (name: string) => readFileSync(join(ROOT, 'fixtures', 'seeds', name));

describe('seed A/58/275 page 23 (flattened to one line)', async () => {
  const doc = await parse(seed('A_58_275_page23.txt'), { path: 'A_58_275_page23.txt', all: true });
  const labels = doc.recommendations.map((r) => r.label);

  it('finds paragraphs 78–83 (84 only announces recommendations)', () => {
    expect(labels).toEqual(['78', '79', '80', '81', '82', '83']);
    expect(doc.paragraphs!.find((p) => p.label === '84')!.isRecord).toBe(false);
  });
  it('reads the symbol from the text and page 23 from the glued page number', () => {
    expect(doc.symbol).toBe('A/58/275');
    for (const r of doc.recommendations) expect(r.page).toBe('23');
  });
  it('leaks neither the interface noise nor the page number', () => {
    const all = JSON.stringify(doc.paragraphs);
    expect(all).not.toContain('Select target paragraph');
    for (const p of doc.paragraphs!) expect(p.text).not.toMatch(/\b23$/);
  });
  it('keeps numbers that belong to the text', () => {
    const p80 = doc.recommendations.find((r) => r.label === '80')!;
    expect(p80.text).toContain('on 1 July 2003 of the International Convention');
    expect(p80.footnotes).toEqual([]);
  });
  it('flags paragraph 84 as cut by the page end', () => {
    expect(doc.paragraphs!.find((p) => p.label === '84')!.continues).toBe(true);
  });
});

describe('seed E/CN.4/2000/82 page 18', async () => {
  const doc = await parse(seed('E_CN.4_2000_82_page18.txt'), { path: 'E_CN.4_2000_82_page18.txt', all: true });

  it('gives paragraph 91 with items (a)–(h) on page 18 under VIII. RECOMMENDATIONS', () => {
    expect(doc.recommendations).toHaveLength(1);
    const r = doc.recommendations[0]!;
    expect(r.label).toBe('91');
    expect(r.id).toBe('E/CN.4/2000/82#para_91');
    expect(r.page).toBe('18');
    expect(r.section).toBe('VIII. RECOMMENDATIONS');
    expect(r.items.map((i) => i.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(r.items.map((i) => i.marker)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)']);
  });
  it('splits footnote markers 11 and 12 off "framework;" and "violated;"', () => {
    const items = doc.recommendations[0]!.items;
    expect(items[3]!.text.endsWith('in that framework;')).toBe(true);
    expect(items[3]!.footnotes).toEqual(['11']);
    expect(items[7]!.text.endsWith('are violated;')).toBe(true);
    expect(items[7]!.footnotes).toEqual(['12']);
    expect(doc.footnotes.map((f) => f.marker)).toEqual(['11', '12']);
  });
  it('keeps the leading fragment, flagged, and never as a record', () => {
    const fragment = doc.paragraphs![0]!;
    expect(fragment.continued).toBe(true);
    expect(fragment.isRecord).toBe(false);
    expect(fragment.text.startsWith('response from the relevant authorities')).toBe(true);
  });
  it('keeps real hyphens at line ends', () => {
    expect(doc.recommendations[0]!.items[0]!.text).toContain('an inter-agency task force');
  });
  it('points positions back into the input', () => {
    const text = readFileSync(join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt'), 'utf8');
    const r = doc.recommendations[0]!;
    expect(text.slice(r.position.start, r.position.start + 3)).toBe('91.');
    expect(r.position.line).toBe(7);
  });
});
