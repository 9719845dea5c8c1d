// Fixture pairs: input → expected JSON. Run with UPDATE=1 to regenerate the
// expected files, then review the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { ROOT } from './support/corpus.js';
import { fixtureCases } from './support/fixtures.js';

const UPDATE = process.env.UPDATE === '1';
const cases = fixtureCases();

describe('fixture pairs', () => {
  it.each(cases)('$name', async ({ input, expected }) => {
    const relative = input.slice(ROOT.length + 1);
    const doc = await parse(readFileSync(input), { path: relative, all: true });
    const actual = `${JSON.stringify(doc, null, 2)}\n`;
    if (UPDATE || !existsSync(expected)) writeFileSync(expected, actual);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expected, 'utf8')));
  });
});
