/**
 * Run the evaluation: every gold file in `goldDir`, every text extraction of
 * its document in `corpusDir`, parsed and scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type ParseOptions } from '../../src/index.js';
import { GoldSchema, goldTexts, type Gold } from './gold.js';
import { scoreDocument, type Score } from './score.js';

export interface EvalRow {
  gold: Gold;
  mode: string;
  file: string;
  score: Score;
}

export function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), root) : [relative(root, join(dir, e.name))],
  );
}

function loadGold(goldDir: string): Gold[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), 'utf8'))));
}

/** Score every gold document; `options` (the PDF engine) go to every parse. */
export async function runEval(corpusDir: string, goldDir: string, options: ParseOptions = {}): Promise<EvalRow[]> {
  const files = listFiles(corpusDir);
  const rows: EvalRow[] = [];
  for (const gold of loadGold(goldDir)) {
    for (const { mode, file } of goldTexts(gold, files)) {
      const doc = await parse(readFileSync(join(corpusDir, file)), { ...options, path: file });
      rows.push({ gold, mode, file, score: scoreDocument(doc, gold) });
    }
  }
  return rows;
}
