import { describe, expect, it } from 'vitest';
import { ItemSequence } from '../../src/classify/item-sequence.js';
import { ParagraphSequence } from '../../src/classify/numbering.js';

type Step = [number, number | null, string | null];

function run(steps: Step[], major: number[] = []): (string | null)[] {
  const seq = new ParagraphSequence();
  return steps.map(([n, m], i) => {
    if (major.includes(i)) seq.majorHeading();
    return seq.accept(n, m)?.label ?? null;
  });
}

describe('ParagraphSequence', () => {
  it.each<[string, Step[], number[]]>([
    ['a fragment starts anywhere and runs on', [[78, null, '78'], [79, null, '79'], [80, null, '80']], []],
    ['a small gap is accepted', [[10, null, '10'], [12, null, '12']], []],
    ['a number far out of sequence is text', [[10, null, '10'], [58, null, null], [11, null, '11']], []],
    ['dotted UPR recommendations', [[120, null, '120'], [121, null, '121'], [121, 1, '121.1'], [121, 2, '121.2'], [122, null, '122'], [122, 1, '122.1']], []],
    ['2008 lists restart at 1 inside a paragraph', [[59, null, '59'], [60, null, '60'], [1, null, '60.1'], [2, null, '60.2'], [61, null, '61']], []],
    ['a misprinted paragraph part stays as printed', [[138, null, '138'], [138, 68, '138.68'], [136, 69, '136.69'], [138, 70, '138.70']], []],
    ['numbering restarts after a chapter heading or annex', [[62, null, '62'], [1, null, '1'], [2, null, '2']], [1]],
  ])('%s', (_name, steps, major) => {
    expect(run(steps, major)).toEqual(steps.map((s) => s[2]));
  });
});

describe('ItemSequence', () => {
  function items(labels: string[]): (string | null)[] {
    const seq = new ItemSequence();
    return labels.map((l, i) => {
      const p = seq.accept(l, labels[i + 1] ?? null);
      return p ? `${p.depth}:${p.label}` : null;
    });
  }
  it.each<[string, string[], (string | null)[]]>([
    ['letters', ['a', 'b', 'c'], ['0:a', '0:b', '0:c']],
    ['(i) after (h) is the next letter', ['g', 'h', 'i', 'j'], ['0:g', '0:h', '0:i', '0:j']],
    ['(i) after (h) opens romans when (ii) follows; a later (i) is the letter', ['h', 'i', 'ii', 'i'], ['0:h', '1:i', '1:ii', '0:i']],
    ['romans nested under a letter, then the next letter', ['a', 'b', 'i', 'ii', 'iii', 'iv', 'c'], ['0:a', '0:b', '1:i', '1:ii', '1:iii', '1:iv', '0:c']],
    ['a skipped letter is accepted', ['a', 'b', 'c', 'e'], ['0:a', '0:b', '0:c', '0:e']],
    ['a letter far out of order is not an item', ['a', 'b', 'q'], ['0:a', '0:b', null]],
    ['(v) in a roman list is five', ['a', 'i', 'ii', 'iii', 'iv', 'v', 'b'], ['0:a', '1:i', '1:ii', '1:iii', '1:iv', '1:v', '0:b']],
  ])('%s', (_name, labels, expected) => {
    expect(items(labels)).toEqual(expected);
  });
});
