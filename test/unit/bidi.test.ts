import { describe, expect, it } from 'vitest';
import { isRightToLeft, logicalOrder } from '../../src/read/bidi.js';

const visual = (logical: string, runs: string[] = []) => {
  // Build the visual order the layout reads: reversed, with left-to-right runs kept as they are.
  let out = [...logical].reverse().join('');
  for (const r of runs) out = out.replace([...r].reverse().join(''), r);
  return out;
};

describe('right-to-left lines', () => {
  it.each([
    ['Arabic words', 'الأمم المتحدة', []],
    ['a paragraph number and dash', '1 - نظرت اللجنة', ['1']],
    ['a symbol in parentheses', 'التقرير (CEDAW/C/UZB/7) في', ['CEDAW/C/UZB/7']],
    ['a date and a full stop', 'في 15 تشرين الأول/أكتوبر 2024.', ['15', '2024']],
    ['an item letter', '(أ) أن تعتمد قانونا؛', []],
  ])('%s', (_name, logical, runs) => {
    expect(logicalOrder(visual(logical, runs))).toBe(logical);
  });
  it('knows which lines are right-to-left', () => {
    expect(isRightToLeft('المادة 1')).toBe(true);
    expect(isRightToLeft('Distr.: General')).toBe(false);
    expect(isRightToLeft('委员会建议缔约国')).toBe(false);
  });
});
