// The join stage's word counts and word finder (src/assemble/word-counts.ts):
// what a word is, case-blind counting, and whole-word replacement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/assemble/join.js';
import { foldWord, GivenWordCounts, hyphenatedWords, isWordUnit, WordCounts, WordSet } from '../../src/assemble/word-counts.js';

/** Text made of the units that decide where words are cut. */
const wordy = fc.array(fc.constantFrom('a', 'B', 'é', 'É', 'д', 'Ж', '中', '-', '--', ' ', '\n', '1', ',', '’', '\ud83d\ude00', 'ab', 'state', 'State-owned'), { maxLength: 60 }).map((u) => u.join(''));

describe('WordCounts', () => {
  const text = 'The State party, the STATE and the state-owned firms; Gov- ernment inter-agency -x ÉTAT état État l’État Государство государство a';
  const counts = new WordCounts(text);
  it.each([
    ['state', 2],
    ['State', 2],
    ['state-owned', 1],
    ['the', 3],
    ['gov', 1],
    ['inter-agency', 1],
    ['état', 4],
    ['государство', 2],
    ['x', 0], // one letter is no word
    ['a', 0],
    ['owned', 0], // part of a hyphenated word only
    ['missing', 0],
  ])('%s: %i', (word, n) => expect(counts.count(word)).toBe(n));
  it('lists each hyphenated word once, lower-cased, in order of first sight', () => {
    expect(new WordCounts('Inter-agency work, inter-agency aid, long-term Long-Term').hyphenated).toEqual(['inter-agency', 'long-term']);
  });
  it('counts words of two letters and more', () => expect([...new WordCounts('ab ab cd e').words()].sort()).toEqual(['ab', 'cd']));
});

describe('counting only some words', () => {
  it('hyphenatedWords finds what WordCounts lists, from the hyphens alone', () => {
    fc.assert(fc.property(wordy, (text) => {
      expect(hyphenatedWords(text)).toEqual(new WordCounts(text).hyphenated);
    }), { numRuns: 1000 });
  });
  it('GivenWordCounts counts each given word as WordCounts does, and says null for any other', () => {
    fc.assert(
      fc.property(wordy, fc.array(wordy.filter((w) => w.length > 0), { maxLength: 8 }), (text, words) => {
        const all = new WordCounts(text);
        const given = new GivenWordCounts(text, [...words, ...all.words()]);
        for (const w of [...words, ...all.words()]) expect(given.count(w)).toBe(all.count(w));
        expect(new GivenWordCounts(text, []).count('state')).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
  it('counts the long words alone as WordCounts does, the shorter runs skipped unread', () => {
    fc.assert(
      fc.property(wordy, fc.integer({ min: 3, max: 9 }), (text, shortest) => {
        const all = new WordCounts(text);
        const long = [...all.words()].filter((w) => w.length >= shortest);
        const given = new GivenWordCounts(text, long);
        for (const w of long) expect(given.count(w)).toBe(all.count(w));
      }),
      { numRuns: 1000 },
    );
  });
  it('Vocabulary answers about a word it did not count in advance as if it had counted every word', () => {
    fc.assert(
      fc.property(wordy, fc.array(wordy, { maxLength: 6 }), (text, words) => {
        const vocabulary = new Vocabulary(text);
        const all = new WordCounts(text);
        for (const w of [...words, 'state', 'ab', 'state-owned']) expect(vocabulary.count(w)).toBe(all.count(w));
      }),
      { numRuns: 500 },
    );
  });
});

describe('WordSet', () => {
  const set = new WordSet(['slowonset', 'SecretaryGeneral']);
  const mark = (text: string) => set.replaceIn(text, (w) => `[${w}]`);
  it.each([
    ['a word of the set', 'the slowonset events', 'the [slowonset] events'],
    ['any case, as printed', 'the SECRETARYGENERAL and the secretarygeneral', 'the [SECRETARYGENERAL] and the [secretarygeneral]'],
    ['inside a longer word: no', 'slowonsets and unslowonset', 'slowonsets and unslowonset'],
    ['next to a hyphen or a digit', 'slowonset-prone 2slowonset', '[slowonset]-prone 2[slowonset]'],
    ['at both ends', 'slowonset', '[slowonset]'],
    ['none: the same string', 'nothing here', 'nothing here'],
  ])('%s', (_why, text, expected) => expect(mark(text)).toBe(expected));
});

describe('WordSet on random text', () => {
  /** The reference: cut the text into maximal runs of word units and replace those that are words of the set. */
  const reference = (text: string, words: readonly string[]) => {
    const set = new Set(words.map(foldWord));
    let out = '';
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && isWordUnit(text.charCodeAt(j))) j++;
      if (j > i) {
        const run = text.slice(i, j);
        out += set.has(foldWord(run)) ? `[${run}]` : run;
        i = j;
      } else out += text[i++];
    }
    return out;
  };
  it('replaces exactly the whole runs that are words of the set, of any length', () => {
    fc.assert(
      fc.property(wordy, fc.integer({ min: 2, max: 9 }), (text, shortest) => {
        const runs = text.split(/[^\p{L}\ud800-\udfff]+/u).filter((r) => r.length >= shortest);
        const words = runs.length ? runs.slice(0, 3) : ['state'];
        expect(new WordSet(words).replaceIn(text, (w) => `[${w}]`)).toBe(reference(text, words));
      }),
      { numRuns: 1000 },
    );
  });
});
