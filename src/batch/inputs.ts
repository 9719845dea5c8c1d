/**
 * What a batch reads and where each output goes. Inputs are files, folders
 * (searched recursively for .pdf, .txt, .md), glob patterns, or paths read
 * from stdin; they are expanded, made absolute, deduplicated and sorted, so
 * that a run is the same whatever order the shell or `find` gave.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
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

/** A file a folder or glob walk passed over, and why: said, never silent. */
export interface Skipped {
  path: string;
  why: string;
}

/**
 * Input files under a folder. Links are followed to files and folders alike,
 * each real folder walked once (a link back up cannot loop) and each real file
 * taken once; FIFOs, sockets and devices are passed over, and said.
 */
function walk(root: string, skipped: Skipped[]): string[] {
  const files: string[] = [];
  const seenDirs = new Set<string>();
  const visit = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      let info: Stats;
      try {
        info = entry.isSymbolicLink() ? statSync(path) : (entry as unknown as Stats);
      } catch {
        if (INPUT_EXTENSIONS.test(entry.name)) skipped.push({ path, why: 'a link that leads nowhere' });
        continue;
      }
      if (info.isDirectory()) visit(path);
      else if (!INPUT_EXTENSIONS.test(entry.name)) continue;
      else if (info.isFile()) files.push(path);
      else skipped.push({ path, why: 'not a regular file (a FIFO, a socket or a device)' });
    }
  };
  visit(root);
  return files;
}

/**
 * Expand arguments into input files. A missing file is kept (it fails on its
 * own, without stopping the batch); a glob that matches nothing is a usage error.
 */
export async function expandInputs(args: readonly string[], cwd: string, skipped: Skipped[] = []): Promise<BatchInput[]> {
  const found = new Map<string, string>(); // real path → the path it was found at
  const add = (path: string) => {
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      // missing: kept, it fails on its own
    }
    // One real file, one input, named by the first of its paths in name order (whatever order the walk met them).
    const known = found.get(real);
    if (known === undefined || path < known) found.set(real, path);
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg) && !existsQuietly(resolve(cwd, arg))) {
      const { glob } = await import('tinyglobby');
      // Links are not followed by the glob (they can loop); each match is taken by its real path.
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false });
      if (matches.length === 0) throw new UsageError(`no input matches "${arg}"`);
      for (const m of matches) add(resolve(m));
      continue;
    }
    const abs = resolve(cwd, arg);
    const kind = existsQuietly(abs);
    if (kind === 'dir') for (const f of walk(abs, skipped)) add(resolve(f));
    else add(abs);
  }
  return [...found.values()].sort().map((absolute) => {
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
