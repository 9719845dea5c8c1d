import { OffsetMap } from '../base/offset-map.js';
import { NORMALIZE_STEPS, type NormalizeStep } from './steps.js';

export interface NormalizedText {
  /** Text with the guarantees listed in steps.ts. */
  text: string;
  /** Normalised offset → offset in the decoded input. */
  map: OffsetMap;
  /** How often each step changed something, for `inspect` and tests. */
  counts: Record<string, number>;
}

/**
 * Apply every step of the registry in one pass, keeping an offset map. The
 * steps' pattern is tried only where a unit that can begin a match stands
 * (the steps' `starts`): most text holds none, and a code-unit scan finds
 * that at a third of the cost of the pattern's own search (issue 15).
 */
export function normalize(input: string, steps: readonly NormalizeStep[] = NORMALIZE_STEPS): NormalizedText {
  const combined = new RegExp(steps.map((s) => `(${s.pattern})`).join('|'), 'y');
  const starts = startTable(steps);
  const map = new OffsetMap();
  const counts: Record<string, number> = {};
  const parts: string[] = [];
  let last = 0;
  let outLength = 0;
  const n = input.length;
  let index = 0;
  while (index < n) {
    const c = input.charCodeAt(index);
    if (c === SPACE ? loneSpace(input, index + 1, starts) : !starts.has(c)) {
      index++;
      continue;
    }
    combined.lastIndex = index;
    const m = combined.exec(input);
    if (m === null) {
      index++;
      continue;
    }
    const end = index + m[0].length;
    const stepIndex = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const step = steps[stepIndex]!;
    const replacement = step.replace(m[0], input.charAt(end));
    if (replacement !== m[0]) {
      parts.push(input.slice(last, index));
      outLength += index - last;
      map.mark(outLength, index);
      parts.push(replacement);
      outLength += replacement.length;
      // Characters after a replacement map back to just after the match.
      map.mark(outLength, end);
      last = end;
      counts[step.name] = (counts[step.name] ?? 0) + 1;
    }
    index = end;
  }
  parts.push(input.slice(last));
  return { text: parts.join(''), map, counts };
}

const SPACE = 32;
const LF = 10;
const CR = 13;
const FF = 12;

/**
 * LONE_SPACE: a plain space is most of the blanks of any text, and no step
 * changes one that stands between two other units, so a plain space is
 * looked at only when a blank, a line break, the end of the input, or a unit
 * that begins some match follows it (test/unit/normalize.test.ts checks the
 * whole pass against a plain search over every position).
 */
function loneSpace(input: string, next: number, starts: StartTable): boolean {
  if (next >= input.length) return false;
  const d = input.charCodeAt(next);
  return d !== SPACE && d !== LF && d !== CR && d !== FF && !starts.has(d);
}

/** Which code units begin a match of some step: asked of the steps' `starts` once per unit, then remembered. */
class StartTable {
  private readonly known = new Int8Array(0x10000).fill(-1);
  private readonly test: RegExp;

  constructor(steps: readonly NormalizeStep[]) {
    this.test = new RegExp(`^(?:${steps.map((s) => s.starts).join('|')})$`);
  }

  has(unit: number): boolean {
    let k = this.known[unit]!;
    if (k === -1) this.known[unit] = k = this.test.test(String.fromCharCode(unit)) ? 1 : 0;
    return k === 1;
  }
}

const tables = new WeakMap<readonly NormalizeStep[], StartTable>();

function startTable(steps: readonly NormalizeStep[]): StartTable {
  let table = tables.get(steps);
  if (!table) tables.set(steps, (table = new StartTable(steps)));
  return table;
}
