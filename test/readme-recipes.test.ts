// The README's "Use with …" section, run as written: every sh block in bash, every python
// block with a Python that has what it imports, the Dask block on a local distributed
// cluster (two worker processes over TCP) compared with a direct run, and the commands
// of the Spark and Hadoop blocks as those engines start them (paths on stdin, an
// environment holding only PATH). Where Python, pandas or Dask is missing, those blocks
// are skipped with a notice.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './support/cli.js';
import { ROOT } from './support/corpus.js';

interface Block {
  info: string;
  code: string;
}

/** Fenced blocks of the section, in order, with their info strings ("sh", "python dask"). */
function recipeBlocks(): Block[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Use with jq');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 4));
  return [...section.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ info: m[1]!.trim(), code: m[2]! }));
}

/** The first Python that imports these modules, or null. */
function pythonWith(modules: string[]): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' });
    if (r.status === 0) return python;
  }
  return null;
}

const blocks = recipeBlocks();
let work = '';
let shimDir = '';
const PATH = () => `${shimDir}:/usr/local/bin:/usr/bin:/bin`;

function sh(code: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', code], { cwd: work, encoding: 'utf8', env: { PATH: PATH(), HOME: process.env.HOME ?? '/tmp', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'unrec-recipes-'));
  // `unrec` on PATH, as a global install gives it (test/install.test.ts tests that install).
  shimDir = join(work, '.bin');
  mkdirSync(shimDir);
  writeFileSync(join(shimDir, 'unrec'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(shimDir, 'unrec'), 0o755);
  copyFileSync(join(ROOT, 'fixtures', 'seeds', 'E_CN.4_2000_82_page18.txt'), join(work, 'report.txt'));
  copyFileSync(join(ROOT, 'fixtures', 'data', 'upr-report.txt'), join(work, 'upr-report.txt'));
  mkdirSync(join(work, 'archive'));
  copyFileSync(join(work, 'report.txt'), join(work, 'archive', 'report.txt'));
  copyFileSync(join(work, 'upr-report.txt'), join(work, 'archive', 'upr-report.txt'));
  writeFileSync(join(work, 'archive', 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
  const paths = ['broken.pdf', 'report.txt', 'upr-report.txt'].map((f) => join(work, 'archive', f));
  writeFileSync(join(work, 'paths.txt'), paths.map((p) => `${p}\n`).join(''));
  // As the Spark paragraph says: `unrec schema --spark > unrec.spark.json`.
  writeFileSync(join(work, 'unrec.spark.json'), execFileSync(process.execPath, [BIN, 'schema', '--spark'], { cwd: work }));
});

/** NDJSON lines of a direct run over the archive, the reference every engine must give. */
function direct(): Record<string, unknown>[] {
  const r = sh(`unrec parse --from paths.txt --format ndjson --on-error record`);
  expect(r.status).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

describe("the README's Use with … recipes, as written", () => {
  it('has the blocks this test knows how to run', () => {
    expect(blocks.map((b) => b.info)).toEqual(['sh', 'sh', 'python', 'sh', 'python', 'python dask', 'python spark', 'sh hadoop']);
  });

  it('jq, pandas, spreadsheet and csv blocks run in order and do what they say', () => {
    const pandas = pythonWith(['pandas']);
    const python = pythonWith(['csv']);
    let ran = 0;
    for (const b of blocks) {
      if (b.info === 'sh') {
        const r = sh(b.code);
        expect(r.status, `${b.code}\n${r.stderr}`).toBe(0);
        ran++;
      } else if (b.info === 'python') {
        const needs = b.code.includes('import pandas') ? pandas : python;
        if (!needs) {
          console.warn('readme-recipes: no Python with pandas here: the pandas block is skipped');
          continue;
        }
        const r = spawnSync(needs, ['-c', b.code], { cwd: work, encoding: 'utf8' });
        expect(r.status, `${b.code}\n${r.stderr}`).toBe(0);
        ran++;
        if (b.code.includes('import pandas')) {
          // The labels survived: 120.1 and 120.10 are two rows, not one number.
          expect(r.stdout).toMatch(/Arcadia\s+noted\s+2\n\s+supported\s+12\n/);
        } else expect(r.stdout).toBe('A/HRC/98/12 120.1 \n'); // no '\ufeffsymbol' key, a label kept; 120.1 has no footnote
      }
    }
    expect(ran).toBeGreaterThanOrEqual(3);
    // What the shell blocks said they make.
    const all = readFileSync(join(work, 'all.csv'), 'utf8');
    expect(all.match(/\uFEFF/g)).toHaveLength(1);
    expect(all.match(/^\uFEFF?symbol,/gm)).toHaveLength(1);
    expect(all).toContain('A/HRC/98/12,120.10,');
    expect(all).toContain('E/CN.4/2000/82,91,');
    const items = readFileSync(join(work, 'items.csv'), 'utf8');
    expect(items).toContain(',a,(a),inclusive schools in every district;');
  });

  it('the jq blocks print what a reader expects', () => {
    const r = sh(blocks[0]!.code);
    expect(r.stdout).toContain('120.10\tDenmark\tsupported');
    expect(r.stdout).toContain('{"symbol":"E/CN.4/2000/82","records":');
    expect(r.stdout).toContain('["E/CN.4/2000/82","A/HRC/98/12"]'.replace(/,/g, ',\n  ').replace('[', '[\n  ').replace(/]$/, '\n]'));
    expect(r.stdout).toContain('{"source":"archive/broken.pdf","why":');
  });

  it('the Dask block on a local cluster gives exactly the records of a direct run, the corrupt PDF as an error line', { timeout: 120_000 }, () => {
    const python = pythonWith(['dask.bag', 'distributed']);
    if (!python) {
      console.warn('readme-recipes: no Python with dask.distributed here (Debian: python3-distributed): the Dask recipe is skipped');
      return;
    }
    const block = blocks.find((b) => b.info === 'python dask')!;
    writeFileSync(join(work, 'dask_recipe.py'), block.code);
    const r = spawnSync(python, ['dask_recipe.py'], { cwd: work, encoding: 'utf8', env: { ...process.env, PATH: `${shimDir}:${process.env.PATH}` }, timeout: 110_000 });
    expect(r.status, r.stderr).toBe(0);
    const fromDask = JSON.parse(readFileSync(join(work, 'records.json'), 'utf8'));
    expect(fromDask).toEqual(direct());
    expect(fromDask.filter((l: { error?: unknown }) => l.error).map((l: { source: string }) => l.source)).toEqual([join(work, 'archive', 'broken.pdf')]);
    expect(r.stdout).toMatch(/^\d+ records; 1 inputs failed:/m);
  });

  it("the Spark block's pipe command, started as RDD.pipe starts it, accounts for every input", () => {
    const block = blocks.find((b) => b.info === 'python spark')!;
    const command = /\.pipe\("([^"]+)"/.exec(block.code)![1]!;
    expect(block.code).toContain('env={"PATH": os.environ["PATH"]}');
    expect(block.code).toContain('checkCode=True');
    // Spark's PipedRDD splits the command on white space and runs it with the given env only.
    const r = spawnSync(command.split(/\s+/)[0]!, command.split(/\s+/).slice(1), { cwd: work, encoding: 'utf8', env: { PATH: PATH() }, input: readFileSync(join(work, 'paths.txt'), 'utf8') });
    expect(r.status).toBe(0);
    const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(got).toEqual(direct());
    // The schema it reads with names every key of every line.
    const spark = JSON.parse(readFileSync(join(work, 'unrec.spark.json'), 'utf8')) as { fields: { name: string }[] };
    const names = new Set(spark.fields.map((f) => f.name));
    for (const l of got) for (const k of Object.keys(l)) expect(names.has(k), k).toBe(true);
  });

  it("the Hadoop block's mapper, with only -cmdenv PATH, accounts for every input and exits 0", () => {
    const block = blocks.find((b) => b.info === 'sh hadoop')!;
    const mapper = /-mapper '([^']+)'/.exec(block.code)![1]!;
    expect(block.code).toContain('-cmdenv PATH="$PATH"');
    const r = spawnSync('bash', ['-c', mapper], { cwd: work, encoding: 'utf8', env: { PATH: PATH() }, input: readFileSync(join(work, 'paths.txt'), 'utf8') });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual(direct());
  });
});
