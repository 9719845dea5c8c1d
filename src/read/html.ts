/**
 * HTML (OHCHR and UN web pages, and Word documents made HTML by mammoth) →
 * the plain text the other stages read, through the unified family:
 * rehype-parse gives hast, hast-util-to-mdast gives mdast, and the Markdown
 * reader's writer makes it text, so headings, lists and tables are kept as
 * they are for Markdown. Scripts, styles and navigation are not text.
 * Footnotes as Word gives them (a superscript link "[1]" to an item of a
 * list of notes at the end) become glued markers and a note area, as
 * printed footnotes are.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Nodes as MdastNodes, Root } from 'mdast';
import { itemLetter, romanNumeral } from '../vocabulary/numerals.js';
import { mdastToText, type MarkdownText } from './markdown.js';

/**
 * The id of a note: mammoth's "footnote-3" and "endnote-3", Word's HTML
 * export "_ftn3", pandoc's and most sites' "fn3" / "fn:3" / "note-3".
 */
const NOTE_ID = /^(?:_?ftn|_?edn|fn|footnote|endnote|note)[-:_]?(\d+)$/i;
/** A link from a note back to its marker: "#footnote-ref-3", "#_ftnref3", "#fnref3", "#ref3". */
const BACK_LINK = /^#(?:footnote-ref|endnote-ref|_?ftnref|_?ednref|fnref|ref)[-:_]?\d+$/i;
/** Page furniture of a web page, not the document. */
const NOT_TEXT = new Set(['nav', 'footer', 'aside', 'form', 'button', 'noscript', 'template', 'svg']);
/** `<ol type="a">`: the markers the list prints, "(a)", "(i)". */
const ITEM_MARKERS: Record<string, (n: number) => string> = {
  a: itemLetter,
  A: (n) => itemLetter(n).toUpperCase(),
  i: (n) => romanNumeral(n).toLowerCase(),
  I: romanNumeral,
};

/** The number of the note a superscript links to, or null. */
function noteLinkTarget(node: Element): string | null {
  const links = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'a');
  if (links.length !== 1) return null;
  const m = NOTE_ID.exec(String(links[0]!.properties?.href ?? '').replace(/^#/, ''));
  return m ? m[1]! : null;
}

function isNoteList(node: Element): boolean {
  const items = node.children.filter((c): c is Element => c.type === 'element');
  return items.length > 0 && items.every((li) => li.tagName === 'li' && NOTE_ID.test(String(li.properties?.id ?? '')));
}

/** Convert an HTML page to pipeline text. The unified packages are loaded only for HTML and Word input. */
export async function htmlToText(html: string): Promise<MarkdownText> {
  const [{ unified }, { default: rehypeParse }, { toMdast, defaultHandlers }] = await Promise.all([
    import('unified'),
    import('rehype-parse'),
    import('hast-util-to-mdast'),
  ]);
  const hast = unified().use(rehypeParse).parse(html) as HastRoot;
  const mdast = toMdast(hast, {
    handlers: {
      // "word<sup><a href="#footnote-1">[1]</a></sup>": the marker glued to its word.
      sup(state, node: Element) {
        const target = noteLinkTarget(node);
        if (!target) return state.all(node) as MdastNodes[] as never;
        const ref = { type: 'footnoteReference' as const, identifier: target, label: target };
        state.patch(node, ref);
        return ref;
      },
      // A table is read row by row, each cell's paragraphs as paragraphs: a Markdown table
      // would glue them ("(Lithuania);Source of Position"). Word's recommendation matrices
      // put one recommendation in a row's first cell.
      table(state, node: Element) {
        const rows = node.children.flatMap((c) => (c.type === 'element' && /^t(?:head|body|foot)$/.test(c.tagName) ? c.children : [c]));
        return rows
          .filter((r): r is Element => r.type === 'element' && r.tagName === 'tr')
          .flatMap((tr) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')))
          .flatMap((cell) => state.toFlow(state.all(cell))) as never;
      },
      // The link from a note back to its marker ("↑") is no text.
      a(state, node: Element) {
        if (BACK_LINK.test(String(node.properties?.href ?? ''))) return undefined;
        return defaultHandlers.a(state, node);
      },
      ...Object.fromEntries([...NOT_TEXT].map((tag) => [tag, () => undefined])),
      // The list of notes at the end: one definition each, without the link back ("↑").
      ol(state, node: Element) {
        const type = String(node.properties?.type ?? '');
        if (ITEM_MARKERS[type] && !isNoteList(node)) {
          // Lettered sub-items as printed: "(a) …" paragraphs, which the item rules read.
          return node.children
            .filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
            .flatMap((li, i) => {
              const flow = state.toFlow(state.all(li));
              const marker = { type: 'text' as const, value: `(${ITEM_MARKERS[type]!(i + 1)}) ` };
              const first = flow[0];
              if (first?.type === 'paragraph') first.children.unshift(marker);
              else flow.unshift({ type: 'paragraph', children: [marker] });
              return flow;
            }) as never;
        }
        if (!isNoteList(node)) return defaultHandlers.ol(state, node);
        return node.children
          .filter((c): c is Element => c.type === 'element')
          .map((li) => {
            const label = NOTE_ID.exec(String(li.properties?.id))![1]!;
            const children = state.toFlow(state.all(li)) as FootnoteDefinition['children'];
            const def: FootnoteDefinition = { type: 'footnoteDefinition', identifier: label, label, children };
            state.patch(li, def);
            return def;
          }) as never;
      },
    },
  }) as Root;
  return mdastToText(mdast);
}
