// Plain searches that stand before a pattern or a per-unit scan (issue 15): each must
// never change an answer, only spare work where the answer is already known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputPositions } from '../../src/assemble/positions.js';
import { mayHoldLeaders, TOC } from '../../src/classify/role-rules.js';
import { takeEvidenceMarkers } from '../../src/vocabulary/markers.js';

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
