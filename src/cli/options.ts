/**
 * The flags that say how to parse, written once for `parse` and `batch`, and
 * their one conversion into the library's {@link ParseOptions}.
 */
import { CommanderError, Option, type Command } from 'commander';
import { UsageError } from '../base/errors.js';
import { DEFAULT_LIMITS, DEFAULT_PDF_ENGINE, PDF_ENGINES, type PageRange, type ParseOptions, type PdfEngine } from '../base/options.js';

/** What commander gives for the shared flags (`--max-size` in MB arrives as bytes). */
export interface ParseOptionFlags {
  all?: boolean;
  pages?: PageRange;
  lenient?: boolean;
  engine?: PdfEngine;
  maxSize?: number;
  maxPages?: number;
}

export function toParseOptions(flags: ParseOptionFlags): ParseOptions {
  const options: ParseOptions = { all: Boolean(flags.all), lenient: Boolean(flags.lenient) };
  if (flags.pages) options.pages = flags.pages;
  if (flags.engine) options.engine = flags.engine;
  if (flags.maxSize !== undefined) options.maxBytes = flags.maxSize;
  if (flags.maxPages !== undefined) options.maxPages = flags.maxPages;
  return options;
}

/** Flags that only some formats can honour (`parse` and `batch` alike): refused elsewhere rather than silently ignored. */
export function checkLayoutFlags(format: string, flags: { all?: boolean; itemRows?: boolean }): void {
  if (flags.itemRows && format !== 'csv') throw new UsageError('--item-rows is for --format csv (JSON and NDJSON keep items nested)');
  if (flags.all && format === 'md') throw new UsageError('--all is for json, ndjson and csv: Markdown shows recommendations only');
}

function usage(message: string): CommanderError {
  return new CommanderError(2, 'unrec.usage', `error: ${message}`);
}

/** "--max-size 200" → bytes; anything but a positive number of MB is a usage error. */
function parseMegabytes(value: string): number {
  if (!/^\d+(?:\.\d+)?$/.test(value) || Number(value) <= 0) throw usage(`--max-size expects megabytes, got "${value}"`);
  return Math.round(Number(value) * 1024 * 1024);
}

/** "--max-pages 2000" → 2000; the message names the option. */
function parseCount(option: string): (value: string) => number {
  return (value) => {
    if (!/^[1-9]\d{0,6}$/.test(value)) throw usage(`${option} expects a positive number, got "${value}"`);
    return Number(value);
  };
}

/** "11-25" or "12" → a page range; anything else is a usage error. */
function parsePageRange(value: string): PageRange {
  const m = /^([1-9]\d*)(?:-([1-9]\d*))?$/.exec(value.trim());
  if (!m || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) throw usage(`--pages expects a page or a range like 11-25, got "${value}"`);
  return { first: Number(m[1]), last: Number(m[2] ?? m[1]) };
}

/** Add the shared parse flags to a command; `pages` only where one input is read at a time. */
export function addParseOptions(command: Command, { pages }: { pages: boolean }): Command {
  command.option('--all', 'also output every paragraph, records or not');
  if (pages) command.option('--pages <range>', 'PDF only: read just these physical pages, e.g. 11-25 or 12', parsePageRange);
  return command
    .option('--lenient', 'PDF only: read a damaged PDF that pdf.js can rebuild (with a warning)')
    .addOption(new Option('--engine <name>', 'PDF only: the engine that reads it (a damaged PDF under --lenient is always read by pdf.js)').choices(PDF_ENGINES).default(DEFAULT_PDF_ENGINE))
    .option('--max-size <MB>', `refuse inputs larger than this (default ${DEFAULT_LIMITS.maxBytes / 1024 / 1024})`, parseMegabytes)
    .option('--max-pages <n>', `refuse documents with more pages than this (default ${DEFAULT_LIMITS.maxPages})`, parseCount('--max-pages'));
}
