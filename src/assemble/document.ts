/**
 * The last stage: classified layers → the document (title, kind, language,
 * records, footnotes, messages). It builds the paragraph tree from the line
 * roles and decides nothing about lines itself.
 */
import { OffsetMap } from '../base/offset-map.js';
import type { ParseOptions } from '../base/options.js';
import { detectDocKind } from '../classify/doc-kind.js';
import { findTitle } from '../classify/title.js';
import { leadingTextIsFragment } from '../classify/fragment.js';
import { ADDENDUM_TITLE } from '../classify/addendum.js';
import { checkedAnswers } from './addendum-answers.js';
import { findIssueDate } from '../classify/document-date.js';
import { languageWords } from '../vocabulary/languages/index.js';
import { detectLanguage } from '../classify/language.js';
import { findReview } from '../classify/upr-review.js';
import type { SymbolFinding } from '../classify/masthead.js';
import type { Role } from '../classify/roles.js';
import type { NormalizedText } from '../normalize/index.js';
import type { ReadDocument } from '../read/index.js';
import { SCHEMA_VERSION, type UnDocument } from '../schema/document.js';
import type { EvidenceMarkers } from '../segment/evidence.js';
import type { Segmented } from '../segment/index.js';
import { Messages } from './diagnostics.js';
import { Vocabulary } from './join.js';
import { buildFootnotes, buildParagraphs } from './output.js';
import { InputPositions } from './positions.js';
import { frontMatter } from './front.js';
import { judgeParagraphs } from './records.js';
import { chapeauResponses } from './responses.js';
import { attributedListCount, buildTree, withoutTitleHeadings, type DocumentTree } from './tree.js';

/** The layers the stages before this one made. */
export interface ClassifiedLayers {
  /** What the reader made of the bytes. */
  read: ReadDocument;
  /** The read text with the guarantees of the normalize stage, and the offset map back. */
  normalized: NormalizedText;
  /** Lines with zones (furniture, footnotes, body), pages, page labels, notes. */
  segmented: Segmented;
  symbol: SymbolFinding;
  /** The role of every body line. */
  roles: readonly Role[];
  /** PDF input: the footnote markers the layout saw (superscripts), by line (segment/evidence.ts); null for text. */
  evidenceMarkers: EvidenceMarkers | null;
}

/** Where the input came from: shown in the output and hashed into ids. */
export interface SourceInfo {
  path: string;
  sha256: string;
}

