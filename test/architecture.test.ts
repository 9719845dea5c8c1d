// The folders under src/ read bottom-up: each imports only the layers below
// it, so there is no folder-level cycle and a stage can be read on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/corpus.js';

/** Bottom to top. A top-level file is its own layer, named by its file name. */
const LAYERS = ['schema', 'base', 'vocabulary', 'read', 'normalize', 'segment', 'classify', 'assemble', 'emit', 'pipeline', 'index', 'batch', 'cli'];

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The layer of a file under src/: its top folder, or its own name for a top-level file. */
function layerOf(file: string): string {
  const [first, ...rest] = relative(SRC, file).split('/');
  return rest.length ? first! : first!.replace(/\.ts$/, '');
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts'));
}

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('every source file sits in a known layer', () => {
    expect(files.map(layerOf).filter((l) => !LAYERS.includes(l))).toEqual([]);
  });

  it('every import goes to the same layer or one below it', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = LAYERS.indexOf(layerOf(file));
      for (const target of importsOf(file)) {
        const to = LAYERS.indexOf(layerOf(target));
        if (to > from) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
