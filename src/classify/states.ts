/**
 * Recommending States of a UPR recommendation: the names in parentheses,
 * "(France)", "(Algeria, Egypt)", "(Venezuela (Bolivarian Republic of))",
 * one entry per State, each once, in order of first appearance. A
 * parenthesis is read as States when its pieces are known State names, or
 * look like names (capitalised words, no digits, not an acronym) and the
 * parenthesis closes a clause, as recommending States always do.
 */
import { allMatches } from '../base/matches.js';
import { languageWords } from '../vocabulary/languages/index.js';
import { stateKey, stateKeys } from '../vocabulary/state-names.js';

/**
 * How States are read in one language: its names, the conjunction of its
 * lists, its connectors and its words of instruments. English (and an
 * unknown language) reads as before the other languages came.
 */
interface StateReading {
  keys: ReadonlySet<string>;
  and: RegExp | null;
  connectors: ReadonlySet<string>;
  notAState: RegExp | null;
}

const readings = new Map<string | null, StateReading>();

/**
 * "(Chile and Senegal)": English lists join their last State with "and". Split
 * only where every part is a known name, so "Antigua and Barbuda" and "Bosnia
 * and Herzegovina" stay whole.
 */
const ENGLISH_AND = /\s+and\s+/;

/** The list conjunction as a global pattern, made once per language (splitKnown runs it over every piece). */
function asGlobal(and: RegExp | null): RegExp | null {
  return and && (and.global ? and : new RegExp(and.source, `${and.flags}g`));
}

function readingFor(language: string | null): StateReading {
  let r = readings.get(language);
  if (!r) {
    const upr = language === 'en' ? undefined : languageWords(language)?.upr;
    r = {
      keys: stateKeys(language),
      and: asGlobal(upr?.stateAnd ?? (upr === undefined ? ENGLISH_AND : null)),
      connectors: new Set([...CONNECTORS, ...(upr?.nameConnectors ?? [])]),
      notAState: upr?.notStateWords ?? null,
    };
    readings.set(language, r);
  }
  return r;
}

interface Group {
  content: string;
  /** Offset just after the closing parenthesis. */
  end: number;
  /** Text right after the closing parenthesis. */
  after: string;
}

/** Chinese text prints parentheses full-width: "（法国）". */
const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

/** Top-level parenthesised groups, nested parentheses kept inside. */
function groups(text: string): Group[] {
  const out: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPEN.has(c!)) {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (CLOSE.has(c!) && depth > 0) {
      depth--;
      if (depth === 0) out.push({ content: text.slice(start, i), end: i + 1, after: text.slice(i + 1, i + 12) });
    }
  }
  return out;
}

/** List separators: the comma and semicolon, the Arabic comma "،", the Chinese "、" and full-width comma "，". */
const SEPARATORS = new Set([',', ';', '،', '、', '，']);
/** Blanks inside a piece of a parenthesis, collapsed to one space. */
const BLANKS = /\s+/g;

