/**
 * One run of the pipeline with every layer kept, in the order the folders
 * read: read → normalize → segment → classify → assemble. `parse` returns
 * the document of a run; `inspect` renders the other layers of the same run,
 * so the two cannot drift apart.
 */
import { createHash } from 'node:crypto';
import type { ParseOptions, ParseRequest } from './base/options.js';
import { assembleDocument, type ClassifiedLayers, type SourceInfo } from './assemble/document.js';
import type { DocumentTree } from './assemble/tree.js';
import { findDocumentSymbol } from './classify/masthead.js';
import { assignRoles } from './classify/roles.js';
import { normalize, type NormalizedText } from './normalize/index.js';
import { readDocument, type ReadDocument } from './read/index.js';
import type { UnDocument } from './schema/document.js';
import { validateDocument } from './assemble/validate.js';
import { markersByLine } from './segment/evidence.js';
import { segment, type SegmentHints } from './segment/index.js';

/** Every layer of one run. */
export interface PipelineRun extends ClassifiedLayers {
  /** Headings, paragraphs and their items. */
  tree: DocumentTree;
  /** The validated output. */
  document: UnDocument;
}

/** sha256 of the input bytes, hex. Taken before anything consumes the buffer. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Read and parse one input. Throws UnrecError for inputs that cannot be parsed. */
export async function runPipeline(bytes: Uint8Array, request: ParseRequest): Promise<PipelineRun> {
  const sha256 = sha256Hex(bytes);
  const read = await readDocument(bytes, request);
  return runStages(read, { path: request.path, sha256 }, request);
}

/** The stages after reading: pure, synchronous. */
export function runStages(read: ReadDocument, source: SourceInfo, options: ParseOptions = {}): PipelineRun {
  const normalized = normalize(read.text);
  const segmented = segment(normalized.text, readerHints(read, normalized));
  const symbol = findDocumentSymbol(segmented.lines, segmented.pages);
  const roles = assignRoles(segmented.lines, read.headings);
  const evidenceMarkers = read.pdf ? markersByLine(read.pdf.layout.markers, normalized.map, segmented.lines) : null;
  const { tree, document } = assembleDocument({ read, normalized, segmented, symbol, roles, evidenceMarkers }, source, options);
  return { read, normalized, segmented, symbol, roles, evidenceMarkers, tree, document: validateDocument(document) };
}

/** What the PDF layout knows (footnote areas, running furniture), moved into normalised offsets. */
function readerHints(read: ReadDocument, normalized: NormalizedText): SegmentHints {
  const layout = read.pdf?.layout;
  if (!layout) return {};
  const at = (offset: number) => normalized.map.fromOriginal(offset);
  return {
    footnoteStarts: new Set([...layout.footnoteStarts].map(at)),
    furniture: new Map([...layout.furniture].map(([offset, where]) => [at(offset), where] as const)),
  };
}
