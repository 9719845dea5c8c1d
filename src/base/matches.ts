/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them.
 * matchAll clones its pattern and makes an iterator on every call (about
 * 0.3 µs): on a hundred thousand lines that was more than the matching
 * itself (issue 15). The pattern's lastIndex is used and left at 0, so a
 * pattern must not be shared with a search still in progress (none is:
 * the matches are all found before this returns).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  for (; m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a code point for a Unicode pattern), as matchAll does.
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return out;
}

/** Shared by every search without a match: no array per search. Frozen, so no caller can add to it. */
const NO_MATCHES: RegExpExecArray[] = Object.freeze([]) as unknown as RegExpExecArray[];

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
