/**
 * Bytes → text. Byte-order marks win; then strict UTF-8; then the legacy
 * single-byte encoding that makes the text most plausible. Third-party
 * extractions in the corpus are Windows-1252 or Mac Roman (the A/HRC/22/4 and
 * A/HRC/8/47 flat files: 0xD5 for ’, 0x8E for é), and nothing in the bytes
 * says which, so both are decoded and scored.
 */

export interface DecodedText {
  text: string;
  encoding: string;
}

const LEGACY = ['windows-1252', 'macintosh'] as const;

/**
 * Windows-1252's 0x80–0x9F. Node's TextDecoder treats "windows-1252" as
 * Latin-1 and returns C1 controls there, so those 32 bytes are mapped here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Characters that real UN text in a Latin script uses often above ASCII. */
const PLAUSIBLE = /[’‘“”–—éèêàâçôöüñíóáúïëÉÈÀÇ…•«»°§·€£]/g;
/** Characters a wrong legacy guess typically produces in running text. */
const IMPLAUSIBLE = /[\u0080-\u009fÐÕÒÓŽŠ¥¼ÄÅÃÆ˜ˆ‰™‡Ž¸¹¾∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆]/g;

function score(text: string): number {
  return (text.match(PLAUSIBLE)?.length ?? 0) - 2 * (text.match(IMPLAUSIBLE)?.length ?? 0);
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Text pasted together from several sources: valid UTF-8 sequences mixed
 * with stray single bytes (Windows-1252 quotes and accents). When most of the
 * non-ASCII text is valid UTF-8, each stray byte is read as Windows-1252.
 */
function decodeMixed(bytes: Uint8Array): DecodedText | null {
  let valid = 0;
  let stray = 0;
  const out: string[] = [];
  let i = 0;
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) out.push(new TextDecoder('utf-8').decode(bytes.subarray(runStart, end)));
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      if (need > 0) valid++;
      i += need + 1;
      continue;
    }
    flush(i);
    out.push(decodeWindows1252(bytes.subarray(i, i + 1)));
    stray++;
    i++;
    runStart = i;
  }
  flush(bytes.length);
  if (valid === 0 || valid < stray) return null;
  return { text: out.join(''), encoding: 'utf-8+windows-1252' };
}

/** Decode a text file's bytes, whatever its encoding. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = looksLikeUtf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 throughout: mixed, or a legacy single-byte encoding.
  }
  const mixed = decodeMixed(bytes);
  if (mixed) return mixed;
  let best: DecodedText | null = null;
  let bestScore = -Infinity;
  for (const encoding of LEGACY) {
    const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
    const s = score(text);
    if (s > bestScore) {
      best = { text, encoding };
      bestScore = s;
    }
  }
  return best!;
}
