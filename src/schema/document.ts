/**
 * The output contract. Everything unrec writes is validated against these
 * schemas first; `unrec schema` publishes them as JSON Schema. Types used by
 * the rest of the code are derived from here, so the contract is defined once.
 */
import { z } from 'zod';

/** Bumped on any incompatible change of the output shape. */
export const SCHEMA_VERSION = '1.3.0';

/**
 * Offsets are 0-based UTF-16 code-unit offsets into the decoded input text
 * (before normalisation); `line` is 1-based in that same text.
 */
export const PositionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    line: z.number().int().positive(),
  })
  .meta({ description: 'Span in the decoded input text: [start, end) in UTF-16 code units, 1-based start line.' });

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const MessageSchema = z
  .object({
    ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    severity: SeveritySchema,
    reason: z.string(),
    source: z.literal('unrec'),
    page: z.number().int().positive().nullable().meta({ description: 'Physical page (1-based) the message is about.' }),
    line: z.number().int().positive().nullable(),
    note: z.string().optional(),
  })
  .meta({ description: 'A diagnostic: what unrec noticed and why.' });

const ResponseSchema = z.enum(['supported', 'noted', 'pending']).meta({ description: 'UPR: the position of the State under review on a recommendation.' });

const ResponseSourceSchema = z
  .object({
    symbol: z.string().nullable().meta({ description: 'The document that states the position: the report itself or its addendum.' }),
    paragraph: z.string().meta({ description: 'Label of the paragraph that states it: the chapeau ("121"), the sentence after a list, or the addendum\'s paragraph.' }),
  })
  .meta({ description: 'Where a UPR response is stated.' });

export interface Item {
  label: string;
  marker: string;
  text: string;
  footnotes: string[];
  items: Item[];
}

const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z
    .object({
      label: z.string().meta({ description: 'Bare letter or numeral: "a", "ii".' }),
      marker: z.string().meta({ description: 'Literal marker as printed: "(a)", "a)".' }),
      text: z.string(),
      footnotes: z.array(z.string()),
      items: z.array(ItemSchema),
    })
    .meta({ description: 'A lettered or numbered sub-item of a paragraph.' }),
);

export const RecordSchema = z
  .object({
    id: z.string().meta({ description: 'Stable id built from the symbol (or a sha256 prefix) and the label, e.g. "E/CN.4/2000/82#para_91".' }),
    source: z.string(),
    symbol: z.string().nullable(),
    label: z.string().meta({ description: 'Paragraph number as printed, without its dot: "91", "121.1". A string: "121.10" is not "121.1". Sort and group by `paragraph` and `subparagraph`.' }),
    paragraph: z.number().int().nonnegative().nullable().meta({ description: 'The label\'s paragraph number as an integer ("121.10" → 121); null for a leading fragment.' }),
    subparagraph: z.number().int().nonnegative().nullable().meta({ description: 'The label\'s number after the dot as an integer ("121.10" → 10, "91" → null).' }),
    section: z.string().nullable().meta({ description: 'Text of the innermost heading the paragraph falls under.' }),
    page: z.string().nullable().meta({ description: 'Printed page label where the paragraph starts.' }),
    pdfPage: z.number().int().positive().nullable(),
    position: PositionSchema,
    text: z.string().meta({ description: "The paragraph's own text, without its sub-items." }),
    items: z.array(ItemSchema),
    states: z.array(z.string()).meta({ description: 'Recommending States (UPR reports), in order of first appearance.' }),
    comment: z.string().nullable().meta({ description: "UPR: the State under review's comment printed after the recommendation, kept out of `text` and `states`." }),
    response: ResponseSchema.nullable().meta({ description: 'UPR: supported, noted or pending, as the report\'s chapeau (or, parsed with it, the addendum) states; null elsewhere or when nothing states it.' }),
    responseSource: ResponseSourceSchema.nullable(),
    footnotes: z.array(z.string()).meta({ description: 'Footnote markers found in the text.' }),
    cites: z.array(z.string()).meta({ description: 'UN document symbols the text refers to, in order, each once, in normal form.' }),
    signals: z.array(z.string()).meta({ description: 'Why this paragraph is a record.' }),
    continues: z.boolean().meta({ description: 'Cut by the end of the input: its text goes on in a page not given.' }),
    continued: z.boolean().meta({ description: 'Starts before the input begins (a leading fragment).' }),
  })
  .meta({ description: 'One recommendation.' });

const ParagraphSchema = RecordSchema.extend({
  isRecord: z.boolean(),
}).meta({ description: 'Any numbered or leading paragraph of the body (with --all).' });

