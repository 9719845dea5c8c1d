// The document tree of src/assemble/tree.ts: real lines run through
// splitLines → assignRoles → buildTree, one row per behaviour, each with the
// whole tree it must give (paragraphs with their heading stack, text pieces,
// items and last line; the loose text), and attributedListCount rows.
import { describe, expect, it } from 'vitest';
import { attributedListCount, buildTree, type DocumentTree, type ItemNode, type ParagraphNode } from '../../src/assemble/tree.js';
import { assignRoles } from '../../src/classify/roles.js';
import { splitLines } from '../../src/segment/lines.js';

interface ItemShape {
  marker: string;
  text: string[];
  items?: ItemShape[];
}

interface ParagraphShape {
  label: string;
  /** Heading texts, outermost first. */
  headings: string[];
  /** Text of each piece, from its offset. */
  text: string[];
  items?: ItemShape[];
  /** Text of lastLine. */
  last: string;
  fragment?: true;
}

interface Row {
  note: string;
  lines: string[];
  leadingIsFragment?: boolean;
  paragraphs: ParagraphShape[];
  loose?: string[];
}

function itemShape(i: ItemNode): ItemShape {
  return { marker: i.marker, text: i.pieces.map((p) => p.line.text.slice(p.from)), ...(i.items.length ? { items: i.items.map(itemShape) } : {}) };
}

function paragraphShape(p: ParagraphNode): ParagraphShape {
  return {
    label: p.label,
    headings: p.headings.map((h) => h.text),
    text: p.pieces.map((x) => x.line.text.slice(x.from)),
    ...(p.items.length ? { items: p.items.map(itemShape) } : {}),
    last: p.lastLine.text,
    ...(p.fragment ? { fragment: true as const } : {}),
  };
}

function treeOf(lines: string[], leadingIsFragment = false): DocumentTree {
  return buildTree(assignRoles(splitLines(lines.join('\n'))), leadingIsFragment);
}

