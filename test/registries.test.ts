// Registries, not copies: rule ids and output formats are defined once, and
// what users read (README, --help) is checked against them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/base/rule-ids.js';
import { EXTENSIONS, FORMATS } from '../src/emit/serialize.js';
import { ROOT } from './support/corpus.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('registries', () => {
  it('the README documents every rule id, and no other', () => {
    const table = [...README.matchAll(/^\| `([a-z-]+)` \| (?:info|warning|error)/gm)].map((m) => m[1]);
    expect(table).toEqual(Object.keys(RULE_IDS));
  });

  it('every rule id reported in the source is registered', () => {
    const used = new Set<string>();
    for (const f of readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(ROOT, 'src', f), 'utf8');
      for (const m of text.matchAll(/(?:Error\(.*, |messages\.add\(|ctx\.messages\.add\(|ruleId: )'([a-z]+(?:-[a-z]+)+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((id) => !(id in RULE_IDS))).toEqual([]);
  });

  it('every output format has an extension and is in the README', () => {
    for (const f of FORMATS) {
      expect(EXTENSIONS[f]).toBeTruthy();
      expect(README).toContain(f);
    }
  });
});
