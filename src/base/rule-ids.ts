/**
 * Every rule id unrec reports, in one registry: the diagnostics a document
 * carries in `messages` and the errors for inputs that cannot be parsed
 * (stderr, `--errors json`, the batch report). The README lists them all
 * (a test checks it).
 */
export const RULE_IDS = {
  // Diagnostics in a document's `messages`.
  'symbol-not-found': 'warning: no UN symbol in the masthead or running header',
  'symbol-from-header': 'info: the symbol came from the running header, no masthead was found',
  'header-symbol-mismatch': 'warning: a running header prints another symbol than the masthead',
  'paragraph-number-gap': 'info: a paragraph number skips some numbers',
  'paragraph-number-misprint': 'warning: a sub-number disagrees with its paragraph, kept as printed',
  'item-label-gap': 'info: a sub-item letter skips some letters',
  'leading-fragment': 'info: text before the first paragraph continues a page not given',
  'paragraph-continues': 'info: the last paragraph is cut by the end of the input',
  'reordered-attribution': "info: a UPR recommendation printed with its States first was put back in order",
  'mixed-encoding': 'warning: UTF-8 with stray Windows-1252 bytes',
  'language-unknown': 'warning: the text is in none of the languages unrec reads',
  'pdf-repaired': 'warning: a broken PDF rebuilt by pdf.js under --lenient',
  'no-records': 'info: no recommendation found',
  'response-count': 'warning: the answers read from a UPR addendum do not add up to the totals it prints ("124 supported and 33 noted")',
  'response-contradiction': 'warning: a UPR addendum comments on a recommendation under a list that does not hold it; the lists win',
  'response-duplicate': 'warning: a UPR addendum answers one recommendation twice; the first answer is kept',
  'response-missing': 'warning: a pending UPR recommendation that the addendum parsed with it does not answer',
  'response-unknown': 'warning: an addendum answers a recommendation its report does not have',
  'pages-not-pdf': 'warning: --pages given for a text or Word input: the whole document was read',
  'pages-clamped': 'warning: --pages runs past the last page: read up to the last',
  // Inputs that cannot be parsed.
  'input-unreadable': 'error: missing, a folder, or not readable',
  'empty-input': 'error: an empty file or only blank text',
  'binary-input': 'error: binary data, not text',
  'pdf-as-text': 'error: PDF bytes sent to the text reader (a bug in a caller)',
  'doc-legacy': 'error: a legacy Word .doc (or other Office 97–2003 file): save it as .docx or PDF',
  'docx-corrupt': 'error: a .docx that is not a readable Word document',
  'too-large': 'error: over --max-size',
  'too-many-pages': 'error: over --max-pages',
  'pdf-corrupt': 'error: a corrupt or truncated PDF',
  'pdf-encrypted': 'error: a password-protected PDF',
  'pdf-unreadable': 'error: a PDF pdf.js could not read',
  'pdf-no-text': 'error: a PDF without a text layer (needs OCR)',
  'pdf-unreadable-text': 'error: a PDF whose text layer maps glyphs to no letters (needs OCR)',
  'pdf-page-range': 'error: --pages outside the document',
  'output-outside': 'error (batch): the output would land outside --out-dir, or a link in it leads out',
  'output-overwrite': 'error (batch): the output path holds a file unrec did not write (an input, a user file): never overwritten',
  'output-unwritable': 'error (batch): the output could not be written (disk full, read-only, a folder in the way); retried on the next run',
  'out-dir-locked': 'error (batch): another unrec batch is writing into --out-dir',
  'input-passed-over': 'warning (batch): a FIFO, socket, device or broken link found in an input folder, passed over',
  'out-dir-not-input': 'info (batch): files inside --out-dir are never read back as inputs',
  'report-unwritable': 'warning (batch): the run report could not be appended (disk full?); the batch goes on',
  'worker-failed': 'error (batch): a worker thread died',
  'input-timeout': 'error (batch): the input ran past --timeout (a pathological PDF)',
  'input-memory': 'error (batch): the input needed more memory than a worker may have (a compression bomb)',
  'stdout-unwritable': 'error: stdout could not be written (a full disk, a closed device)',
  'schema-violation': 'error: the output broke the schema (a bug)',
  'internal-error': 'error: a bug in unrec',
  usage: 'error: a command line that makes no sense (exit 2)',
} as const;

export type RuleId = keyof typeof RULE_IDS;