export const FootnoteSchema = z.object({
  marker: z.string(),
  text: z.string().nullable().meta({ description: 'Note text, null when the marker was found but not its note.' }),
  page: z.string().nullable(),
  pdfPage: z.number().int().positive().nullable(),
});

/** What a piece of page furniture is; the segment stage uses these kinds and no others. */
export const FurnitureKindSchema = z.enum(['header', 'footer', 'page-number', 'job-number', 'barcode', 'continuation', 'recycle', 'noise', 'footnote-separator']);

const FurnitureSchema = z.object({
  kind: FurnitureKindSchema,
  text: z.string(),
  line: z.number().int().positive(),
});

const PageSchema = z.object({
  index: z.number().int().positive().meta({ description: 'Physical page, 1-based (form feeds in text).' }),
  label: z.string().nullable().meta({ description: 'Printed page label.' }),
  furniture: z.array(FurnitureSchema),
});

export const DocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.object({
      path: z.string(),
      format: z.enum(['text', 'markdown', 'html', 'docx', 'pdf']).meta({ description: 'How the input was read. For html and docx, positions are offsets into the HTML (for a .docx, the HTML mammoth made of it).' }),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      encoding: z.string().nullable(),
    }),
    symbol: z.string().nullable(),
    otherSymbols: z.array(z.string()),
    language: z.string().length(2).nullable().meta({ description: 'ISO 639-1.' }),
    docKind: z.enum(['report', 'upr', 'resolution', 'other']),
    title: z.string().nullable().meta({ description: 'The title block as printed, without masthead, session and agenda lines or cover-note wording.' }),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().meta({ description: 'Issue date of the masthead, ISO 8601.' }),
    review: z
      .object({
        state: z.string().meta({ description: 'The State under review, as the title prints it.' }),
        cycle: z.number().int().min(1).meta({ description: 'UPR cycle: 1 (2008–2011), 2 (2012–2016), 3 (2017–2022), 4 (from November 2022).' }),
        session: z.number().int().positive().nullable().meta({ description: 'Working-group session as printed ("held its thirty-fourth session" → 34).' }),
      })
      .nullable()
      .meta({ description: 'UPR reports and their addenda: the review they are about.' }),
    responses: z
      .array(z.object({ recommendation: z.string(), response: ResponseSchema, paragraph: z.string() }))
      .meta({ description: "A UPR addendum: the State's answer to each recommendation, in the report's numbering, with the addendum paragraph that gives it." }),
    pages: z.array(PageSchema),
    recommendations: z.array(RecordSchema),
    footnotes: z.array(FootnoteSchema),
    messages: z.array(MessageSchema),
    paragraphs: z.array(ParagraphSchema).optional(),
  })
  .meta({ title: 'unrec document', description: 'The recommendations found in one UN document.' });

export type Position = z.infer<typeof PositionSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type RecordOut = z.infer<typeof RecordSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type FurnitureKind = z.infer<typeof FurnitureKindSchema>;
export type UnDocument = z.infer<typeof DocumentSchema>;
export type DocKind = UnDocument['docKind'];

/**
 * One NDJSON line or CSV row: a record with its document's context, so that
 * it stands alone in a spreadsheet, a data frame or a Spark table.
 */
export const RecordLineSchema = RecordSchema.extend({
  isRecord: z.boolean().optional().meta({ description: 'With --all: whether this paragraph is a recommendation (lines of non-record paragraphs are included).' }),
  notes: z.array(FootnoteSchema.pick({ marker: true, text: true })).meta({ description: 'The text of each footnote in `footnotes`, in the same order (null when the note is not in the input).' }),
  date: DocumentSchema.shape.date,
  title: DocumentSchema.shape.title,
  docKind: DocumentSchema.shape.docKind,
  language: DocumentSchema.shape.language,
  reviewState: z.string().nullable().meta({ description: 'UPR: the State under review (review.state of the document).' }),
}).meta({ title: 'unrec record line', description: 'One record of `--format ndjson`, with its document\'s context.' });

export type RecordLine = z.infer<typeof RecordLineSchema>;

/**
 * With `--on-error record`: an input that could not be parsed gives exactly
 * this one line in the record stream, so a map step (Spark, Dask, Hadoop)
 * keeps every input accounted for and exits 0.
 */
export const ErrorLineSchema = z
  .object({
    source: z.string().meta({ description: 'The input as given (its path, or "-").' }),
    error: MessageSchema.omit({ source: true, note: true }),
  })
  .meta({ title: 'unrec error line', description: 'An input that gave no records: why (`--on-error record`).' });

export type ErrorLine = z.infer<typeof ErrorLineSchema>;

