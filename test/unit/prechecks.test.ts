// Plain searches that stand before a pattern or a per-unit scan (issue 15): each must
// never change an answer, only spare work where the answer is already known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPieces, meetInHan, spaceBefore, Vocabulary } from '../../src/assemble/join.js';
import type { Line } from '../../src/base/line.js';
import { InputPositions } from '../../src/assemble/positions.js';
import { mayHoldLeaders, mayRunIn, RUN_IN, TOC } from '../../src/classify/role-rules.js';
import { closesUnit, endsSentence } from '../../src/classify/roles.js';
import { mayBeMidPageFurniture, mayHoldPageOfPages, PAGE_OF_PAGES } from '../../src/segment/furniture.js';
import { takeEvidenceMarkers } from '../../src/vocabulary/markers.js';
import { ANNEX, CAPITALS_TITLE, CLOSING_LINE, isAnnexHeading, isClosingLine, mayOpenTitle, numberedHeading, TITLE_START } from '../../src/classify/headings.js';
import { ANNEX_WORDS, HEADING_NUMBER_WORDS, ITEM_MARKER_WORDS } from '../../src/vocabulary/languages/index.js';
import {
  BARCODE, FLIPPED_PARA_NUMBER, GENEVA_JOB, ITEM_MARKER, LETTER_HEADING, mayStartItemMarker, mayStartNumberedHeading, mayStartParagraphNumber, NEW_YORK_JOB, PARA_NUMBER, ROMAN_HEADING, WORD_HEADING,
} from '../../src/vocabulary/patterns.js';

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

describe('Vocabulary.mayRehyphenate', () => {
  // Words that make closed forms the document mostly hyphenates ("co-operation" against "cooperation"), halves met at line ends, Han.
  const words = ['co-operation', 'cooperation', 'non-cooperation', 'coop-', 'eration', 'Cooperation', 'decision-making', 'decisionmaking', 'decision', 'making', 'self-', 'determination', 'selfdetermination', 'the', 'and', '12.', '(a)', '国际-合作组织', '国际合作组织', '国际合', '作组织', '决策。'];
  const lineText = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '')), { minLength: 1, maxLength: 6 }).map((w) => w.map(([word, gap]) => word + gap).join('').trim());
  it('says false only where restoreHyphens changes nothing: the join with located lines equals the join that scans every paragraph', () => {
    const seen = { skipped: 0, scanned: 0 };
    fc.assert(
      fc.property(fc.array(lineText, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(5), { maxLength: 12 }), fc.nat(3), (texts, froms, span) => {
        const lines: Line[] = texts.map((text, index) => ({ index, page: 0, sheet: 0, start: 0, end: text.length, text, indent: 0, cut: false, zone: 'body' }));
        const body = texts.join('\n');
        const located = new Vocabulary(body, false, lines);
        const scanning = new Vocabulary(body, false);
        for (let first = 0; first < lines.length; first += span + 1) {
          const pieces = lines.slice(first, first + span + 1).map((line, k) => ({ line, from: Math.min(froms[first + k] ?? 0, line.text.length) }));
          expect(joinPieces(pieces, located)).toBe(joinPieces(pieces, scanning));
          if (located.rehyphenationWords()) seen[located.mayRehyphenate(pieces) ? 'scanned' : 'skipped']++;
        }
      }),
      { numRuns: 1500 },
    );
    // Both ways were taken: the property says something about the skip.
    expect(seen.skipped).toBeGreaterThan(100);
    expect(seen.scanned).toBeGreaterThan(100);
  });
  it('looks at words inside hyphenated ones and at pieces that start inside a word', () => {
    const lines: Line[] = ['Co-operation and co-operation; cooperation.', 'a non-cooperation policy', 'xcooperation'].map((text, index) => ({ index, page: 0, sheet: 0, start: 0, end: text.length, text, indent: 0, cut: false, zone: 'body' }));
    const v = new Vocabulary(lines.map((l) => l.text).join('\n'), false, lines);
    expect(v.mayRehyphenate([{ line: lines[1]!, from: 0 }])).toBe(true);
    expect(v.mayRehyphenate([{ line: lines[2]!, from: 1 }])).toBe(true);
    expect(v.mayRehyphenate([{ line: lines[2]!, from: 0 }])).toBe(false);
    expect(joinPieces([{ line: lines[1]!, from: 0 }], v)).toBe('a non-co-operation policy');
  });
  it('looks at words that joining makes: a dropped hyphen, Han lines joined without a space', () => {
    const texts = ['国际-合作组织、国际-合作组织、国际合作组织。', 'Co-operation, co-operation and cooperation.', '国际合', '作组织。', 'no coop-', 'eration'];
    const lines: Line[] = texts.map((text, index) => ({ index, page: 0, sheet: 0, start: 0, end: text.length, text, indent: 0, cut: false, zone: 'body' }));
    const v = new Vocabulary(texts.join('\n'), false, lines);
    expect(joinPieces([{ line: lines[2]!, from: 0 }, { line: lines[3]!, from: 0 }], v)).toBe('国际-合作组织。');
    expect(joinPieces([{ line: lines[4]!, from: 0 }, { line: lines[5]!, from: 0 }], v)).toBe('no co-operation');
  });
});

