/**
 * The pure core: decoded text → validated document. Stages run in the order
 * the folder tree shows: normalize → segment → classify → assemble.
 */
import { detectDocKind, findTitle } from '../classify/doc-kind.js';
import { detectLanguage } from '../classify/language.js';
import { findDocumentSymbol } from '../classify/masthead.js';
import { assignRoles } from '../classify/roles.js';
import { normalize } from '../normalize/index.js';
import { OffsetMap, type OffsetMapLike } from '../base/offset-map.js';
import { SCHEMA_VERSION, type UnDocument } from '../schema/document.js';
import { segment } from '../segment/index.js';
import { Messages } from './diagnostics.js';
import { buildFootnotes, buildParagraphs } from './output.js';
import { InputPositions } from './positions.js';
import { judgeParagraphs } from './records.js';
import { buildTree } from './tree.js';
import { Vocabulary } from './join.js';

export interface ParseInput {
  /** Text to parse: the decoded input, or what a reader made of it (Markdown). */
  text: string;
  /** When `text` was made from another source: that source and the map back to it. */
  origin?: { text: string; map: OffsetMapLike };
  /** Lines the reader knows to be headings (Markdown headings). */
  headings?: ReadonlySet<string>;
  /** PDF input: the first physical page read, and the lines that open footnote areas (offsets in `text`). */
  pdf?: { firstPage: number; footnoteStarts: ReadonlySet<number>; furniture?: ReadonlyMap<number, 'header' | 'footer'>; repaired?: boolean };
  path: string;
  sha256: string;
  format: 'text' | 'markdown' | 'pdf';
  encoding: string | null;
}

export interface ParseOptions {
  /** Also return every paragraph, records or not. */
  all?: boolean;
}

const MASTHEAD_WORDS = /^(?:Distr\.|United Nations|Nations Unies|UNITED|General Assembly|Security Council|Economic and Social Council)/;

export function assembleDocument(input: ParseInput, options: ParseOptions = {}): UnDocument {
  const messages = new Messages();
  const norm = normalize(input.text);
  const footnoteStarts = new Set([...(input.pdf?.footnoteStarts ?? [])].map((o) => norm.map.fromOriginal(o)));
  const furniture = new Map([...(input.pdf?.furniture ?? [])].map(([o, w]) => [norm.map.fromOriginal(o), w] as const));
  const { lines, pages, labels, notes } = segment(norm.text, { footnoteStarts, furniture });
  const symbol = findDocumentSymbol(lines, pages);
  const roles = assignRoles(lines, input.headings);

  const bodyLines = lines.filter((l) => l.zone === 'body');
  const firstPage = bodyLines.filter((l) => l.page === (bodyLines[0]?.page ?? 0));
  const hasMasthead = firstPage.some((l) => MASTHEAD_WORDS.test(l.text));
  const firstText = bodyLines[0]?.text ?? '';
  const leadingIsFragment =
    /^[\p{Ll}\d,;.)]/u.test(firstText) || (!hasMasthead && labels[0] !== null && labels[0] !== '1');
  const tree = buildTree(roles, leadingIsFragment);

  const firstUnit = tree.paragraphs[0]?.line.index ?? Infinity;
  const frontLines = bodyLines.filter((l) => l.index < firstUnit && l.page <= 1).map((l) => l.text);
  const title = findTitle(frontLines);
  const attributed = tree.paragraphs.filter((p) => p.number !== null && p.number.kind !== 'main' && /\)[;.]?$/.test(p.lastLine.text)).length;
  const docKind = detectDocKind(symbol.symbol, frontLines.join('\n'), title, attributed);
  const bodyText = bodyLines.map((l) => l.text).join('\n');
  const language = detectLanguage(bodyText);

  const vocabulary = new Vocabulary(bodyText);
  const positions = input.origin
    ? new InputPositions(input.origin.text, OffsetMap.compose(norm.map, input.origin.map))
    : new InputPositions(input.text, norm.map);
  const built = buildParagraphs(tree, { vocabulary, notes, labels, positions, symbol: symbol.symbol, sha256: input.sha256, source: input.path, docKind, messages, lastBodyLine: bodyLines[bodyLines.length - 1], pdfFirstPage: input.pdf?.firstPage ?? null });
  const verdicts = judgeParagraphs(tree.paragraphs, docKind, (p) => built.fullText.get(p)!);
  const paragraphs = built.paragraphs.map((p, i) => ({ ...p, signals: verdicts[i]!.signals, isRecord: verdicts[i]!.isRecord }));
  const recommendations = paragraphs.filter((p) => p.isRecord).map(({ isRecord: _, ...r }) => r);
  if (docKind !== 'upr') for (const r of recommendations) r.states = [];

  if (!symbol.symbol) messages.add('symbol-not-found', 'warning', 'Unexpected document without a UN symbol, expected one in the masthead or running header', 1, null);
  else if (symbol.from === 'header') messages.add('symbol-from-header', 'info', `Symbol ${symbol.symbol} taken from the running header: no masthead found`, null, null);
  for (const m of symbol.mismatches) {
    messages.add('header-symbol-mismatch', 'warning', `Unexpected header symbol ${m.symbol}, expected ${symbol.symbol}`, m.line.page + 1, positions.span(m.line.start, m.line.end).line);
  }
  if (input.encoding?.includes('+')) messages.add('mixed-encoding', 'warning', `Unexpected mix of encodings (${input.encoding}): stray bytes read as Windows-1252`, null, null);
  if (language === null && bodyText.length > 200) messages.add('language-unknown', 'warning', 'Unexpected language: none of the languages unrec reads (en, fr, es, ru, ar, zh); records may be missing', null, null);
  if (input.pdf?.repaired) messages.add('pdf-repaired', 'warning', 'Unexpected broken PDF structure, rebuilt by pdf.js: the text may be incomplete', null, null);
  if (recommendations.length === 0) messages.add('no-records', 'info', 'No recommendation found', null, null);

  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: input.path, format: input.format, sha256: input.sha256, encoding: input.encoding },
    symbol: symbol.symbol,
    otherSymbols: symbol.otherSymbols,
    language,
    docKind,
    title,
    pages: pages.map((pageLines, i) => ({
      index: i + 1,
      label: labels[i] ?? null,
      furniture: pageLines
        .map((k) => lines[k]!)
        .filter((l) => l.furniture !== undefined)
        .map((l) => ({ kind: l.furniture as 'header', text: l.text, line: positions.span(l.start, l.end).line })),
    })),
    recommendations,
    footnotes: buildFootnotes(notes, built.markerPages, labels, lines, input.pdf?.firstPage ?? null),
    messages: messages.list,
    ...(options.all ? { paragraphs } : {}),
  };
}