/** Split on the list separators that stand outside inner parentheses. */
function pieces(content: string, reading: StateReading): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.has(c)) {
      parts.push(content.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(content.slice(from));
  return parts
    .map((p) => p.replace(BLANKS, ' ').trim())
    .filter(Boolean)
    .flatMap((p) => (reading.and ? (splitKnown(p, reading.and, reading.keys) ?? [p]) : [p]));
}

/**
 * "Allemagne et France", "فرنسا وألمانيا", "法国和德国": a piece split at its
 * conjunctions into known names, or null. Names that hold the conjunction
 * themselves ("Bosnie-Herzégovine", "البوسنة والهرسك", "安提瓜和巴布达") stay whole:
 * a split counts only where every part is a known name.
 */
function splitKnown(piece: string, and: RegExp, keys: ReadonlySet<string>): string[] | null {
  if (keys.has(stateKey(piece))) return [piece];
  for (const m of allMatches(and, piece)) {
    const left = piece.slice(0, m.index).trim();
    if (!keys.has(stateKey(left))) continue;
    const rest = splitKnown(piece.slice(m.index + m[0].length).trim(), and, keys);
    if (rest) return [left, ...rest];
  }
  return null;
}

/** Words of instruments and institutions: "(Paris Principles)", "(Social Security)" are not States. */
const NOT_A_STATE = /\b(?:Principles?|Conventions?|Covenant|Pact|Protocols?|Agreement|Accord|Act|Acts|Rules|Plan|Programme|Committee|Council|Law|Security|Declaration|Strategy|Agenda|Framework|Guidelines|Statute|Office|Ombudsman|Code|Commission|Court|Union|Organization|Fund|Treaty|Charter|Mechanism|Institute|Network|Initiative)\b/;

const CONNECTORS = new Set(['of', 'and', 'the', 'de', 'del', 'la', 'du', 'des', 'd’', "d'"]);

/** The longest official State name ("United Kingdom of Great Britain and Northern Ireland") is 52 characters and 8 words. */
const NAME_MAX_CHARS = 70;
const NAME_MAX_WORDS = 8;

/**
 * Capitalised words, Latin or Cyrillic ("(Утопия)" like "(Utopia)"). Arabic
 * and Han script have no capitals: there only known names count.
 */
const CAPITALISED = /^[A-ZÀ-ÝА-ЯЁ][\p{L}’'\-]*$/u;
/** Acronyms: (CAT), (LGBT), (UNHCR), (МПГПП). */
const ACRONYM = /^[A-ZА-ЯЁ\-]{2,}$/u;
const DIGIT = /\d/;
const PARENTHESIS = /\(.*\)/;
/** What may follow a parenthesis of States: clause punctuation (full-width and Arabic too), "and", another parenthesis, the end. */
const CLAUSE_CLOSE = /^\s*(?:[;.,/；。，、؛،]|$|and\b|\(|\)|\s*$)/;

function looksLikeName(piece: string, reading: StateReading): boolean {
  if (DIGIT.test(piece) || piece.length > NAME_MAX_CHARS) return false;
  if (ACRONYM.test(piece)) return false;
  if ((NOT_A_STATE.test(piece) || reading.notAState?.test(piece)) && !reading.keys.has(stateKey(piece))) return false;
  const words = piece.replace(PARENTHESIS, '').trim().split(' ');
  if (words.length > NAME_MAX_WORDS) return false;
  return words.every((w) => reading.connectors.has(w.toLowerCase()) || CAPITALISED.test(w));
}

/** A State's name: a known one, or one that looks like a name where a State stands (a title's State line). */
export function looksLikeStateName(name: string, language: string | null = null): boolean {
  const reading = readingFor(language);
  return reading.keys.has(stateKey(name)) || looksLikeName(name, reading);
}

function closesClause(after: string): boolean {
  // Also the full-width and Arabic punctuation: "（法国）；", "(فرنسا)؛".
  return CLAUSE_CLOSE.test(after);
}

/** A parenthesis read as recommending States, with the names it gives. */
function stateGroups(text: string, reading: StateReading): { group: Group; names: string[] }[] {
  const out: { group: Group; names: string[] }[] = [];
  const known = (p: string) => reading.keys.has(stateKey(p));
  const looks = (p: string) => looksLikeName(p, reading);
  for (const g of groups(text)) {
    const ps = pieces(g.content, reading);
    if (ps.length === 0) continue;
    const knownCount = ps.filter(known).length;
    const accept = knownCount > 0 ? ps.every(looks) || knownCount === ps.length : closesClause(g.after) && ps.every(looks);
    if (accept) out.push({ group: g, names: ps.filter((p) => looks(p) || known(p)) });
  }
  return out;
}

/** The recommending States of a UPR recommendation in a document of this language, as printed, each once. */
export function recommendingStates(text: string, language: string | null = null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { names } of stateGroups(text, readingFor(language))) {
    for (const p of names) {
      const key = stateKey(p);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

/** A comment is a sentence: at least this many words after the States (Han text, unspaced: this many characters). */
const COMMENT_MIN_WORDS = 3;
const COMMENT_MIN_HAN = 8;
const HAN_START = /^\p{sc=Han}/u;
const BLANK_RUN = /\s+/;
/** Nothing after the last States but the record's closing mark. */
const ONLY_CLOSING_MARK = /^\s*[;.,]?\s*$/;
/** The mark after a parenthesis of States, and a text that follows it. */
const MARK_THEN_TEXT = /^\s*([;.؛；。])\s*(\S[\s\S]*)$/u;
/** A sentence opens with a capital; Arabic and Han have none, any letter opens one there. */
const SENTENCE_START = /^[\p{Lu}\p{Lo}"“«]/u;
/** A text closed by a parenthesis, as recommendations are by their States. */
const CLOSED_BY_PARENTHESIS = /[)）]\s*[;.؛；。]?$/u;

function sentenceLong(text: string): boolean {
  return HAN_START.test(text) ? [...text].length >= COMMENT_MIN_HAN : text.split(BLANK_RUN).length >= COMMENT_MIN_WORDS;
}

/**
 * A UPR recommendation ends with its recommending States. A sentence printed
 * after them that is not itself closed by States ("… (Costa Rica);
 * Switzerland considers that …") is the State under review's comment, not
 * the recommendation, and names no recommending State. A record holding
 * several recommendations ("… (Ukraine); Increase efforts … (Slovakia);")
 * has none. Returns the recommendation's text and the comment, or null.
 */
export function splitUprComment(text: string, language: string | null = null): { recommendation: string; comment: string | null } {
  const found = stateGroups(text, readingFor(language));
  const lastEnd = found[found.length - 1]?.group.end ?? -1;
  const closedByStates = lastEnd >= 0 && ONLY_CLOSING_MARK.test(text.slice(lastEnd));
  for (const { group } of found) {
    const after = text.slice(group.end);
    const rest = MARK_THEN_TEXT.exec(after);
    if (!rest) continue;
    const comment = rest[2]!.trim();
    if (!SENTENCE_START.test(comment) || !sentenceLong(comment)) continue;
    // What follows ends with States of its own: another recommendation, not a comment.
    // So does one closed by a parenthesis whose States were not read as such.
    if (closedByStates || CLOSED_BY_PARENTHESIS.test(comment)) return { recommendation: text, comment: null };
    // The recommendation keeps its mark as printed, the French space before ";" with it.
    return { recommendation: text.slice(0, group.end + after.indexOf(rest[1]!) + 1), comment };
  }
  return { recommendation: text, comment: null };
}
