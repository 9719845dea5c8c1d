/**
 * Where the shared corpus is. Tests that need it skip with a visible notice
 * when it is missing, except under CI=true, where a missing corpus fails.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = process.env.UNREC_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
export const HAS_CORPUS = existsSync(join(CORPUS, 'MANIFEST.tsv'));
export const IN_CI = process.env.CI === 'true';

if (!HAS_CORPUS && !IN_CI) {
  console.warn(`\n  NOTICE: corpus not found at ${CORPUS}; corpus tests are skipped.\n`);
}

/** `describe` for corpus tests: runs when the corpus is there; fails under CI when it is not. */
export function corpusAvailable(): boolean {
  if (!HAS_CORPUS && IN_CI) throw new Error(`CI=true but the corpus is missing at ${CORPUS}`);
  return HAS_CORPUS;
}
