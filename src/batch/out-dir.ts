/**
 * The output folder is unrec's own only where unrec made it so: one run at a
 * time holds it (a lock file), clean-up removes only the temporaries runs of
 * unrec made (their names carry a run marker) and never walks through a
 * symbolic link, and no write goes through a link out of the folder.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UnrecError } from '../base/errors.js';

export const LOCK_NAME = '.unrec-lock';

/** Temporaries a run writes: "<output>.unrec-tmp-<pid>-<time in base 36>". */
const RUN_TEMPORARY = /\.unrec-tmp-(\d+)-[0-9a-z]+$/;

/** The marker of this run's temporaries. */
export function runMarker(pid: number, now: number): string {
  return `${pid}-${now.toString(36)}`;
}

/**
 * Take the folder for this run; throws when another live run holds it. A
 * lock left by a run that died is taken over. Returns the release.
 */
export function lockOutDir(outDir: string, pid: number, isAlive: (pid: number) => boolean): () => void {
  const file = join(outDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== pid && isAlive(holder)) {
        throw new UnrecError(`${outDir}: another unrec batch (pid ${holder}) is writing into this folder; wait for it or remove ${file} if it is gone`, 'out-dir-locked');
      }
      rmSync(file, { force: true }); // a run that died left it
    }
  }
  throw new UnrecError(`${outDir}: could not take the lock ${file}`, 'out-dir-locked');
}

/** Remove the temporaries of runs that are gone, walking the folder without following links. */
export function removeStaleTemporaries(outDir: string, isAlive: (pid: number) => boolean): void {
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path); // a symbolic link is neither a directory nor a file here
      else if (entry.isFile()) {
        const m = RUN_TEMPORARY.exec(entry.name);
        if (m && !isAlive(Number(m[1]))) rmSync(path, { force: true });
      }
    }
  };
  walk(outDir);
}

/** The real path of `path`, or of its deepest existing folder with the rest appended. */
function realOrPlanned(path: string): string {
  const rest: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return path;
      rest.push(at.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
      at = up;
    }
  }
}

/** Does `path`, links resolved, stay inside `outDir` (links resolved)? */
export function staysInside(outDir: string, path: string): boolean {
  const base = realOrPlanned(resolve(outDir));
  const real = realOrPlanned(resolve(path));
  const rel = relative(base, real);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep);
}

/** Is there anything at `path`, a link included? */
export function occupied(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Is `path` a symbolic link? */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** One plain reason for an output-side failure. */
export function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC': return 'the disk is full';
    case 'EACCES': case 'EPERM': case 'EROFS': return 'permission denied (read-only?)';
    case 'EISDIR': return 'a folder is in the way';
    case 'ENOTDIR': return 'a file is in the way of its folder';
    case 'ENAMETOOLONG': return 'the name is too long for the file system';
    case 'EEXIST': return 'a file is in the way';
    default: return code ?? (error as Error)?.message ?? String(error);
  }
}
