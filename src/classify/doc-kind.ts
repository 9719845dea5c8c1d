/**
 * What kind of document this is decides which paragraphs are records
 * (ANNOTATION.md): UPR working-group reports, resolutions and decisions
 * (including drafts "…/L.17"), and reports of every other kind.
 */
import type { DocKind } from '../schema/document.js';
import { titleWords, UPR_LANGUAGES } from '../vocabulary/languages/index.js';

const RESOLUTION_SYMBOL = /\/(?:RES|DEC)\/|\/L\.\d/;
/** Resolutions and decisions of organs; a treaty body's decision on a communication is not one. */
const RESOLUTION_TEXT =
  /^(?:(?:Resolution|Decision) adopted by the (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council|Council|Commission|Assembly)|Draft resolution|Adopted by the Security Council at its|.{0,80}: (?:draft )?resolution$)/im;
const UPR_TITLE = /Report of the Working Group on the Universal\s+Periodic\s+Review/i;
/** The same title in the other languages ("Rapport du Groupe de travail sur l’Examen périodique universel", "普遍定期审议工作组报告"). */
function uprTitles(language: string | null): RegExp[] {
  return [UPR_TITLE, ...UPR_LANGUAGES.filter((l) => language === null || l.code === language).map((l) => l.reportTitle)];
}

/** What a document-kind rule sees. */
export interface KindContext {
  symbol: string | null;
  /** The front matter: the lines before the first paragraph. */
  frontText: string;
  title: string | null;
  /** How many sub-numbered paragraphs end with a State's parenthesis ("… (France);"). */
  attributedLists: number;
  /** The document's language: its title patterns are looked for (every language's when null or absent). */
  language?: string | null;
}

export interface KindRule {
  id: string;
  why: string;
  apply(c: KindContext): DocKind | null;
}

/** A run of "(France);" recommendations this long is a UPR list, not a chance parenthesis. */
const UPR_ATTRIBUTED_MIN = 3;

export const KIND_RULES: readonly KindRule[] = [
  {
    id: 'resolution-symbol',
    why: 'The symbol says it: …/RES/…, …/DEC/…, a draft …/L.17 (A/RES/78/323, A/HRC/DEC/14/105, A/HRC/59/L.17).',
    apply: (c) => (c.symbol && RESOLUTION_SYMBOL.test(c.symbol) ? 'resolution' : null),
  },
  {
    id: 'resolution-heading',
    why: '"Resolution adopted by the General Assembly", "Adopted by the Security Council at its…" above the text (S/RES/2776, pdftotext of A/RES/48/263).',
    apply: (c) => (RESOLUTION_TEXT.test(c.frontText) ? 'resolution' : null),
  },
  {
    id: 'upr-title',
    why: '"Report of the Working Group on the Universal Periodic Review" (every UPR report of the corpus), and its titles in the other languages (fixtures/upr-languages).',
    apply: (c) => (uprTitles(c.language ?? null).some((t) => t.test(c.frontText)) ? 'upr' : null),
  },
  {
    id: 'upr-attributed-list',
    why: 'Without the title page (a page range, a fragment), a run of "(State);" recommendations in an A/HRC/n/n report still tells a UPR report (A/HRC/43/15 read with --pages 12-13).',
    apply: (c) => (c.attributedLists >= UPR_ATTRIBUTED_MIN && c.symbol !== null && /^A\/HRC\/\d+\/\d+$/.test(c.symbol) ? 'upr' : null),
  },
  {
    id: 'report-title',
    why: '"Report of…", "Note by…", "Concluding observations…", "Letter dated…" (A/HRC/59/60, CCPR/C/NAM/CO/2, A/80/271), and their forms in the other languages ("Observaciones finales", "Заключительные замечания", "…结论性意见"; fixtures/languages).',
    apply: (c) => {
      const reportTitle = (text: string) => titleWords(c.language ?? null).reportTitles.some((p) => p.test(text));
      return (c.title && reportTitle(c.title)) || reportTitle(c.frontText) ? 'report' : null;
    },
  },
];

/** The kind of a document: the first rule that applies, else "other". */
export function detectDocKind(symbol: string | null, frontText: string, title: string | null, attributedLists = 0, language: string | null = null): DocKind {
  const context: KindContext = { symbol, frontText, title, attributedLists, language };
  for (const rule of KIND_RULES) {
    const kind = rule.apply(context);
    if (kind) return kind;
  }
  return 'other';
}