const ROWS: Row[] = [
  // headings
  {
    note: 'headings stack by level: a section replaces its sibling, a subject heading nests, a chapter pops all',
    lines: ['I. Introduction', 'A. Background', '1. Text one.', 'B. Scope', '2. Text two.', 'Subject', '3. Text three.', 'II. Recommendations', '4. Text four.'],
    paragraphs: [
      { label: '1', headings: ['Introduction', 'Background'], text: ['Text one.'], last: '1. Text one.' },
      { label: '2', headings: ['Introduction', 'Scope'], text: ['Text two.'], last: '2. Text two.' },
      { label: '3', headings: ['Introduction', 'Scope', 'Subject'], text: ['Text three.'], last: '3. Text three.' },
      { label: '4', headings: ['Recommendations'], text: ['Text four.'], last: '4. Text four.' },
    ],
  },
  {
    note: 'an annex heading clears the stack; headings after it nest under it',
    lines: ['I. Recommendations', '1. Text.', 'Annex', 'A. Part', '1. Article.'],
    paragraphs: [
      { label: '1', headings: ['Recommendations'], text: ['Text.'], last: '1. Text.' },
      { label: '1', headings: ['Annex', 'Part'], text: ['Article.'], last: '1. Article.' },
    ],
  },
  {
    note: 'a run-in heading: the paragraph on its line is under it, its text from after the number',
    lines: ['8. The Committee notes.', 'Non-discrimination 9. While noting the efforts.'],
    paragraphs: [
      { label: '8', headings: [], text: ['The Committee notes.'], last: '8. The Committee notes.' },
      { label: '9', headings: ['Non-discrimination'], text: ['While noting the efforts.'], last: 'Non-discrimination 9. While noting the efforts.' },
    ],
  },
  {
    note: 'a table-of-contents line belongs to nothing',
    lines: ['Contents', 'I. Introduction ........ 1', '1. Text.'],
    paragraphs: [{ label: '1', headings: ['Contents'], text: ['Text.'], last: '1. Text.' }],
  },
  // items
  {
    note: 'items nest (a) → (i), (ii); running text after an item belongs to it',
    lines: ['5. The Committee recommends that the State party:', '(a) Adopt a law;', '(i) On torture;', '(ii) On violence;', '(b) Report back', 'within a year.'],
    paragraphs: [{
      label: '5', headings: [], text: ['The Committee recommends that the State party:'],
      items: [
        { marker: '(a)', text: ['Adopt a law;'], items: [{ marker: '(i)', text: ['On torture;'] }, { marker: '(ii)', text: ['On violence;'] }] },
        { marker: '(b)', text: ['Report back', 'within a year.'] },
      ],
      last: 'within a year.',
    }],
  },
  {
    note: 'a nested list under (b) closes at (c); text after a nested item goes to that nested item',
    lines: ['5. The Committee recommends:', '(a) Adopt a law;', '(b) Take measures:', '(i) On torture;', '(ii) On violence', 'at home;', '(c) Report.', '6. Next.'],
    paragraphs: [
      {
        label: '5', headings: [], text: ['The Committee recommends:'],
        items: [
          { marker: '(a)', text: ['Adopt a law;'] },
          { marker: '(b)', text: ['Take measures:'], items: [{ marker: '(i)', text: ['On torture;'] }, { marker: '(ii)', text: ['On violence', 'at home;'] }] },
          { marker: '(c)', text: ['Report.'] },
        ],
        last: '(c) Report.',
      },
      { label: '6', headings: [], text: ['Next.'], last: '6. Next.' },
    ],
  },
  {
    note: 'unnumbered text after a paragraph belongs to it ("The State party should:")',
    lines: ['1. The Committee is concerned.', 'The State party should:', '(a) Act.'],
    paragraphs: [{ label: '1', headings: [], text: ['The Committee is concerned.', 'The State party should:'], items: [{ marker: '(a)', text: ['Act.'] }], last: '(a) Act.' }],
  },
  // fragments
  {
    note: 'leadingIsFragment: text before the first paragraph is a fragment, with every line up to it',
    lines: ['continues the sentence', 'and ends here.', '1. The State should act.'],
    leadingIsFragment: true,
    paragraphs: [
      { label: '', headings: [], text: ['continues the sentence', 'and ends here.'], last: 'and ends here.', fragment: true },
      { label: '1', headings: [], text: ['The State should act.'], last: '1. The State should act.' },
    ],
  },
  {
    note: 'not leadingIsFragment: the same text is loose',
    lines: ['continues the sentence', 'and ends here.', '1. The State should act.'],
    paragraphs: [{ label: '1', headings: [], text: ['The State should act.'], last: '1. The State should act.' }],
    loose: ['continues the sentence', 'and ends here.'],
  },
  {
    note: 'leadingIsFragment, but a heading came first: the text after it is loose (a preamble)',
    lines: ['I. Introduction', 'The preamble text.', '2. Text.'],
    leadingIsFragment: true,
    paragraphs: [{ label: '2', headings: ['Introduction'], text: ['Text.'], last: '2. Text.' }],
    loose: ['The preamble text.'],
  },
  {
    note: 'items before any paragraph make a fragment even when the input is not one',
    lines: ['(a) first item;', '(b) second item.', '1. Text.'],
    paragraphs: [
      { label: '', headings: [], text: [], items: [{ marker: '(a)', text: ['first item;'] }, { marker: '(b)', text: ['second item.'] }], last: '(b) second item.', fragment: true },
      { label: '1', headings: [], text: ['Text.'], last: '1. Text.' },
    ],
  },
  {
    // current behaviour; looks wrong because items after a heading in the middle of a document are not a leading fragment, yet they become one (fragment: true, so "continued" and the leading-fragment message)
    note: 'items right after a heading, past the first paragraph, make a fragment under that heading',
    lines: ['1. The Committee notes.', 'II. Recommendations', '(a) States should act;', '(b) States should report.'],
    paragraphs: [
      { label: '1', headings: [], text: ['The Committee notes.'], last: '1. The Committee notes.' },
      { label: '', headings: ['Recommendations'], text: [], items: [{ marker: '(a)', text: ['States should act;'] }, { marker: '(b)', text: ['States should report.'] }], last: '(b) States should report.', fragment: true },
    ],
  },
  // loose text and closings
  {
    note: 'masthead and title lines before the first paragraph are loose; a closing line ends the paragraph and is loose, as is text after it',
    lines: ['United Nations', 'Report of the Special Rapporteur', '1. Text.', 'The State party should act.', '101st plenary meeting', 'after the closing'],
    paragraphs: [{ label: '1', headings: ['Report of the Special Rapporteur'], text: ['Text.', 'The State party should act.'], last: 'The State party should act.' }],
    loose: ['United Nations', '101st plenary meeting', 'after the closing'],
  },
  {
    note: 'text after a heading and before the next number is loose, not part of the paragraph before the heading',
    lines: ['1. Text one.', 'II. Recommendations', 'The Special Rapporteur makes the following recommendations.', '2. Text two.'],
    paragraphs: [
      { label: '1', headings: [], text: ['Text one.'], last: '1. Text one.' },
      { label: '2', headings: ['Recommendations'], text: ['Text two.'], last: '2. Text two.' },
    ],
    loose: ['The Special Rapporteur makes the following recommendations.'],
  },
  {
    note: 'blank lines are no part of the tree',
    lines: ['1. Decides.', '', '2. Requests.'],
    paragraphs: [
      { label: '1', headings: [], text: ['Decides.'], last: '1. Decides.' },
      { label: '2', headings: [], text: ['Requests.'], last: '2. Requests.' },
    ],
  },
  {
    note: 'UPR sub-numbers are paragraphs of their own; lastLine is the line that carries the State',
    lines: ['II. Recommendations', '121. The following:', '121.1 Ratify the Convention (France);', '121.2 Adopt a law', 'on torture (Chile).'],
    paragraphs: [
      { label: '121', headings: ['Recommendations'], text: ['The following:'], last: '121. The following:' },
      { label: '121.1', headings: ['Recommendations'], text: ['Ratify the Convention (France);'], last: '121.1 Ratify the Convention (France);' },
      { label: '121.2', headings: ['Recommendations'], text: ['Adopt a law', 'on torture (Chile).'], last: 'on torture (Chile).' },
    ],
  },
  { note: 'no lines, no tree', lines: [], paragraphs: [] },
];

