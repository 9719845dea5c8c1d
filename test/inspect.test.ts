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
