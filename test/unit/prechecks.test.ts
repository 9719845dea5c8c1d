// Plain searches that stand before a pattern or a per-unit scan (issue 15): each must
// never change an answer, only spare work where the answer is already known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceBefore } from '../../src/assemble/join.js';
import { InputPositions } from '../../src/assemble/positions.js';
import { mayHoldLeaders, mayRunIn, RUN_IN, TOC } from '../../src/classify/role-rules.js';
import { closesUnit, endsSentence } from '../../src/classify/roles.js';
import { mayBeMidPageFurniture, PAGE_OF_PAGES } from '../../src/segment/furniture.js';
import { takeEvidenceMarkers } from '../../src/vocabulary/markers.js';
import { BARCODE, GENEVA_JOB, NEW_YORK_JOB } from '../../src/vocabulary/patterns.js';

const identity = { toOriginal: (offset: number) => offset };
const units = (alphabet: string[], maxLength = 40) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((u) => u.join(''));

describe('mayHoldLeaders', () => {
  it('holds for every line the leader-dot pattern matches', () => {
    fc.assert(
      fc.property(units(['.', ' ', '\t', '…', 'a', '1', '. ', ' .']), (line) => {
        if (TOC.test(line)) expect(mayHoldLeaders(line)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    ['Introduction ........ 1-5', true],
    ['Contents . . . . . 3', true],
    ['Chapter……12', true],
    ['A line. With two. Dots.', false],
  ])('%s → %s', (line, expected) => expect(mayHoldLeaders(line)).toBe(expected));
});

describe('InputPositions', () => {
  /** Lines counted unit by unit: LF, CRLF and lone CR each end one. */
  const naiveLine = (input: string, offset: number) => {
    let line = 1;
    for (let i = 0; i < offset && i < input.length; i++) {
      const c = input[i];
      if (c === '\n' || (c === '\r' && input[i + 1] !== '\n')) line++;
    }
    return line;
  };
  it('counts lines as a walk over every unit does, with or without CR', () => {
    fc.assert(
      fc.property(units(['a', ' ', '\n', '\r', '\r\n', '\f', 'é']), fc.nat(), (input, at) => {
        const offset = input.length === 0 ? 0 : at % (input.length + 1);
        expect(new InputPositions(input, identity).lineOf(offset)).toBe(naiveLine(input, offset));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('takeEvidenceMarkers', () => {
  it('gives text without evidence marks back as it is', () => {
    fc.assert(
      fc.property(units(['a', '1', ' ', '.', '\uE001', '²']), (text) => {
        expect(takeEvidenceMarkers(text)).toEqual({ text, markers: [] });
      }),
    );
  });
});

describe('mayBeMidPageFurniture', () => {
  const patterns = [PAGE_OF_PAGES, NEW_YORK_JOB, GENEVA_JOB, BARCODE];
  it('holds for every line a mid-page furniture pattern matches', () => {
    fc.assert(
      fc.property(units(['GE.', '09-', '23-', '1', '21227', '*', '/', ' ', '(E)', '6', 'a', 'Ä'], 8), (line) => {
        if (patterns.some((p) => p.test(line))) expect(mayBeMidPageFurniture(line)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it.each(['6/14', '23-21227 (E) 131123', 'GE.09-14368 (E) 010709', '*2321227*'])('%s is looked at', (line) => {
    expect(patterns.some((p) => p.test(line))).toBe(true);
    expect(mayBeMidPageFurniture(line)).toBe(true);
  });
});

describe('spaceBefore', () => {
  it("answers as includes(' ' + mark) does", () => {
    fc.assert(
      fc.property(units([' ', '-', '’', '–', 'a', '  '], 12), fc.constantFrom('-', '’', '–'), (text, mark) => {
        expect(spaceBefore(text, mark)).toBe(text.includes(` ${mark}`));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mayRunIn', () => {
  it('holds for every line the run-in heading pattern matches', () => {
    fc.assert(
      fc.property(units(['Non', 'discrimination', ' ', '9', '12', '.', 'While', '(', 'É', 'a', ';'], 10), (line) => {
        if (RUN_IN.test(line)) expect(mayRunIn(line)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('holds for the line that forced the rule', () => {
    const line = 'Non-discrimination 9. While noting the efforts';
    expect(RUN_IN.test(line) && mayRunIn(line)).toBe(true);
  });
});

describe('closesUnit and endsSentence', () => {
  // The patterns as they stand in roles.ts: the fast paths must give their answers.
  const CLOSES = /[.;:!?)"”’»。；：！？）؛؟](?:\d{1,3}|\*{1,3})?$|(?<!\p{L})(?:and|or|et|ou|y|o|u|и|или|أو),?$/u;
  const SENTENCE_END = /[.!?。！？]["”’)»）]*$/u;
  const line = units(['the', ' ', 'and', 'or', 'band', 'y', 'o', 'u', 'et', 'ou', 'или', 'и', 'أو', 'x', ',', ';', '.', ')', '”', '1', '123', '*', '。', 'É', '😀', 'T'], 8);
  it('closesUnit answers as the pattern does', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(closesUnit(text)).toBe(CLOSES.test(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('endsSentence answers as the pattern does', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(endsSentence(text)).toBe(SENTENCE_END.test(text));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['…the rights of women;', true],
    ['…independence (Belgium); and', true],
    ['…of the Committee', false],
    ['…framework;11', true],
    ['band', false],
  ])('closesUnit(%s) → %s', (text, expected) => expect(closesUnit(text)).toBe(expected));
});
