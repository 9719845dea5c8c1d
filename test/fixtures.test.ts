// Fixture pairs: input → expected JSON. Run with UPDATE=1 to regenerate the
// expected files, then review the diff before committing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { ROOT } from './support/corpus.js';

const UPDATE = process.env.UPDATE === '1';
const cases: { name: string; input: string; expected: string }[] = [];
const casesDir = join(ROOT, 'fixtures', 'cases');
for (const name of readdirSync(casesDir).sort()) {
  const input = readdirSync(join(casesDir, name)).find((f) => f.startsWith('input.'));
  if (input) cases.push({ name, input: join(casesDir, name, input), expected: join(casesDir, name, 'expected.json') });
}
const seedsDir = join(ROOT, 'fixtures', 'seeds');
for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  cases.push({ name: `seed ${f}`, input: join(seedsDir, f), expected: join(seedsDir, f.replace(/\.txt$/, '.expected.json')) });
}

describe('fixture pairs', () => {
  it.each(cases)('$name', async ({ input, expected }) => {
    const relative = input.slice(ROOT.length + 1);
    const doc = await parse(readFileSync(input), { path: relative, all: true });
    const actual = `${JSON.stringify(doc, null, 2)}\n`;
    if (UPDATE || !existsSync(expected)) writeFileSync(expected, actual);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expected, 'utf8')));
  });
});
