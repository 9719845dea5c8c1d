/**
 * Gold files (../shared/ANNOTATION.md): what a correct parse of one corpus
 * document must find, written by reading the document.
 */
import { z } from 'zod';

const GoldRecordSchema = z.object({
  label: z.string(),
  pdfPage: z.number().int().positive().optional(),
  page: z.string().optional(),
  items: z.array(z.string()),
  states: z.array(z.string()),
  start: z.string(),
  optional: z.boolean().default(false),
});

export const GoldSchema = z.object({
  id: z.string(),
  file: z.string(),
  symbol: z.string().nullable(),
  otherSymbols: z.array(z.string()).default([]),
  language: z.string().nullable().optional(),
  docKind: z.string(),
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
