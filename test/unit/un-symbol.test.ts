import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnSymbol } from '../../src/vocabulary/un-symbol.js';

function ok(input: string) {
  const r = UnSymbol.parse(input);
  if (!r.valid) throw new Error(`${input}: ${r.reason}`);
  return r.symbol;
}

describe('UnSymbol: valid symbols, their normal form and body', () => {
  it.each([
    ['E/CN.4/2000/82', 'E/CN.4/2000/82', 'Commission on Human Rights'],
    ['A/HRC/28/12*', 'A/HRC/28/12', 'Human Rights Council'],
    ['S/RES/2776 (2025)*', 'S/RES/2776 (2025)', 'Security Council'],
    ['S/RES/2776(2025)', 'S/RES/2776 (2025)', 'Security Council'],
    ['A/RES/3379 (XXX)', 'A/RES/3379 (XXX)', 'General Assembly'],
    ['a/hrc/43/15/add.1', 'A/HRC/43/15/Add.1', 'Human Rights Council'],
    ['A / HRC / 43 / 15', 'A/HRC/43/15', 'Human Rights Council'],
    ['A./47/466', 'A/47/466', 'General Assembly'],
    ['CRC/C/15/Add.188', 'CRC/C/15/Add.188', 'Committee on the Rights of the Child'],
    ['CCPR/C/NAM/CO/2', 'CCPR/C/NAM/CO/2', 'Human Rights Committee'],
    ['CCPR/C/121/D/2025/2011', 'CCPR/C/121/D/2025/2011', 'Human Rights Committee'],
    ['CERD/C/USA/CO/10-12', 'CERD/C/USA/CO/10-12', 'Committee on the Elimination of Racial Discrimination'],
    ['E/C.12/GC/25', 'E/C.12/GC/25', 'Committee on Economic, Social and Cultural Rights'],
    ['A/C.3/78/L.5/Rev.1', 'A/C.3/78/L.5/Rev.1', 'Third Committee of the General Assembly'],
    ['A/HRC/WG.6/7/SVN/1', 'A/HRC/WG.6/7/SVN/1', 'Working Group on the Universal Periodic Review'],
    ['A/HRC/EMRIP/2025/3', 'A/HRC/EMRIP/2025/3', 'Expert Mechanism on the Rights of Indigenous Peoples'],
    ['HRI/MC/2025/1', 'HRI/MC/2025/1', 'Meeting of Chairs of the human rights treaty bodies'],
    ['A/ES-10/1043–S/2025/529', 'A/ES-10/1043-S/2025/529', 'General Assembly'],
    ['A/79/924−S/2025/351', 'A/79/924-S/2025/351', 'General Assembly'],
    ['A/HRC/S-13/1', 'A/HRC/S-13/1', 'Human Rights Council'],
    ['S/PRST/2025/1', 'S/PRST/2025/1', 'Security Council'],
    ['E/CN.4/Sub.2/2005/10/Corr.1', 'E/CN.4/Sub.2/2005/10/Corr.1', 'Sub-Commission on the Promotion and Protection of Human Rights'],
    ['ST/SGB/2019/8', 'ST/SGB/2019/8', "Secretary-General's bulletin"],
    ['A/HRC/43/15/Summary', 'A/HRC/43/15/Summary', 'Human Rights Council'],
  ])('%s', (input, normal, body) => {
    const s = ok(input);
    expect(s.format()).toBe(normal);
    expect(s.body).toBe(body);
  });

  it('explains each component', () => {
    expect(ok('E/CN.4/2000/82').explain()).toEqual([
      'E — Economic and Social Council',
      'CN.4 — Commission on Human Rights',
      '2000 — year',
      '82 — document number',
    ]);
  });
});

describe('UnSymbol: not symbols, with a reason', () => {
  it.each([
    ['page 18', /space/],
    ['GE.03-12345', /series/],
    ['12/34/56', /series/],
    ['E/CNA/UO', /Unexpected "CNA"/],
    ['A/58/275/Foo', /Unexpected "Foo" after "A\/58\/275"/],
    ['A/', /empty component/],
    ['S/RES/2776 (XXX)', /session/],
    ['A/58/275 (2025)', /year/],
    ['CCPR/C/XYZ/CO/2', /XYZ/],
    ['', /empty|series/],
  ])('%s', (input, reason) => {
    const r = UnSymbol.parse(input);
    expect(r.valid).toBe(false);
    if (!r.valid) expect(r.reason).toMatch(reason);
  });
});

const validSymbols = fc.constantFrom(
  'A/58/275', 'E/CN.4/2000/82', 'A/HRC/43/15', 'S/RES/2776 (2025)', 'CRC/C/15/Add.188', 'CCPR/C/NAM/CO/2', 'A/HRC/WG.6/7/SVN/1',
  'A/ES-10/1043-S/2025/529', 'A/RES/3379 (XXX)', 'HRI/MC/2025/1', 'A/C.3/78/L.5', 'E/C.12/GC/25',
);

describe('UnSymbol: properties', () => {
  it('format(parse(s)) is stable', () => {
    fc.assert(
      fc.property(validSymbols, fc.boolean(), fc.boolean(), (s, lower, spaced) => {
        let input = lower ? s.toLowerCase() : s;
        if (spaced) input = input.replace(/\//g, ' / ');
        const once = ok(input).format();
        expect(ok(once).format()).toBe(once);
      }),
    );
  });
  it('random strings never throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (s) => void UnSymbol.parse(s)));
  });
  it('a valid symbol with a modifier appended stays valid and ends with it', () => {
    fc.assert(
      fc.property(validSymbols, fc.constantFrom('Add', 'Corr', 'Rev', 'Amend'), fc.integer({ min: 1, max: 99 }), (s, mod, n) => {
        if (/\)$/.test(s)) return; // a resolution's year or session closes the symbol
        const [first, ...joint] = s.split(/-(?=[A-Z]+\/)/);
        const r = ok([`${first}/${mod.toLowerCase()}.${n}`, ...joint].join('-'));
        expect(r.primary().endsWith(`/${mod}.${n}`)).toBe(true);
      }),
    );
  });
  it('a valid symbol with a word that is no component appended is invalid, and the reason names it', () => {
    fc.assert(
      fc.property(validSymbols, fc.stringMatching(/^[a-z]{2,8}$/), (s, word) => {
        if (/\)$/.test(s) || s.includes('-S/')) return;
        const extra = `X${word}`;
        const r = UnSymbol.parse(`${s}/${extra}`);
        expect(r.valid).toBe(false);
        if (!r.valid) expect(r.reason).toContain(extra);
      }),
    );
  });
});
