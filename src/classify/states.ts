/**
 * Recommending States of a UPR recommendation: the names in parentheses,
 * "(France)", "(Algeria, Egypt)", "(Venezuela (Bolivarian Republic of))",
 * one entry per State, each once, in order of first appearance. A
 * parenthesis is read as States when its pieces are known State names, or
 * look like names (capitalised words, no digits, not an acronym) and the
 * parenthesis closes a clause, as recommending States always do.
 */
import { STATE_KEYS, stateKey } from '../vocabulary/state-names.js';

interface Group {
  content: string;
  /** Offset just after the closing parenthesis. */
  end: number;
  /** Text right after the closing parenthesis. */
  after: string;
}

/** Top-level parenthesised groups, nested parentheses kept inside. */
function groups(text: string): Group[] {
  const out: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ content: text.slice(start, i), end: i + 1, after: text.slice(i + 1, i + 12) });
    }
  }
  return out;
}

/** Split on commas and " and " that stand outside inner parentheses. */
function pieces(content: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';')) {
      parts.push(content.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(content.slice(from));
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Words of instruments and institutions: "(Paris Principles)", "(Social Security)" are not States. */
const NOT_A_STATE = /\b(?:Principles?|Conventions?|Covenant|Pact|Protocols?|Agreement|Accord|Act|Acts|Rules|Plan|Programme|Committee|Council|Law|Security|Declaration|Strategy|Agenda|Framework|Guidelines|Statute|Office|Ombudsman|Code|Commission|Court|Union|Organization|Fund|Treaty|Charter|Mechanism|Institute|Network|Initiative)\b/;

const CONNECTORS = new Set(['of', 'and', 'the', 'de', 'del', 'la', 'du', 'des', 'd’', "d'"]);

/** The longest official State name ("United Kingdom of Great Britain and Northern Ireland") is 52 characters and 8 words. */
const NAME_MAX_CHARS = 70;
const NAME_MAX_WORDS = 8;

function looksLikeName(piece: string): boolean {
  if (/\d/.test(piece) || piece.length > NAME_MAX_CHARS) return false;
  if (/^[A-Z\-]{2,}$/.test(piece)) return false; // acronyms: (CAT), (LGBT), (UNHCR)
  if (NOT_A_STATE.test(piece) && !STATE_KEYS.has(stateKey(piece))) return false;
  const words = piece.replace(/\(.*\)/, '').trim().split(' ');
  if (words.length > NAME_MAX_WORDS) return false;
  return words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^[A-ZÀ-Ý][\p{L}’'\-]*$/u.test(w));
}

/** A State's name: a known one, or one that looks like a name where a State stands (a title's State line). */
export function looksLikeStateName(name: string): boolean {
  return STATE_KEYS.has(stateKey(name)) || looksLikeName(name);
}

function closesClause(after: string): boolean {
  return /^\s*(?:[;.,/]|$|and\b|\(|\)|\s*$)/.test(after);
}

/** A parenthesis read as recommending States, with the names it gives. */
function stateGroups(text: string): { group: Group; names: string[] }[] {
  const out: { group: Group; names: string[] }[] = [];
  for (const g of groups(text)) {
    const ps = pieces(g.content);
    if (ps.length === 0) continue;
    const known = ps.filter((p) => STATE_KEYS.has(stateKey(p))).length;
    const accept = known > 0 ? ps.every(looksLikeName) || known === ps.length : closesClause(g.after) && ps.every(looksLikeName);
    if (accept) out.push({ group: g, names: ps.filter((p) => looksLikeName(p) || STATE_KEYS.has(stateKey(p))) });
  }
  return out;
}

export function recommendingStates(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { names } of stateGroups(text)) {
    for (const p of names) {
      const key = stateKey(p);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

/** A comment is a sentence: at least this many words after the States. */
const COMMENT_MIN_WORDS = 3;

/**
 * A UPR recommendation ends with its recommending States. A sentence printed
 * after them that is not itself closed by States ("… (Costa Rica);
 * Switzerland considers that …") is the State under review's comment, not
 * the recommendation, and names no recommending State. A record holding
 * several recommendations ("… (Ukraine); Increase efforts … (Slovakia);")
 * has none. Returns the recommendation's text and the comment, or null.
 */
export function splitUprComment(text: string): { recommendation: string; comment: string | null } {
  const found = stateGroups(text);
  const lastEnd = found[found.length - 1]?.group.end ?? -1;
  const closedByStates = lastEnd >= 0 && /^\s*[;.,]?\s*$/.test(text.slice(lastEnd));
  for (const { group } of found) {
    const after = text.slice(group.end);
    const rest = /^\s*([;.])\s*(\S[\s\S]*)$/.exec(after);
    if (!rest) continue;
    const comment = rest[2]!.trim();
    if (!/^[\p{Lu}"“]/u.test(comment) || comment.split(/\s+/).length < COMMENT_MIN_WORDS) continue;
    // What follows ends with States of its own: another recommendation, not a comment.
    // So does one closed by a parenthesis whose States were not read as such.
    if (closedByStates || /\)\s*[;.]?$/.test(comment)) return { recommendation: text, comment: null };
    return { recommendation: text.slice(0, group.end) + rest[1], comment };
  }
  return { recommendation: text, comment: null };
}
