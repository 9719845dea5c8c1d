/**
 * Markdown output, built as mdast and stringified with remark: one section
 * per recommendation, sub-items as lists that keep their literal markers
 * ("(a)", not renumbered), footnotes as GFM footnotes. remark is loaded only
 * when Markdown is asked for.
 */
import { allMatches } from '../base/matches.js';
import type { FootnoteDefinition, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { itemMarkers } from '../assemble/items.js';
import type { Item, RecordOut, UnDocument } from '../schema/document.js';

function footnoteId(docIndex: number, marker: string): string {
  const safe = marker.replace(/\*/g, 'star');
  return docIndex === 0 ? `fn-${safe}` : `d${docIndex + 1}-fn-${safe}`;
}

/**
 * A web address in the text: up to white space or a bracket, without the
 * sentence's closing punctuation ("…/treaty-bodies." ends before the dot).
 */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"“”]*[^\s<>()[\]"“”.,;:!?'’]/gu;

/**
 * Text with its web addresses as links: as plain text remark would escape
 * them ("https\://…") and pandoc or a GFM viewer would not link them.
 */
function linked(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of allMatches(URL, text)) {
    if (m.index > at) out.push({ type: 'text', value: text.slice(at, m.index) });
    const url = m[0].startsWith('www.') ? `https://${m[0]}` : m[0];
    out.push({ type: 'link', url, children: [{ type: 'text', value: m[0] }] });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

function phrasing(text: string, markers: readonly string[], docIndex: number): PhrasingContent[] {
  return [
    ...linked(text),
    ...markers.map((m): PhrasingContent => ({ type: 'footnoteReference', identifier: footnoteId(docIndex, m), label: footnoteId(docIndex, m) })),
  ];
}

function itemList(items: readonly Item[], docIndex: number): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [
        { type: 'paragraph', children: phrasing(`${item.marker} ${item.text}`, item.footnotes, docIndex) },
        ...(item.items.length ? [itemList(item.items, docIndex)] : []),
      ],
    })),
  };
}

function recordSection(r: RecordOut, docIndex: number): RootContent[] {
  const facts = [
    r.page !== null ? `page ${r.page}` : null,
    r.section ? `section “${r.section}”` : null,
    r.states.length ? `States: ${r.states.join('; ')}` : null,
  ].filter(Boolean);
  const fromItems = itemMarkers(r.items);
  const own = r.footnotes.filter((m) => !fromItems.includes(m));
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: `${r.label} — ${r.id}` }] },
    ...(facts.length ? [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: facts.join(' · ') }] }] } as RootContent] : []),
    { type: 'paragraph', children: phrasing(r.text, own, docIndex) },
    ...(r.items.length ? [itemList(r.items, docIndex)] : []),
  ];
}

/** The mdast tree of several documents. */
function toMdast(docs: readonly UnDocument[]): Root {
  const children: RootContent[] = [];
  docs.forEach((doc, docIndex) => {
    children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: doc.symbol ?? doc.source.path }] });
    if (doc.title) children.push({ type: 'paragraph', children: [{ type: 'text', value: doc.title }] });
    for (const r of doc.recommendations) for (const node of recordSection(r, docIndex)) children.push(node);
    const used = new Set(doc.recommendations.flatMap((r) => r.footnotes));
    const seen = new Set<string>();
    for (const f of doc.footnotes) {
      if (!used.has(f.marker) || seen.has(f.marker)) continue;
      seen.add(f.marker);
      const def: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: footnoteId(docIndex, f.marker),
        label: footnoteId(docIndex, f.marker),
        children: [{ type: 'paragraph', children: [{ type: 'text', value: f.text ?? `Note ${f.marker} is not in the input.` }] }],
      };
      children.push(def);
    }
  });
  return { type: 'root', children };
}

/** Markdown text of several documents. */
export async function toMarkdown(docs: readonly UnDocument[]): Promise<string> {
  const [{ unified }, { default: remarkStringify }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-stringify'),
    import('remark-gfm'),
  ]);
  const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-' });
  return processor.stringify(toMdast(docs));
}
