/**
 * What a batch reads and where each output goes. Inputs are files, folders
 * (searched recursively for .pdf, .txt, .md), glob patterns, or paths read
 * from stdin; they are expanded, made absolute, deduplicated and sorted, so
 * that a run is the same whatever order the shell or `find` gave.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../base/errors.js';

/** File kinds a folder or glob contributes. */
const INPUT_EXTENSIONS = /\.(?:pdf|txt|md|markdown)$/i;

const GLOB_CHARS = /[*?[\]{}]/;

export interface BatchInput {
  /** As the user would recognise it: relative to the working directory when inside it. */
  display: string;
  absolute: string;
}

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as unknown as { name: string; parentPath?: string; path?: string; isFile(): boolean }[])
    .filter((e) => e.isFile() && INPUT_EXTENSIONS.test(e.name))
    .map((e) => join(e.parentPath ?? e.path ?? dir, e.name));
}

/**
 * Expand arguments into input files. A missing file is kept (it fails on its
 * own, without stopping the batch); a glob that matches nothing is a usage error.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<BatchInput[]> {
  const found = new Set<string>();
  for (const arg of args) {
    if (GLOB_CHARS.test(arg) && !existsQuietly(resolve(cwd, arg))) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false });
      if (matches.length === 0) throw new UsageError(`no input matches "${arg}"`);
      for (const m of matches) found.add(resolve(m));
      continue;
    }
    const abs = resolve(cwd, arg);
    const kind = existsQuietly(abs);
    if (kind === 'dir') for (const f of walk(abs)) found.add(resolve(f));
    else found.add(abs);
  }
  return [...found].sort().map((absolute) => {
    const rel = relative(cwd, absolute);
    return { absolute, display: leavesFolder(rel) ? absolute : rel };
  });
}

function existsQuietly(path: string): 'file' | 'dir' | null {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/** A relative path that climbs out of its folder: "..", "../x" — not "..notes.txt" or "...txt". */
function leavesFolder(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/** The deepest folder that holds every input (`cwd` when there is none). */
export function commonRoot(inputs: readonly BatchInput[], cwd: string): string {
  if (inputs.length === 0) return cwd;
  let root = dirname(inputs[0]!.absolute);
  for (const { absolute } of inputs) {
    while (!(absolute === root || absolute.startsWith(root.endsWith(sep) ? root : root + sep))) {
      const up = dirname(root);
      if (up === root) break;
      root = up;
    }
  }
  return root;
}

/**
 * Where an input's output goes: its path under the common root, inside
 * `outDir`, with the format's extension appended (report.pdf → report.pdf.json),
 * so that same-named files in different folders, and a.pdf beside a.txt,
 * never collide. Returns null when the result would leave `outDir`.
 */
export function outputPath(input: BatchInput, root: string, outDir: string, extension: string): string | null {
  const rel = relative(root, input.absolute);
  if (rel === '' || leavesFolder(rel)) return null;
  const out = resolve(outDir, `${rel}.${extension}`);
  const base = resolve(outDir);
  return out.startsWith(base + sep) ? out : null;
}
