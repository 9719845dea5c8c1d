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

/** Apply every step of the registry in one pass, keeping an offset map. */
export function normalize(input: string, steps: readonly NormalizeStep[] = NORMALIZE_STEPS): NormalizedText {
  const combined = new RegExp(steps.map((s) => `(${s.pattern})`).join('|'), 'g');
  const map = new OffsetMap();
  const counts: Record<string, number> = {};
  const parts: string[] = [];
  let last = 0;
  let outLength = 0;
  for (const m of input.matchAll(combined)) {
    const index = m.index!;
    const stepIndex = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const step = steps[stepIndex]!;
    const replacement = step.replace(m[0], input.charAt(index + m[0].length));
    if (replacement === m[0]) continue;
    parts.push(input.slice(last, index));
    outLength += index - last;
    map.mark(outLength, index);
    parts.push(replacement);
    outLength += replacement.length;
    // Characters after a replacement map back to just after the match.
    map.mark(outLength, index + m[0].length);
    last = index + m[0].length;
    counts[step.name] = (counts[step.name] ?? 0) + 1;
  }
  parts.push(input.slice(last));
  return { text: parts.join(''), map, counts };
}
