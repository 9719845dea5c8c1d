/**
 * Gold files (../shared/ANNOTATION.md): what a correct parse of one corpus
 * document must find, written by reading the document.
 */
import { z } from 'zod';

const ResponseSchema = z.enum(['supported', 'noted', 'pending']);

const GoldRecordSchema = z.object({
  label: z.string(),
  pdfPage: z.number().int().positive().optional(),
  page: z.string().optional(),
  items: z.array(z.string()),
  states: z.array(z.string()),
  start: z.string(),
  optional: z.boolean().default(false),
  /** UPR: the position the report itself states for this recommendation (its chapeau). */
  response: ResponseSchema.nullable().optional(),
  /** UPR: the position once the addendum's answers are applied (only where an addendum exists). */
  responseAfterAddendum: ResponseSchema.nullable().optional(),
});

export const GoldSchema = z.object({
  id: z.string(),
  file: z.string(),
  symbol: z.string().nullable(),
  otherSymbols: z.array(z.string()).default([]),
  language: z.string().nullable().optional(),
  docKind: z.string(),
  /** Issue date of the masthead, ISO; null when none is printed. Absent: not annotated. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  /** The title block as printed (ANNOTATION.md, "Titles"). Absent: not annotated. */
  title: z.string().nullable().optional(),
  /** UPR reports and their addenda: the State under review, cycle and working-group session. */
  review: z.object({ state: z.string(), cycle: z.number().int().min(1).max(4), session: z.number().int().positive().nullable() }).nullable().optional(),
  /** A UPR addendum: the State's answer to each recommendation it answers. */
  responses: z.array(z.object({ recommendation: z.string(), response: ResponseSchema })).optional(),
  records: z.array(GoldRecordSchema),
  checks: z
    .object({
      mustNotContain: z.array(z.string()).default([]),
      mustContain: z.array(z.object({ label: z.string(), text: z.string() })).default([]),
    })
    .default({ mustNotContain: [], mustContain: [] }),
  notes: z.string().optional(),
});

export type Gold = z.infer<typeof GoldSchema>;

/** The corpus text files a gold file is scored on, by extraction mode. */
export function goldTexts(gold: Gold, corpusFiles: readonly string[]): { mode: string; file: string }[] {
  const out: { mode: string; file: string }[] = [];
  const pdf = /^pdf\/(.+)\.pdf$/.exec(gold.file);
  if (pdf) {
    const base = pdf[1]!;
    for (const mode of ['pdftotext', 'pdftotext-layout']) {
      const f = `txt/${mode}/${base}.txt`;
      if (corpusFiles.includes(f)) out.push({ mode, file: f });
    }
    for (const f of corpusFiles) if (f.startsWith(`txt/${base}__thirdparty`)) out.push({ mode: 'thirdparty', file: f });
    if (corpusFiles.includes(gold.file)) out.push({ mode: 'pdf', file: gold.file });
    return out;
  }
  if (corpusFiles.includes(gold.file)) out.push({ mode: gold.file.startsWith('seeds/') ? 'seed' : 'thirdparty', file: gold.file });
  return out;
}
