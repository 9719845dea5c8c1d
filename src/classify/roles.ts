/**
 * The role of every body line: heading, paragraph start, sub-item start, or
 * running text that continues the unit before it. The rules are an ordered
 * table (role-rules.ts); this driver walks the body lines in reading order,
 * because paragraph numbers and item letters only mean something in
 * sequence, and gives each line to the first rule that claims it.
 *
 * Rules only look: the driver applies what their roles mean to the number
 * and letter sequences, and derives what the line before left open.
 */
import type { Line } from '../base/line.js';
import type { HeadingMatch } from './headings.js';
import { isAnnexHeading } from './headings.js';
import { ItemSequence, type ItemPlacement } from './item-sequence.js';
import { ParagraphSequence, type ParagraphNumber } from './numbering.js';
import { ROLE_RULES } from './role-rules.js';
import { isDigitUnit } from '../vocabulary/patterns.js';

interface RoleBase {
  line: Line;
  /** Id of the rule that gave the role (see role-rules.ts). */
  rule: string;
}

export type Role = RoleBase &
  (
    | { kind: 'heading'; from: number; heading: HeadingMatch; /** lines that carry the rest of its text */ more: Line[] }
    | { kind: 'paragraph'; from: number; textFrom: number; number: ParagraphNumber; /** the number as printed: 121 and 1 of "121.1" */ printed: { n: number; m: number | null } }
    | { kind: 'item'; from: number; textFrom: number; marker: string; placement: ItemPlacement; /** the next item label ahead, which decides roman or letter */ following: string | null }
    | { kind: 'text'; from: number }
    | { kind: 'closing' }
    | { kind: 'toc' }
  );

/** What the lines before left open, derived from their roles. */
export interface Tail {
  /** The unit before ended on closing punctuation (or was a heading): a new item or heading may follow. */
  readonly closed: boolean;
  /** The line before was a number or marker alone. */
  readonly bare: boolean;
}

/** What a rule sees. Read-only: sequences are only peeked at. */
export interface RoleContext {
  readonly body: readonly Line[];
  /** Position of `line` in `body`. */
  readonly k: number;
  readonly line: Line;
  readonly tail: Tail;
  /** The line before ended a sentence, or was a heading or closing line ("…;" does not: the list goes on). */
  readonly previousEnded: boolean;
  readonly seenParagraph: boolean;
  readonly paragraphs: Pick<ParagraphSequence, 'peek'>;
  readonly items: Pick<ItemSequence, 'peek' | 'open'>;
  /** Lines the reader knows to be headings (Markdown). */
  readonly knownHeadings: ReadonlySet<string>;
}

/** A rule's decision: the roles of its line (two for a run-in heading), and how many lines after it they take. */
export interface RoleDecision {
  roles: Role[];
  /** Following lines consumed (a heading's continuation lines). */
  takes?: number;
}

/** Words a list goes on with at a line end: "…; and", "…, or". */
const LIST_WORDS = ['and', 'or', 'et', 'ou', 'y', 'o', 'u', 'и', 'или', 'أو'];
/** Closing punctuation (a glued footnote marker after it, "framework;11", does not reopen the unit), or a list that goes on with "and"/"or". */
const CLOSES = new RegExp(String.raw`[.;:!?)"”’»。；：！？）؛؟](?:\d{1,3}|\*{1,3})?$|(?<!\p{L})(?:${LIST_WORDS.join('|')}),?$`, 'u');
const SENTENCE_END = /[.!?。！？]["”’)»）]*$/u;
/** The last units of the list words: of the ASCII letters, only a line ending on one of these can close by a list word. */
const LIST_WORD_ENDS = new Set(LIST_WORDS.map((w) => w.charCodeAt(w.length - 1)));

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Does the text close its unit (CLOSES)? Most lines of running text end on a letter that ends
 * no list word: one look at the last unit answers before the pattern, which costs more to
 * enter than to run (issue 15).
 */
export function closesUnit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (isAsciiLetter(c) && !LIST_WORD_ENDS.has(c)) return false;
  return CLOSES.test(text);
}

/** Does the text end a sentence (SENTENCE_END)? An ASCII letter or digit at the end is in neither of its classes. */
export function endsSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (isAsciiLetter(c) || isDigitUnit(c)) return false;
  return SENTENCE_END.test(text);
}

/** The four tails, shared: a tail is a value, and one object per line was garbage (issue 15). */
const TAILS: readonly (readonly Tail[])[] = [
  [{ closed: false, bare: false }, { closed: false, bare: true }],
  [{ closed: true, bare: false }, { closed: true, bare: true }],
];
function tailOf(closed: boolean, bare: boolean): Tail {
  return TAILS[closed ? 1 : 0]![bare ? 1 : 0]!;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Assign a role to every body line, in order. */
export function assignRoles(lines: readonly Line[], knownHeadings: ReadonlySet<string> = new Set()): Role[] {
  const body = lines.filter((l) => l.zone === 'body');
  const roles: Role[] = [];
  const paragraphs = new ParagraphSequence();
  const items = new ItemSequence();
  let tail: Tail = tailOf(true, false);
  let seenParagraph = false;

  // One context, moved from line to line: rules only read it and keep none of it (a new one per line was 8 MB on 5 MB of text, issue 15).
  const context: Mutable<RoleContext> = { body, k: 0, line: body[0]!, tail, previousEnded: true, seenParagraph, paragraphs, items, knownHeadings };
  for (let k = 0; k < body.length; k++) {
    const last = roles[roles.length - 1];
    context.k = k;
    context.line = body[k]!;
    context.tail = tail;
    context.previousEnded = k === 0 || last?.kind === 'heading' || last?.kind === 'closing' || endsSentence(body[k - 1]!.text);
    context.seenParagraph = seenParagraph;
    const decision = decide(context);
    for (const role of decision.roles) {
      roles.push(role);
      tail = apply(role, tail, paragraphs, items);
      if (role.kind === 'paragraph') seenParagraph = true;
    }
    k += decision.takes ?? 0;
  }
  return roles;
}

function decide(context: RoleContext): RoleDecision {
  for (const rule of ROLE_RULES) {
    const decision = rule.apply(context);
    if (decision) return decision;
  }
  // The table ends with a rule that always applies.
  throw new Error(`no role rule claimed line ${context.line.index}`);
}

/** What a role does to the sequences, and what it leaves open for the next line. */
function apply(role: Role, tail: Tail, paragraphs: ParagraphSequence, items: ItemSequence): Tail {
  switch (role.kind) {
    case 'toc':
      return tail;
    case 'closing':
      return tailOf(true, tail.bare);
    case 'heading':
      if (role.heading.level <= 1 || isAnnexHeading(role.heading.text)) paragraphs.majorHeading();
      else paragraphs.heading();
      items.reset();
      return tailOf(true, false);
    case 'paragraph':
      paragraphs.accept(role.printed.n, role.printed.m);
      items.reset();
      return restAfterNumber(role.line.text.slice(role.textFrom));
    case 'item':
      items.accept(role.placement.label, role.following);
      return restAfterNumber(role.line.text.slice(role.textFrom));
    case 'text':
      return tailOf(closesUnit(role.line.text), false);
  }
}

function restAfterNumber(rest: string): Tail {
  return tailOf(rest === '' || closesUnit(rest), rest === '');
}
