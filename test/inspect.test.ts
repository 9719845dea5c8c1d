// `inspect` renders the layers of the run that made the document: on every
// fixture, the paragraphs and headings it shows are the ones `parse` gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectLines } from '../src/emit/inspect.js';
import { runPipeline } from '../src/pipeline.js';
import { ROOT } from './support/corpus.js';
import { fixtureCases } from './support/fixtures.js';

describe('inspect agrees with parse', () => {
  it.each(fixtureCases())('$name', async ({ input }) => {
    const run = await runPipeline(readFileSync(input), { path: input.slice(ROOT.length + 1), all: true });
    const lines = inspectLines(run);
    const shownLabels = lines.filter((l) => l.zone === 'paragraph' && l.detail !== '').map((l) => l.detail);
    const parsedLabels = (run.document.paragraphs ?? []).filter((p) => p.label !== '').map((p) => p.label);
    expect(shownLabels).toEqual(parsedLabels);
    const headings = lines.filter((l) => l.zone === 'heading').map((l) => l.text);
    for (const section of new Set((run.document.paragraphs ?? []).map((p) => p.section))) {
      if (section === null) continue;
      expect(headings.some((h) => section.startsWith(h.replace(/\*+$/, '')) || h.endsWith(section)), section).toBe(true);
    }
  });
});

describe('inspect shows what the parse takes out of a line, with why', () => {
  it('a page number glued to the last line of a flattened page (seed A_58_275_page23.txt)', async () => {
    const path = 'fixtures/seeds/A_58_275_page23.txt';
    const run = await runPipeline(readFileSync(`${ROOT}/${path}`), { path });
    const line = inspectLines(run).find((l) => l.removed?.includes('page label 23'));
    expect(line?.text.endsWith('such recommendations')).toBe(true);
  });
  it('footnote markers glued to words in text', async () => {
    const run = await runPipeline(Buffer.from('1. States should act in that framework;11 and report.\n__________\n11 See A/57/387.\n'), { path: 'x.txt' });
    expect(inspectLines(run).find((l) => l.zone === 'paragraph')?.removed).toEqual(['marker 11']);
  });
});
