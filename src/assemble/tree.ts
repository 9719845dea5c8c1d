/**
 * Roles → the document tree: headings, numbered paragraphs with their
 * sub-items, and the leading fragment. Unnumbered text after a paragraph
 * belongs to it (ANNOTATION.md: "The State party should:" after a numbered
 * concern); text after a heading and before the next number belongs to no
 * paragraph (a preamble, an introduction).
 */
import type { HeadingMatch } from '../classify/headings.js';
import { opensTitle } from '../classify/title.js';
import type { ItemPlacement } from '../classify/item-sequence.js';
import type { ParagraphNumber } from '../classify/numbering.js';
import type { Role } from '../classify/roles.js';
import type { Line } from '../base/line.js';

/** A piece of a line's text, from an offset within the line. */
export interface TextPiece {
  line: Line;
  from: number;
}

export interface HeadingNode extends HeadingMatch {
  line: Line;
}

export interface ItemNode {
  label: string;
  marker: string;
  placement: ItemPlacement;
  line: Line;
  pieces: TextPiece[];
  items: ItemNode[];
}

export interface ParagraphNode {
  /** "" for the leading fragment. */
  label: string;
  number: ParagraphNumber | null;
  line: Line;
  /** Offset of the paragraph number within its line. */
  from: number;
  pieces: TextPiece[];
  items: ItemNode[];
  /** Heading stack (outermost first) when the paragraph starts. */
  headings: HeadingNode[];
  /** The last line of text that belongs to the paragraph. */
  lastLine: Line;
  fragment: boolean;
}

export interface DocumentTree {
  headings: HeadingNode[];
  paragraphs: ParagraphNode[];
  /** Text that belongs to no paragraph (masthead, titles, preambles). */
  loose: TextPiece[];
}

/** Build the tree. `leadingIsFragment`: the input starts inside a paragraph of a longer document. */
export function buildTree(roles: readonly Role[], leadingIsFragment: boolean): DocumentTree {
  const headings: HeadingNode[] = [];
  const paragraphs: ParagraphNode[] = [];
  const loose: TextPiece[] = [];
  const stack: HeadingNode[] = [];
  let current: ParagraphNode | null = null;
  let currentItem: ItemNode | null = null;
  let seenUnit = false;

  const startFragment = (line: Line): ParagraphNode => {
    const p: ParagraphNode = { label: '', number: null, line, from: 0, pieces: [], items: [], headings: [...stack], lastLine: line, fragment: true };
    paragraphs.push(p);
    return p;
  };

  for (const role of roles) {
    switch (role.kind) {
      case 'toc':
        break;
      case 'closing':
        current = null;
        currentItem = null;
        loose.push({ line: role.line, from: 0 });
        break;
      case 'heading': {
        const node: HeadingNode = { ...role.heading, line: role.line };
        while (stack.length && stack[stack.length - 1]!.level >= node.level) stack.pop();
        if (node.level === 0) stack.length = 0;
        stack.push(node);
        headings.push(node);
        current = null;
        currentItem = null;
        seenUnit = true;
        break;
      }
      case 'paragraph': {
        current = {
          label: role.number.label, number: role.number, line: role.line, from: role.from,
          pieces: [{ line: role.line, from: role.textFrom }], items: [], headings: [...stack], lastLine: role.line, fragment: false,
        };
        paragraphs.push(current);
        currentItem = null;
        seenUnit = true;
        break;
      }
      case 'item': {
        if (!current) current = startFragment(role.line);
        const node: ItemNode = {
          label: role.placement.label, marker: role.marker, placement: role.placement, line: role.line,
          pieces: [{ line: role.line, from: role.textFrom }], items: [],
        };
        const parent = role.placement.depth > 0 ? current.items[current.items.length - 1] : undefined;
        (parent ? parent.items : current.items).push(node);
        current.lastLine = role.line;
        currentItem = node;
        seenUnit = true;
        break;
      }
      case 'text': {
        // The role is a piece already (its line, and where its text starts): no copy per line.
        const piece: TextPiece = role;
        if (currentItem) {
          currentItem.pieces.push(piece);
          current!.lastLine = role.line;
        } else if (current) {
          current.pieces.push(piece);
          current.lastLine = role.line;
        } else if (!seenUnit && leadingIsFragment) {
          current = startFragment(role.line);
          current.pieces.push(piece);
        } else {
          loose.push(piece);
        }
        break;
      }
    }
  }
  return { headings, paragraphs, loose };
}

/** A footnote mark ending a heading, with the space before it. */
const TRAILING_ASTERISKS = /\s*\*+$/;

/**
 * The tree with no paragraph under one of the title's own lines as its section: above the first paragraph, a title line looks
 * like a subject heading ("SWEDEN" under "Concluding observations of the Human Rights Committee",
 * "Заключительные замечания по второму периодическому докладу Буркина-Фасо *"; fixtures/cases/flat-numbering-ru).
 */
export function withoutTitleHeadings(tree: DocumentTree, title: string | null, language: string | null = null): DocumentTree {
  const first = tree.paragraphs[0]?.line.index ?? Infinity;
  // A title block holds no numbered heading; and a heading that is the whole "title" of a fragment
  // ("Recommandations" above paragraph 45, fixture french-items) is a section unless it opens a title.
  const firstNumbered = tree.headings.find((h) => h.number !== null)?.line.index ?? Infinity;
  const inTitle = (h: HeadingNode) => {
    if (title === null || h.number !== null || h.line.index >= first || h.line.index > firstNumbered) return false;
    const text = h.text.replace(TRAILING_ASTERISKS, '');
    return ` ${title} `.includes(` ${text} `) && (title !== text || opensTitle(text, language));
  };
  if (!tree.headings.some(inTitle)) return tree;
  // Still headings of the tree (the lines are the title's, in the output): only no paragraph's section.
  return { ...tree, paragraphs: tree.paragraphs.map((p) => ({ ...p, headings: p.headings.filter((h) => !inTitle(h)) })) };
}

const ATTRIBUTION_END = /[)）]\s?[;.؛；。]?$/u;

/** Sub-numbered paragraphs whose last line closes a parenthesis ("121.1 … (France);", "(France) ;", "(فرنسا)؛", "（法国）；"): the mark of a UPR list. */
export function attributedListCount(tree: DocumentTree): number {
  return tree.paragraphs.filter((p) => p.number !== null && p.number.kind !== 'main' && ATTRIBUTION_END.test(p.lastLine.text)).length;
}