describe('buildTree', () => {
  it.each(ROWS)('$note', (row) => {
    const tree = treeOf(row.lines, row.leadingIsFragment);
    expect(tree.paragraphs.map(paragraphShape)).toEqual(row.paragraphs);
    expect(tree.loose.map((x) => x.line.text.slice(x.from))).toEqual(row.loose ?? []);
  });

  it('lists every heading once, in order, with its level and number', () => {
    const tree = treeOf(['I. Introduction', 'A. Background', '1. Text one.', 'Subject', '2. Text two.', 'Annex', 'B. Part', '1. Article.']);
    expect(tree.headings.map((h) => [h.level, h.number, h.text, h.line.text])).toEqual([
      [1, 'I', 'Introduction', 'I. Introduction'],
      [2, 'A', 'Background', 'A. Background'],
      [4, null, 'Subject', 'Subject'],
      [0, null, 'Annex', 'Annex'],
      [2, 'B', 'Part', 'B. Part'],
    ]);
  });

  it('a paragraph carries its number, line and the offset of its number; a fragment has none', () => {
    const [fragment, p, q] = treeOf(['goes on here.', '8. The Committee notes.', 'Non-discrimination 9. While noting the efforts.'], true).paragraphs;
    expect([fragment!.label, fragment!.number, fragment!.from, fragment!.line.text]).toEqual(['', null, 0, 'goes on here.']);
    expect([p!.number, p!.from, p!.line.index]).toEqual([{ label: '8', kind: 'main', main: 8, gap: 0 }, 0, 1]);
    expect([q!.number, q!.from, q!.pieces[0]!.from]).toEqual([{ label: '9', kind: 'main', main: 9, gap: 0 }, 19, 22]);
  });

  it('items carry their label and placement', () => {
    const [p] = treeOf(['5. The Committee recommends:', '(a) Adopt a law;', '(i) On torture;', '(c) Report.']).paragraphs;
    expect(p!.items.map((i) => [i.label, i.marker, i.placement, i.items.map((j) => [j.label, j.placement])])).toEqual([
      ['a', '(a)', { depth: 0, label: 'a', gap: 0 }, [['i', { depth: 1, label: 'i', gap: 0 }]]],
      ['c', '(c)', { depth: 0, label: 'c', gap: 1 }, []],
    ]);
  });

  it('each paragraph has its own copy of the heading stack', () => {
    const tree = treeOf(['I. Introduction', '1. Text one.', 'A. Scope', '2. Text two.']);
    expect(tree.paragraphs.map((p) => p.headings.length)).toEqual([1, 2]);
    expect(tree.paragraphs[0]!.headings).not.toBe(tree.paragraphs[1]!.headings);
  });
});

describe('attributedListCount', () => {
  const rows: [note: string, lines: string[], count: number][] = [
    ['sub-numbered paragraphs ending with a parenthesis, a semicolon or a full stop after it', ['II. Recommendations', '121. The following:', '121.1 Ratify (France);', '121.2 Adopt a law (Chile).', '121.3 Take steps (Peru)'], 3],
    ['the last line counts, not the first', ['II. Recommendations', '121. The following:', '121.1 Act on it', '(Brazil);', '121.2 Act (Peru) now;'], 1],
    ['main paragraphs never count', ['1. Ratify (France);', '2. Adopt a law (Chile);'], 0],
    ['a nested 2008 list counts', ['60. The recommendations below:', '1. Ratify (France);', '2. Adopt (Chile);'], 2],
    ['a comma after the parenthesis does not', ['II. Recommendations', '121. The following:', '121.1 Ratify (France),'], 0],
    ['nothing', [], 0],
  ];
  it.each(rows)('%s', (_note, lines, count) => expect(attributedListCount(treeOf(lines))).toBe(count));
});
