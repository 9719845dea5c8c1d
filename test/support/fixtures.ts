/** The fixture pairs: hand-made cases and the seeds, each an input and its expected JSON. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus.js';

export interface FixtureCase {
  name: string;
  input: string;
  expected: string;
}

export function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  const casesDir = join(ROOT, 'fixtures', 'cases');
  for (const name of readdirSync(casesDir).sort()) {
    const input = readdirSync(join(casesDir, name)).find((f) => f.startsWith('input.'));
    if (input) cases.push({ name, input: join(casesDir, name, input), expected: join(casesDir, name, 'expected.json') });
  }
  const seedsDir = join(ROOT, 'fixtures', 'seeds');
  for (const f of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    cases.push({ name: `seed ${f}`, input: join(seedsDir, f), expected: join(seedsDir, f.replace(/\.txt$/, '.expected.json')) });
  }
  return cases;
}