describe('mayHoldPageOfPages', () => {
  it('holds for every line with a cell the page-of-pages pattern matches', () => {
    fc.assert(
      fc.property(units(['1', '14', '/', ' ', '  ', 'A', 'HRC', '.']), (line) => {
        if (line.split(/\s{2,}/).some((cell) => PAGE_OF_PAGES.test(cell))) expect(mayHoldPageOfPages(line)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['6/14', true],
    ['GE.20-00012   6/14', true],
    ['A/HRC/43/2', true],
    ['A/HRC/WG.6', false],
    ['and/or', false],
  ])('%s → %s', (line, expected) => expect(mayHoldPageOfPages(line)).toBe(expected));
});

describe('meetInHan', () => {
  it('no code unit below the fast path bound is a Han edge or a curly quote', () => {
    for (let c = 0; c < 0x2018; c++) {
      const unit = String.fromCharCode(c);
      expect(meetInHan(unit, '中') || meetInHan('中', unit)).toBe(false);
    }
    expect(meetInHan('”', '中')).toBe(true);
    expect(meetInHan('中', '文')).toBe(true);
  });
});

describe('first-unit prechecks of the anchored line patterns', () => {
  // Every code unit of the BMP, before the rests that make each pattern match, and every word the patterns alternate.
  const rests = ['', '. Text', '.Text', ') text', '. ', ' 1', '1. The', '2.3 Ratify', ' - 4', ' ب', '、导言', ' II', '* ', 'th plenary meeting', 'dopted without a vote.]', 'nnex', '1 ب', ' 4 ب', 'NNEX', 'ext'];
  const words = [...ANNEX_WORDS.split('|'), ...HEADING_NUMBER_WORDS.keys(), ...ITEM_MARKER_WORDS.keys(), 'I', 'VIII', 'A', 'В', '(a)', 'a)', '(ii)', '12', '-', '[Adopted', '101st'];
  const starts = [...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)), ...words];
  const cases: [string, (t: string) => boolean, (t: string) => boolean][] = [
    ['paragraph number', mayStartParagraphNumber, (t) => PARA_NUMBER.test(t) || FLIPPED_PARA_NUMBER.test(t)],
    ['item marker', mayStartItemMarker, (t) => ITEM_MARKER.test(t)],
    ['numbered heading', mayStartNumberedHeading, (t) => ROMAN_HEADING.test(t) || LETTER_HEADING.test(t) || WORD_HEADING.test(t)],
    ['annex heading', isAnnexHeading, (t) => ANNEX.test(t)],
    ['closing line', isClosingLine, (t) => CLOSING_LINE.test(t)],
    ['title opening', mayOpenTitle, (t) => TITLE_START.test(t) || CAPITALS_TITLE.test(t)],
  ];
  it.each(cases)('%s: the precheck holds wherever the pattern matches', (_, precheck, pattern) => {
    let matched = 0;
    for (const start of starts) {
      for (const rest of rests) {
        const text = start + rest;
        if (!pattern(text)) continue;
        matched++;
        expect(precheck(text), text).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(5);
  });
  it('numberedHeading answers as the three patterns do', () => {
    expect(numberedHeading('VIII. RECOMMENDATIONS')?.number).toBe('VIII');
    expect(numberedHeading('В. Позитивные аспекты')?.number).toBe('B');
    expect(numberedHeading('一、导言')?.text).toBe('导言');
    expect(numberedHeading('the text of a line')).toBeNull();
  });
});
