// The command line runs from one bundled file (scripts/bundle.mjs): unrec's modules,
// commander, chalk and zod inside; pdf.js, PDFium, mammoth and the unified packages outside,
// loaded only for the inputs that need them (pdf.js must not be bundled at all).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnUnrec } from './support/cli.js';
import { ROOT } from './support/corpus.js';

describe('the bundled command line', () => {
  const bundle = readFileSync(join(ROOT, 'dist', 'unrec.mjs'), 'utf8');

  it('is what bin/unrec.js runs', () => {
    expect(readFileSync(join(ROOT, 'bin', 'unrec.js'), 'utf8')).toContain("from '../dist/unrec.mjs'");
    expect(spawnUnrec(['--version']).stdout.trim()).toBe('0.1.0');
  });

  it('holds the always-needed modules and leaves pdf.js, mammoth and unified outside', () => {
    expect(bundle).toContain('function prescriptiveSignals');
    for (const external of ['pdf-parse', '@embedpdf/pdfium', 'mammoth', 'unified', 'rehype-parse', 'remark-parse']) expect(bundle, external).toMatch(new RegExp(`import\\(["']${external}["']\\)`));
    expect(bundle).not.toContain('GlobalWorkerOptions');
  });
  it('carries zod\'s English locale only', () => {
    const locales = bundle.match(/\/\/ node_modules\/zod\/v4\/locales\/\S+/g) ?? [];
    expect(locales).toEqual(['// node_modules/zod/v4/locales/en.js']);
  });
});
