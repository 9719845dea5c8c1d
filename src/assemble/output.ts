/**
 * Tree nodes → output objects: joined text with footnote markers split off,
 * items, States, page labels, positions and ids.
 */
import { recommendingStates, splitUprComment } from '../classify/states.js';
import { EVIDENCE_CLOSE, EVIDENCE_OPEN } from '../vocabulary/markers.js';
import { findSymbols } from '../vocabulary/symbol.js';
import type { DocKind, Footnote, Item, RecordOut } from '../schema/document.js';
import type { Line, Note } from '../segment/index.js';
import type { Messages } from './diagnostics.js';
import { IdMaker, labelNumbers } from './ids.js';
import { itemMarkers, textWithItems } from './items.js';
import { joinPieces, takeMarkers, type Vocabulary } from './join.js';
import type { InputPositions } from './positions.js';
import type { DocumentTree, ItemNode, ParagraphNode, TextPiece } from './tree.js';

export interface OutputContext {
  vocabulary: Vocabulary;
  notes: readonly Note[];
  labels: readonly (string | null)[];
  positions: InputPositions;
  symbol: string | null;
  sha256: string;
  source: string;
  docKind: DocKind;
  /** The detected language: which State names and list words recommending States are read with. */
  language: string | null;
  messages: Messages;
  lastBodyLine: Line | undefined;
  /** For PDF input, the physical page number of the first page read; null for text. */
  pdfFirstPage: number | null;
  /** For PDF input, the superscripts of each line (line index → [offset in the line's text, length]); null for text. */
  evidenceMarkers: ReadonlyMap<number, readonly (readonly [number, number])[]> | null;
}

export type ParagraphDraft = RecordOut;

export interface BuiltParagraphs {
  paragraphs: ParagraphDraft[];
  /** Text with items, per node: what the record rules read. */
  fullText: Map<ParagraphNode, string>;
  /** Markers seen, with the page (0-based) where each was seen. */
  markerPages: { marker: string; page: number }[];
}

