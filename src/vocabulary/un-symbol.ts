/**
 * A UN document symbol as a value object: `UnSymbol.parse(text)` reads it
 * (normalising case, stray spaces, the reissue asterisk), judges it by the
 * grammar in symbol-grammar.ts and explains every component;
 * `format()` writes it back in the UN's own form, so that
 * parse(format(parse(s))) is parse(s).
 *
 * A symbol is: series / subsidiary organs… / core / modifiers…, plus a
 * resolution's year or roman session in parentheses. The core is judged as a
 * sequence of component kinds against the shapes the UN uses (CORE_SHAPES).
 */
import {
  COUNTRY_CODES, DOC_TYPES, DOTTED_DOC_TYPE, ECOSOC_COMMISSIONS, ECOSOC_COMMITTEES, GA_MAIN_COMMITTEES, MODIFIER,
  MODIFIER_MEANING, NAMED_ORGANS, NUMBER, NUMBER_RANGE, NUMBERED_ORGAN, NUMBERED_ORGAN_MEANING, ROMAN, SERIES,
  SPECIAL_SESSION, TREATY_SERIES, isYear,
} from './symbol-grammar.js';
import type { SymbolComponent } from '../schema/symbol.js';


export type SymbolParse =
  | { valid: true; symbol: UnSymbol }
  | { valid: false; input: string; reason: string; normalized: string };

/** Codes of core components: N number, Y year, R range, T bare document type, L dotted type, X special session, K country. */
type Code = 'N' | 'Y' | 'R' | 'T' | 'L' | 'X' | 'K';

/**
 * The shapes of a symbol's core, after its organs. Each with an example and
 * the meaning of its numbers. Y may stand where N does (a year is a number).
 */
const CORE_SHAPES: readonly { codes: Code[]; roles: string[]; example: string }[] = [
  { codes: ['N'], roles: ['document number'], example: 'S/25704, E/CN.4/110' },
  { codes: ['N', 'N'], roles: ['session', 'document number'], example: 'A/58/275, A/HRC/43/15' },
  { codes: ['Y', 'N'], roles: ['year', 'document number'], example: 'S/2025/351, E/CN.4/2000/82' },
  { codes: ['X', 'N'], roles: ['', 'document number'], example: 'A/ES-10/1043' },
  { codes: ['N', 'L'], roles: ['session', ''], example: 'A/HRC/59/L.17, A/78/PV.50' },
  { codes: ['Y', 'L'], roles: ['year', ''], example: 'E/CN.4/2000/L.10' },
  { codes: ['X', 'L'], roles: ['', ''], example: 'A/ES-10/PV.35' },
  { codes: ['L'], roles: [''], example: 'S/PV.9847' },
  { codes: ['T', 'N'], roles: ['', 'number'], example: 'S/RES/2776 (2025), CCPR/C/GC/36' },
  { codes: ['T', 'N', 'N'], roles: ['', 'session', 'number'], example: 'A/RES/78/323, A/HRC/DEC/14/105' },
  { codes: ['T', 'Y', 'N'], roles: ['', 'year', 'number'], example: 'E/RES/2025/1, S/PRST/2025/1' },
  { codes: ['T', 'X', 'N'], roles: ['', '', 'number'], example: 'A/RES/ES-10/21' },
  { codes: ['T', 'N', 'L'], roles: ['', 'session', ''], example: 'A/INF/78/L.1' },
  { codes: ['K', 'T', 'N'], roles: ['', '', 'report number'], example: 'CCPR/C/NAM/CO/2' },
  { codes: ['K', 'T', 'R'], roles: ['', '', 'combined report numbers'], example: 'CERD/C/USA/CO/10-12' },
  { codes: ['K', 'T'], roles: ['', ''], example: 'CRC/C/OPAC/USA/CO/1' },
  { codes: ['K', 'N'], roles: ['', 'report number'], example: 'CCPR/C/NAM/2' },
  { codes: ['K', 'R'], roles: ['', 'combined report numbers'], example: 'CERD/C/USA/10-12' },
  { codes: ['N', 'K', 'N'], roles: ['session', '', 'document number'], example: 'A/HRC/WG.6/7/SVN/1' },
  { codes: ['N', 'T', 'N', 'N'], roles: ['session', '', 'communication number', 'year of registration'], example: 'CCPR/C/121/D/2025/2011' },
  { codes: ['N', 'T', 'N'], roles: ['session', '', 'number'], example: 'CRC/C/15/D/1' },
];

