import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../src/segment/furniture-cells.js';

describe('furnitureLine', () => {
  it.each([
    ['page 18', 'top', ['header'], '18'],
    ['A/HRC/8/47', 'top', ['header'], undefined],
    ['English', 'top', ['header'], undefined],
    ['GE.09-14368 (E) 010709', 'bottom', ['job-number'], undefined],
    ['GE.19-21936(E)', 'bottom', ['job-number'], undefined],
    ['23-21227 (E) 131123', 'bottom', ['job-number'], undefined],
    ['*2321227*', 'bottom', ['barcode'], undefined],
    ['2/9', 'bottom', ['page-number'], '2'],
    ['/...', 'bottom', ['continuation'], undefined],
    ['Please recycle', 'bottom', ['recycle'], undefined],
    ['GE.25-05795                                   3', 'bottom', ['job-number', 'page-number'], '3'],
    ['4/14     25-03579', 'top', ['page-number', 'job-number'], '4'],
  ] as const)('%s', (text, where, kinds, label) => {
    const verdicts = furnitureLine(text, where);
    expect(verdicts?.map((v) => v.kind)).toEqual(kinds);
    expect(verdicts?.find((v) => v.label)?.label).toBe(label);
  });

  it.each(['The State party should:', '78. The Special Rapporteur', '(a) Ratify', 'Human Rights Council'])('%s is not furniture', (text) => {
    expect(furnitureLine(text, 'bottom')).toBeNull();
  });
});