/** A paragraph ends complete when its text closes a sentence. */
const CLOSED = /[.!?。！？]["”’)）」』]*$/u;

export function buildParagraphs(tree: DocumentTree, ctx: OutputContext): BuiltParagraphs {
  const notesByPage = new Map<number, Set<string>>();
  for (const n of ctx.notes) {
    const set = notesByPage.get(n.page) ?? new Set<string>();
    set.add(n.marker);
    notesByPage.set(n.page, set);
  }
  const ids = new IdMaker(ctx.symbol, ctx.sha256);
  const fullText = new Map<ParagraphNode, string>();
  const markerPages: { marker: string; page: number }[] = [];

  const notesFor = (first: Line, last: Line): Set<string> => {
    const out = new Set<string>();
    for (let p = first.page; p <= last.page; p++) for (const m of notesByPage.get(p) ?? []) out.add(m);
    return out;
  };

  const byEvidence = ctx.evidenceMarkers !== null;
  const textOf = withEvidence(ctx.evidenceMarkers);
  const evidence = ctx.evidenceMarkers;
  const plain = (pieces: readonly TextPiece[]) => evidence === null || pieces.every((p) => !evidence.has(p.line.index));
  const cleanText = (pieces: readonly TextPiece[], notes: ReadonlySet<string>) => takeMarkers(joinPieces(pieces, ctx.vocabulary, textOf, plain(pieces)), notes, byEvidence);

  const buildItem = (node: ItemNode, notes: Set<string>): Item => {
    const cleaned = cleanText(node.pieces, notes);
    for (const m of cleaned.markers) markerPages.push({ marker: m, page: node.line.page });
    if (node.placement.gap > 0) {
      ctx.messages.add('item-label-gap', 'info', `Unexpected item ${node.marker}, expected the next label in sequence`, node.line.page + 1, ctx.positions.span(node.line.start, node.line.end).line);
    }
    return { label: node.label, marker: node.marker, text: cleaned.text, footnotes: cleaned.markers, items: node.items.map((c) => buildItem(c, notes)) };
  };

  const paragraphs = tree.paragraphs.map((p): ParagraphDraft => {
    const notes = notesFor(p.line, p.lastLine);
    const clean = cleanText(p.pieces, notes);
    if (ctx.docKind === 'upr' && p.number?.kind !== 'main') {
      const moved = attributionFirst(clean.text);
      if (moved !== null) {
        clean.text = moved;
        ctx.messages.add('reordered-attribution', 'info', `Recommendation ${p.label} began with its States' parenthesis: moved to the end, where pdftotext took it from`, p.line.page + 1, null);
      }
    }
    let comment: string | null = null;
    if (ctx.docKind === 'upr' && p.number !== null && p.number.kind !== 'main' && p.items.length === 0) {
      const split = splitUprComment(clean.text, ctx.language);
      clean.text = split.recommendation;
      comment = split.comment;
    }
    for (const m of clean.markers) markerPages.push({ marker: m, page: p.line.page });
    const items = p.items.map((i) => buildItem(i, notes));
    const all = textWithItems(clean.text, items);
    fullText.set(p, all);
    const start = p.line.start + p.from;
    const position = ctx.positions.span(start, Math.max(start, p.lastLine.end));
    const heading = p.headings[p.headings.length - 1];
    const lastText = items.length ? lastItemText(items) : clean.text;
    const continues = p.lastLine === ctx.lastBodyLine && !CLOSED.test(lastText);
    if (p.number && p.number.gap > 0) {
      ctx.messages.add('paragraph-number-gap', 'info', `Unexpected paragraph ${p.label}, expected ${p.number.kind === 'main' ? p.number.main - p.number.gap : 'the next number'}`, p.line.page + 1, position.line);
    }
    if (p.number?.misprint) {
      ctx.messages.add('paragraph-number-misprint', 'warning', `Unexpected number ${p.label} inside the list of paragraph ${p.number.main}, kept as printed`, p.line.page + 1, position.line);
    }
    if (p.fragment) ctx.messages.add('leading-fragment', 'info', 'Text before the first paragraph continues a page not given: kept, not a record', p.line.page + 1, position.line);
    if (continues) ctx.messages.add('paragraph-continues', 'info', `Paragraph ${p.label || '(fragment)'} is cut by the end of the input`, p.lastLine.page + 1, null);
    const numbers = labelNumbers(p.label);
    return {
      id: ids.next(p.label),
      source: ctx.source,
      symbol: ctx.symbol,
      label: p.label,
      // Named, not spread: a spread in the middle of the literal made every field after it a property defined one by one (issue 15).
      paragraph: numbers.paragraph,
      subparagraph: numbers.subparagraph,
      section: heading ? (heading.number ? `${heading.printed ?? `${heading.number}. `}${heading.text}`.trim() : heading.text) : null,
      page: ctx.labels[p.line.page] ?? null,
      pdfPage: ctx.pdfFirstPage === null ? null : p.line.sheet + ctx.pdfFirstPage,
      position,
      text: clean.text,
      items,
      states: ctx.docKind === 'upr' ? recommendingStates(all, ctx.language) : [],
      comment,
      response: null,
      responseSource: null,
      footnotes: clean.markers.length === 0 && items.length === 0 ? [] : [...new Set([...clean.markers, ...itemMarkers(items)])],
      cites: citedSymbols(all),
      signals: [],
      continues,
      continued: p.fragment,
    };
  });
  return { paragraphs, fullText, markerPages };
}

/** The symbols a text cites, each once, in order (joint symbols with their partners). */
function citedSymbols(text: string): string[] {
  const found = findSymbols(text);
  return found.length === 0 ? [] : [...new Set(found.flatMap((f) => [f.symbol, ...f.others]))];
}

/** The text of a piece with the PDF's superscripts wrapped, so the join stage takes exactly those (see takeEvidenceMarkers). */
function withEvidence(markers: OutputContext['evidenceMarkers']): (piece: TextPiece) => string {
  return (piece) => {
    const spans = markers?.get(piece.line.index);
    const text = piece.line.text;
    if (!spans) return text.slice(piece.from);
    let out = '';
    let at = piece.from;
    for (const [start, length] of spans) {
      if (start < piece.from || start + length > text.length) continue;
      out += `${text.slice(at, start)}${EVIDENCE_OPEN}${text.slice(start, start + length)}${EVIDENCE_CLOSE}`;
      at = start + length;
    }
    return out + text.slice(at);
  };
}

/** A parenthesis of States, then the rest of the recommendation. */
const STATES_FIRST = /^(\((?:[^()]|\([^()]*\))+\)[;.,]?)\s+(\S.*)$/;
const ITEM_END = /[;.]$/;
const UPPER_START = /^\p{Lu}/u;

/**
 * pdftotext's default mode sometimes prints the last, short line of a
 * justified recommendation first: "(Iraq); Undertake awareness-raising
 * campaigns…". A UPR recommendation never opens with its States.
 */
function attributionFirst(text: string): string | null {
  const m = STATES_FIRST.exec(text);
  if (!m || ITEM_END.test(m[2]!) || !UPPER_START.test(m[2]!)) return null;
  return `${m[2]} ${m[1]}`;
}

function lastItemText(items: readonly Item[]): string {
  const last = items[items.length - 1]!;
  return last.items.length ? lastItemText(last.items) : last.text;
}

/** Notes with their text; markers whose note is not in the input get text null. */
export function buildFootnotes(
  notes: readonly Note[],
  markerPages: readonly { marker: string; page: number }[],
  labels: readonly (string | null)[],
  lines: readonly Line[],
  pdfFirstPage: number | null,
): Footnote[] {
  // Physical sheet of each page, looked up once rather than by scanning the lines per note.
  const sheets = new Map<number, number>();
  for (const l of lines) if (!sheets.has(l.page)) sheets.set(l.page, l.sheet);
  const sheetOf = (page: number) => sheets.get(page) ?? page;
  const pdfPage = (page: number) => (pdfFirstPage === null ? null : sheetOf(page) + pdfFirstPage);
  const out: Footnote[] = notes.map((n) => ({ marker: n.marker, text: n.text, page: labels[n.page] ?? null, pdfPage: pdfPage(n.page) }));
  const known = new Set(notes.map((n) => n.marker));
  for (const { marker, page } of markerPages) {
    if (known.has(marker)) continue;
    known.add(marker);
    out.push({ marker, text: null, page: labels[page] ?? null, pdfPage: pdfPage(page) });
  }
  return out;
}
