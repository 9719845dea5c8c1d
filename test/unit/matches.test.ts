import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/base/matches.js';

describe('allMatches', () => {
  const patterns = [/\d+/g, /a*/g, /(?:)/gu, /\p{L}?/gu, /(?<=x)y|z/g, /(\d)(?=\/)/g];
  const text = fc.array(fc.constantFrom('a', '1', '23', 'x', 'y', 'z', '/', ' ', '😀', '\ud83d'), { maxLength: 20 }).map((u) => u.join(''));
  it.each(patterns.map((p) => [String(p), p] as const))('%s: the matches of matchAll, in order, with their groups and indexes', (_name, pattern) => {
    fc.assert(
      fc.property(text, (t) => {
        const got = allMatches(pattern, t).map((m) => ({ index: m.index, groups: [...m] }));
        expect(got).toEqual([...t.matchAll(pattern)].map((m) => ({ index: m.index, groups: [...m] })));
        expect(pattern.lastIndex).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
  it('refuses a pattern without the global flag, which would never end', () => expect(() => allMatches(/a/, 'aaa')).toThrow(TypeError));
  it('a search inside the loop over the matches of the same pattern changes nothing', () => {
    const pattern = /\d/g;
    const seen: string[] = [];
    for (const m of allMatches(pattern, '1 2 3')) seen.push(`${m[0]}:${allMatches(pattern, '45').length}`);
    expect(seen).toEqual(['1:2', '2:2', '3:2']);
  });
});