export function assembleDocument(layers: ClassifiedLayers, source: SourceInfo, options: ParseOptions = {}): { tree: DocumentTree; document: UnDocument } {
  const { read, normalized: norm, segmented, symbol, roles } = layers;
  const { lines, pages, labels, notes } = segmented;
  const messages = new Messages();
  const bodyLines = lines.filter((l) => l.zone === 'body');
  const everyHeading = buildTree(roles, leadingTextIsFragment(bodyLines, labels));

  const firstUnit = everyHeading.paragraphs[0]?.line.index ?? Infinity;
  const front = frontMatter(lines, firstUnit, read.pdf?.layout.lines ?? null);
  const frontLines = front.map((l) => l.text);
  const bodyText = bodyLines.map((l) => l.text).join('\n');
  const language = detectLanguage(bodyText);
  const title = findTitle(front, language);
  const tree = withoutTitleHeadings(everyHeading, title, language);
  const docKind = detectDocKind(symbol.symbol, frontLines.join('\n'), title, attributedListCount(tree), language);
  const pdfFirstPage = read.pdf?.firstPage ?? null;

  const positions = read.origin
    ? new InputPositions(read.origin.text, OffsetMap.compose(norm.map, read.origin.map))
    : new InputPositions(read.text, norm.map);
  const built = buildParagraphs(tree, {
    vocabulary: new Vocabulary(bodyText, languageWords(language)?.wordDivision === true, bodyLines), notes, labels, positions, symbol: symbol.symbol, sha256: source.sha256, source: source.path,
    docKind, language, messages, lastBodyLine: bodyLines[bodyLines.length - 1], pdfFirstPage,
    evidenceMarkers: layers.evidenceMarkers,
  });
  const verdicts = judgeParagraphs(tree.paragraphs, docKind, (p) => built.fullText.get(p)!, language);
  const stated = docKind === 'upr' ? chapeauResponses(tree.paragraphs, built.paragraphs.map((p) => p.text), symbol.symbol) : [];
  // The drafts are this function's own: the responses and signals go into them in place (their keys exist already, so the key order stays).
  built.paragraphs.forEach((p, i) => Object.assign(p, stated[i] ?? {}, { signals: verdicts[i]!.signals }));
  // The first two pages: a text without page breaks can be cut into pages at its first running header, inside the masthead; findIssueDate keeps to the masthead's lines.
  const date = findIssueDate([...(pages[0] ?? []), ...(pages[1] ?? [])].map((k) => lines[k]!));
  const review = docKind === 'upr' ? findReview(frontLines, bodyText, date, language) : null;
  const recommendations = built.paragraphs.filter((_, i) => verdicts[i]!.isRecord);

  if (!symbol.symbol) messages.add('symbol-not-found', 'warning', 'Unexpected document without a UN symbol, expected one in the masthead or running header', 1, null);
  else if (symbol.from === 'header') messages.add('symbol-from-header', 'info', `Symbol ${symbol.symbol} taken from the running header: no masthead found`, null, null);
  for (const m of symbol.mismatches) {
    messages.add('header-symbol-mismatch', 'warning', `Unexpected header symbol ${m.symbol}, expected ${symbol.symbol}`, m.line.page + 1, positions.span(m.line.start, m.line.end).line);
  }
  if (read.encoding?.includes('+')) messages.add('mixed-encoding', 'warning', `Unexpected mix of encodings (${read.encoding}): stray bytes read as Windows-1252`, null, null);
  if (language === null && bodyText.length > LANGUAGE_EVIDENCE_CHARS) messages.add('language-unknown', 'warning', 'Unexpected language: none of the languages unrec reads (en, fr, es, ru, ar, zh); records may be missing', null, null);
  for (const note of read.notes ?? []) messages.add(note.ruleId, 'warning', note.reason, null, null);
  if (read.pdf?.repaired) messages.add('pdf-repaired', 'warning', 'Unexpected broken PDF structure, rebuilt by pdf.js: the text may be incomplete', null, null);
  if (recommendations.length === 0) messages.add('no-records', 'info', 'No recommendation found', null, null);

  const document: UnDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: source.path, format: read.format, sha256: source.sha256, encoding: read.encoding },
    symbol: symbol.symbol,
    otherSymbols: symbol.otherSymbols,
    language,
    docKind,
    title,
    date,
    review,
    responses: docKind === 'upr' && (ADDENDUM_TITLE.test(frontLines.join(' ')) || /\/Add\.\d+$/.test(symbol.symbol ?? '')) ? checkedAnswers(tree.paragraphs.map((p) => ({ label: p.label, text: built.fullText.get(p)! })), bodyText, messages) : [],
    pages: pages.map((pageLines, i) => ({
      index: i + 1,
      label: labels[i] ?? null,
      furniture: pageLines
        .map((k) => lines[k]!)
        .filter((l) => l.furniture !== undefined)
        .map((l) => ({ kind: l.furniture as 'header', text: l.text, line: positions.span(l.start, l.end).line })),
    })),
    recommendations,
    footnotes: buildFootnotes(notes, built.markerPages, labels, lines, pdfFirstPage),
    messages: messages.list,
    ...(options.all ? { paragraphs: built.paragraphs.map((p, i) => ({ ...p, isRecord: verdicts[i]!.isRecord })) } : {}),
  };
  return { tree, document };
}

/** Below this much body text, finding no known language says nothing (a stub, a cover page). */
const LANGUAGE_EVIDENCE_CHARS = 200;
