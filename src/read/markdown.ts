/**
 * Markdown made by other converters (Docling, marker, pandoc…) → the plain
 * text the other stages read. remark-parse (with GFM) does the reading:
 * headings become heading lines (and are passed on as known headings),
 * ordered lists give back their printed numbers ("91. …"), footnote
 * references are glued after their word as printed markers are, and the
 * footnote definitions become a note area after a rule at the end. Every
 * piece of text keeps a map back to its offset in the Markdown source.
 */
import type { Node, Parent } from 'unist';
import type { FootnoteDefinition, ListItem, Root, RootContent } from 'mdast';
import { OffsetMap } from '../base/offset-map.js';

export interface MarkdownText {
  text: string;
  /** Offset in `text` → offset in the Markdown source. */
  map: OffsetMap;
  /** Texts of the Markdown headings, as they appear as lines in `text`. */
  headings: Set<string>;
}

class Writer {
  text = '';
  readonly map = new OffsetMap();

  write(chunk: string, sourceOffset: number | undefined): void {
    if (sourceOffset !== undefined) this.map.mark(this.text.length, sourceOffset);
    this.text += chunk;
  }

  /** End the current line, with a blank line after it. */
  block(): void {
    if (this.text && !this.text.endsWith('\n\n')) this.text += this.text.endsWith('\n') ? '\n' : '\n\n';
  }
}

function offsetOf(node: Node): number | undefined {
  return node.position?.start.offset;
}

/** Inline content → text, footnote references as glued markers. */
function inline(node: Node, out: Writer): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.write((node as unknown as { value: string }).value.replace(/\n/g, ' '), offsetOf(node));
      return;
    case 'footnoteReference':
      out.write((node as unknown as { label?: string; identifier: string }).label ?? (node as unknown as { identifier: string }).identifier, offsetOf(node));
      return;
    case 'break':
      out.write(' ', offsetOf(node));
      return;
    default:
      for (const child of (node as Parent).children ?? []) inline(child, out);
  }
}

function listItems(items: readonly ListItem[], start: number | null, ordered: boolean, out: Writer): void {
  items.forEach((item, i) => {
    if (ordered) out.write(`${(start ?? 1) + i}. `, offsetOf(item));
    item.children.forEach((child, k) => {
      if (k > 0) out.block();
      block(child, out);
    });
    out.block();
  });
}

function block(node: RootContent, out: Writer, headings?: Set<string>): void {
  switch (node.type) {
    case 'heading': {
      const before = out.text.length;
      inline(node, out);
      headings?.add(out.text.slice(before).trim());
      out.block();
      return;
    }
    case 'paragraph':
      inline(node, out);
      out.block();
      return;
    case 'list':
      listItems(node.children, node.start ?? null, node.ordered ?? false, out);
      return;
    case 'blockquote':
      for (const child of node.children) block(child, out, headings);
      return;
    case 'table':
      for (const row of node.children) {
        row.children.forEach((cell, i) => {
          if (i > 0) out.write('  ', undefined);
          inline(cell, out);
        });
        out.block();
      }
      return;
    case 'code':
    case 'html':
      out.write(node.value, offsetOf(node));
      out.block();
      return;
    case 'footnoteDefinition':
    case 'definition':
    case 'thematicBreak':
    case 'yaml':
      return;
    default:
      inline(node, out);
      out.block();
  }
}

/** Convert Markdown source to pipeline text. remark is loaded only for Markdown input. */
export async function markdownToText(markdown: string): Promise<MarkdownText> {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
  ]);
  return mdastToText(unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root);
}

/**
 * An mdast tree → pipeline text: what Markdown, HTML and Word documents all
 * become (HTML and .docx through hast, src/read/html.ts). Offsets in the map
 * are the tree's source offsets.
 */
export function mdastToText(tree: Root): MarkdownText {
  const out = new Writer();
  const headings = new Set<string>();
  const notes: FootnoteDefinition[] = [];
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') notes.push(node);
    else block(node, out, headings);
  }
  if (notes.length) {
    out.write('__________\n', undefined);
    for (const note of notes) {
      out.write(`${note.label ?? note.identifier} `, offsetOf(note));
      for (const child of note.children) inline(child, out);
      out.write('\n', undefined);
    }
  }
  return { text: out.text, map: out.map, headings };
}
