/**
 * A record as it stands alone in a stream, a table or a data frame: its
 * document's context (date, title, kind, language, State under review) and
 * the text of its footnotes beside it. NDJSON and CSV both read from here.
 */
import type { Footnote, RecordLine, RecordOut, UnDocument } from '../schema/document.js';

type Paragraph = NonNullable<UnDocument['paragraphs']>[number];

/** The note a record's marker stands for: the one printed on the record's page, else the first with that marker. */
function noteFor(doc: UnDocument, r: RecordOut, marker: string): Footnote | undefined {
  const candidates = doc.footnotes.filter((f) => f.marker === marker);
  return candidates.find((f) => f.page !== null && f.page === r.page) ?? candidates[0];
}

/** One line of the stream: a record (or with --all, any paragraph) with its document's context. */
function recordLine(doc: UnDocument, r: RecordOut | Paragraph): RecordLine {
  return {
    ...r,
    notes: r.footnotes.map((marker) => ({ marker, text: noteFor(doc, r, marker)?.text ?? null })),
    date: doc.date,
    title: doc.title,
    docKind: doc.docKind,
    language: doc.language,
    reviewState: doc.review?.state ?? null,
  };
}

/** The lines of a document: its records, or every paragraph when it was parsed with --all. */
export function recordLines(doc: UnDocument): RecordLine[] {
  return (doc.paragraphs ?? doc.recommendations).map((r) => recordLine(doc, r));
}