const CODE_NAMES: Record<Code, string> = {
  N: 'a number', Y: 'a year', R: 'a number range', T: 'a document type (RES, DEC, CO, …)', L: 'a dotted document type (L.17, PV.9, SR.5)',
  X: 'a special session (S-13, ES-10)', K: 'a country code',
};

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
}

function canonicalModifier(text: string): string {
  const m = MODIFIER.exec(text)!;
  if (m[3]) return 'Summary';
  const kind = m[1]!.toLowerCase();
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}.${m[2]}`;
}

/** Normalise spacing and case before judging: "a / hrc / 43 / 15" → "A/HRC/43/15". */
function normalizeSymbolText(input: string): string {
  return input
    .trim()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*([-–−])\s*(?=[A-Za-z]{1,6}\/)/g, '$1')
    .replace(/\s*\(\s*([0-9IVXLivxl]+)\s*\)/g, ' ($1)')
    .replace(/\s+/g, ' ');
}

export class UnSymbol {
  private constructor(
    readonly components: readonly SymbolComponent[],
    /** Other symbols of a joint document ("A/79/924–S/2025/351"). */
    readonly joint: readonly UnSymbol[],
    readonly reissued: boolean,
    readonly body: string,
  ) {}

  /** Parse and judge a symbol. Never throws. */
  static parse(input: string): SymbolParse {
    const normalized = normalizeSymbolText(String(input));
    let text = normalized;
    const reissued = /\*+$/.test(text);
    text = text.replace(/\s*\*+$/, '');
    // Joint symbols: a hyphen, en dash or minus sign before another series.
    const parts = text.split(/[-–−](?=[A-Za-z]{1,6}\/)/);
    const parsed = parts.map((p) => parseSingle(p));
    const failure = parsed.find((p) => 'reason' in p);
    if (failure && 'reason' in failure) return { valid: false, input, reason: failure.reason, normalized };
    const [first, ...rest] = parsed as { components: SymbolComponent[]; body: string }[];
    return {
      valid: true,
      symbol: new UnSymbol(first!.components, rest.map((r) => new UnSymbol(r.components, [], false, r.body)), reissued, first!.body),
    };
  }

  /** The symbol in the UN's own form, without the reissue asterisk; joint parts joined by "-". */
  format(): string {
    const own = this.components.filter((c) => c.kind !== 'resolution-year' && c.kind !== 'resolution-session').map((c) => c.text).join('/');
    const suffix = this.components.find((c) => c.kind === 'resolution-year' || c.kind === 'resolution-session');
    const single = suffix ? `${own} (${suffix.text})` : own;
    return [single, ...this.joint.map((j) => j.format())].join('-');
  }

  /** This symbol alone, without the joint parts. */
  primary(): string {
    return new UnSymbol(this.components, [], false, this.body).format();
  }

  /** One line per component: "E — Economic and Social Council". */
  explain(): string[] {
    return [this, ...this.joint].flatMap((s) => s.components.map((c) => `${c.text} — ${c.meaning}`));
  }
}

function organMeaning(path: string, text: string): { text: string; meaning: string } | null {
  const named = NAMED_ORGANS[path];
  if (named) {
    const key = Object.keys(named).find((k) => k.toLowerCase() === text.toLowerCase());
    if (key) return { text: key, meaning: named[key]! };
  }
  const m = NUMBERED_ORGAN.exec(text);
  if (!m) return null;
  const kind = m[1]!.toUpperCase() === 'SUB' ? 'Sub' : m[1]!.toUpperCase();
  const n = m[2]!;
  const canonical = `${kind}.${n}`;
  if (path === 'A' && kind === 'C' && GA_MAIN_COMMITTEES[n]) return { text: canonical, meaning: GA_MAIN_COMMITTEES[n] };
  if (path === 'E' && kind === 'CN' && ECOSOC_COMMISSIONS[n]) return { text: canonical, meaning: ECOSOC_COMMISSIONS[n] };
  if (path === 'E' && kind === 'C' && ECOSOC_COMMITTEES[n]) return { text: canonical, meaning: ECOSOC_COMMITTEES[n] };
  const generic = NUMBERED_ORGAN_MEANING[kind.toUpperCase()]!;
  return { text: canonical, meaning: `${generic} ${n} of ${SERIES[path.split('/')[0]!] ?? 'the organ'}` };
}

/** Parse one (non-joint) symbol. */
function parseSingle(text: string): { components: SymbolComponent[]; body: string } | { reason: string } {
  let suffix: string | null = null;
  const sfx = / \(([0-9]{4}|[IVXLivxl]{1,7})\)$/.exec(text);
  if (sfx) {
    suffix = sfx[1]!.toUpperCase();
    text = text.slice(0, sfx.index);
  }
  if (/\s/.test(text)) return { reason: `Unexpected space inside "${text}", expected components joined by "/"` };
  const comps = text.split('/');
  if (comps.some((c) => c === '')) return { reason: `Unexpected empty component in "${text}", expected text between each "/"` };
  // OCR often prints the series as "A." (A./47/466).
  const series = comps[0]!.toUpperCase().replace(/\.$/, '');
  if (!SERIES[series]) return { reason: `Unexpected "${comps[0]}" as the series, expected one of ${Object.keys(SERIES).join(', ')}` };
  if (comps.length < 2) return { reason: `Unexpected end after "${series}", expected a number, a year or an organ` };
  const components: SymbolComponent[] = [{ text: series, kind: 'series', meaning: SERIES[series]! }];
  let body = SERIES[series]!;
  let path = series;
  let i = 1;
  for (; i < comps.length; i++) {
    const c = comps[i]!;
    if (TREATY_SERIES.has(series) && path === series && c.toUpperCase() === 'C') {
      components.push({ text: 'C', kind: 'organ', meaning: 'the Committee' });
      path += '/C';
      continue;
    }
    const organ = organMeaning(path, c);
    if (!organ) break;
    components.push({ text: organ.text, kind: 'organ', meaning: organ.meaning });
    body = organ.meaning;
    path += `/${organ.text}`;
  }
  // Core, then modifiers.
  // The core runs up to the first modifier; only modifiers may follow it.
  let end = i;
  while (end < comps.length && !MODIFIER.test(comps[end]!)) end++;
  const stray = comps.slice(end).findIndex((c) => !MODIFIER.test(c));
  if (stray >= 0) {
    const at = end + stray;
    return { reason: `Unexpected "${comps[at]}" after "${comps.slice(0, at).join('/')}", expected another modifier (Add.1, Corr.1, Rev.1) or the end` };
  }
  const core = comps.slice(i, end);
  const codes: Code[] = [];
  for (const [j, c] of core.entries()) {
    const code = codeOf(c, series, path);
    if (!code) return { reason: `Unexpected "${c}" after "${[series, ...comps.slice(1, i + j)].join('/')}", expected ${expectedAt(codes)}` };
    codes.push(code);
  }
  // An exact shape first ("2000/82" is a year and a number), then one where a year stands for a number.
  const shape =
    CORE_SHAPES.find((s) => s.codes.length === codes.length && s.codes.every((k, j) => k === codes[j])) ??
    CORE_SHAPES.find((s) => s.codes.length === codes.length && s.codes.every((k, j) => k === codes[j] || (k === 'N' && codes[j] === 'Y')));
  if (!shape) {
    const got = core.length ? `"${core.join('/')}"` : 'nothing';
    return { reason: `Unexpected ${got} after "${[series, ...comps.slice(1, i)].join('/')}", expected ${expectedAt(codes.slice(0, longestPrefix(codes)))}` };
  }
  core.forEach((c, j) => components.push(coreComponent(c, codes[j]!, shape.roles[j] ?? '', series, path)));
  for (const m of comps.slice(end)) {
    const canonical = canonicalModifier(m);
    components.push({ text: canonical, kind: 'modifier', meaning: MODIFIER_MEANING[canonical.replace(/\..*$/, '').toLowerCase()]! });
  }
  if (suffix !== null) {
    const isRes = codes[0] === 'T' && /^RES$/i.test(core[0]!);
    if (/^\d{4}$/.test(suffix)) {
      if (!(isRes && series === 'S' && isYear(suffix))) return { reason: `Unexpected year "(${suffix})", expected it only after a Security Council resolution number` };
      components.push({ text: suffix, kind: 'resolution-year', meaning: 'year of adoption' });
    } else {
      if (!(isRes && ROMAN.test(suffix) && (series === 'A' || series === 'E'))) return { reason: `Unexpected session "(${suffix})", expected it only after a pre-1976 resolution number` };
      components.push({ text: suffix, kind: 'resolution-session', meaning: 'session (roman numeral, pre-1976 numbering)' });
    }
  }
  return { components, body };
}

function codeOf(c: string, series: string, path: string): Code | null {
  if (isYear(c)) return 'Y';
  if (NUMBER.test(c)) return 'N';
  if (NUMBER_RANGE.test(c)) return 'R';
  if (SPECIAL_SESSION.test(c)) return 'X';
  if (DOTTED_DOC_TYPE.test(c)) return 'L';
  if (DOC_TYPES[c.toUpperCase()] && !/\./.test(c)) return 'T';
  // Country codes: treaty bodies and the UPR's pre-session documents.
  if (COUNTRY_CODES.has(c.toUpperCase()) && (TREATY_SERIES.has(series) || path.startsWith('A/HRC/WG.6') || path.startsWith('E/C.12'))) return 'K';
  return null;
}

function longestPrefix(codes: readonly Code[]): number {
  let best = 0;
  for (const s of CORE_SHAPES) {
    let k = 0;
    while (k < codes.length && k < s.codes.length && (s.codes[k] === codes[k] || (s.codes[k] === 'N' && codes[k] === 'Y'))) k++;
    best = Math.max(best, k);
  }
  return best;
}

function expectedAt(prefix: readonly Code[]): string {
  const next = new Set<Code>();
  let complete = false;
  for (const s of CORE_SHAPES) {
    if (!prefix.every((k, j) => s.codes[j] === k || (s.codes[j] === 'N' && k === 'Y'))) continue;
    if (s.codes.length === prefix.length) complete = true;
    const k = s.codes[prefix.length];
    if (k) next.add(k);
  }
  const options = [...next].map((k) => CODE_NAMES[k]);
  if (complete) options.push('the end or a modifier (Add.1, Corr.1, Rev.1)');
  return options.length ? options.join(', or ') : 'nothing more';
}

function coreComponent(c: string, code: Code, role: string, series: string, path: string): SymbolComponent {
  switch (code) {
    case 'Y':
      // A four-digit number is a year unless its place says otherwise ("2025" is a communication number in …/D/2025/2011).
      return /year/.test(role) || role === '' || role === 'session' ? { text: c, kind: 'year', meaning: role || 'year' } : { text: c, kind: 'number', meaning: role };
    case 'N': {
      if (role === 'session') {
        const organ = path === 'A' || path.startsWith('A/C.') ? 'General Assembly' : path.split('/').length > 1 ? 'body' : SERIES[series]!;
        return { text: c, kind: 'session', meaning: `${ordinal(Number(c))} session${organ === 'General Assembly' ? ' of the General Assembly' : ''}` };
      }
      return { text: c, kind: 'number', meaning: role || 'number' };
    }
    case 'R':
      return { text: c, kind: 'report-range', meaning: role || 'combined report numbers' };
    case 'X': {
      const m = SPECIAL_SESSION.exec(c)!;
      const emergency = m[1]!.toUpperCase() === 'ES';
      return {
        text: `${m[1]!.toUpperCase()}-${m[2]}`,
        kind: emergency ? 'emergency-special-session' : 'special-session',
        meaning: `${ordinal(Number(m[2]))} ${emergency ? 'emergency special session' : 'special session'}`,
      };
    }
    case 'L': {
      const m = DOTTED_DOC_TYPE.exec(c)!;
      const type = m[1]!.toUpperCase();
      return { text: `${type}.${m[2]}`, kind: 'document-type', meaning: `${DOC_TYPES[type]} no. ${m[2]}` };
    }
    case 'T':
      return { text: c.toUpperCase(), kind: 'document-type', meaning: DOC_TYPES[c.toUpperCase()]! };
    case 'K':
      return { text: c.toUpperCase(), kind: 'country', meaning: `country (ISO 3166 alpha-3 ${c.toUpperCase()})` };
  }
}
