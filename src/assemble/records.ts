/**
 * Which paragraphs are records (ANNOTATION.md), and why: an ordered table
 * of named rules, the first that applies decides, and each record carries
 * the signals that made it one.
 */
import { isAnnexHeading, mentionsRecommendations } from '../classify/headings.js';
import { authoredSignals, prescriptiveSignals } from '../classify/prescriptive.js';
import type { DocKind } from '../schema/document.js';
import type { ParagraphNode } from './tree.js';

export interface RecordVerdict {
  isRecord: boolean;
  signals: string[];
}

/** What a record rule sees of one paragraph and its document. */
export interface RecordContext {
  paragraph: ParagraphNode;
  docKind: DocKind;
  /** The document's language: the author's voice is told by its words. */
  language: string | null;
  /** The paragraph's text with its items (what the prescriptive test reads). */
  text(): string;
  /** The document has a section whose heading mentions recommendations, outside the annexes. */
  hasRecommendationsSection: boolean;
  /** A UPR report whose recommendations section holds sub-numbered recommendations. */
  uprList: boolean;
}

export interface RecordRule {
  id: string;
  why: string;
  apply(c: RecordContext): RecordVerdict | null;
}

const NOT_A_RECORD: RecordVerdict = { isRecord: false, signals: [] };

function inAnnex(p: ParagraphNode): boolean {
  return p.headings.some((h) => h.level === 0 || isAnnexHeading(h.text));
}

function inRecommendations(p: ParagraphNode): boolean {
  return p.headings.some((h) => mentionsRecommendations(h.text));
}

const verdict = (isRecord: boolean, signals: () => string[]): RecordVerdict => (isRecord ? { isRecord, signals: signals() } : NOT_A_RECORD);

export const RECORD_RULES: readonly RecordRule[] = [
  {
    id: 'unnumbered',
    why: 'Records are numbered paragraphs; text before the first one (a leading fragment) never is (seed A_58_275_page23.txt).',
    apply: (c) => (c.paragraph.fragment || c.paragraph.number === null ? NOT_A_RECORD : null),
  },
  {
    id: 'annex',
    why: 'Annexes are out: an annexed agreement\'s articles, voluntary pledges (A/RES/48/263, fixture resolution-annex).',
    apply: (c) => (inAnnex(c.paragraph) ? NOT_A_RECORD : null),
  },
  {
    id: 'upr-recommendation',
    why: 'UPR reports: each sub-numbered recommendation ("121.1", "60.1") in the recommendations section, never its chapeau (A/HRC/43/15, A/HRC/8/47).',
    apply: (c) => {
      if (!c.uprList) return null;
      const kind = c.paragraph.number!.kind;
      return verdict(kind !== 'main' && inRecommendations(c.paragraph), () => ['kind:upr', 'section:recommendations', `numbering:${kind}`]);
    },
  },
  {
    id: 'operative-paragraph',
    why: 'Resolutions and decisions: the numbered operative paragraphs (A/RES/78/323, S/RES/2776).',
    apply: (c) => (c.docKind === 'resolution' ? verdict(c.paragraph.number!.kind === 'main', () => ['kind:resolution', 'paragraph:operative']) : null),
  },
  {
    id: 'prescriptive-in-recommendations',
    why: 'Reports with a recommendations section: the prescriptive paragraphs inside it (A/HRC/59/60, CCPR/C/USA/CO/4).',
    apply: (c) => {
      if (!c.hasRecommendationsSection) return null;
      if (!inRecommendations(c.paragraph)) return NOT_A_RECORD;
      const verbs = prescriptiveSignals(c.text(), c.language);
      return verdict(verbs.length > 0, () => ['section:recommendations', ...verbs]);
    },
  },
  {
    id: 'authored-anywhere',
    why: 'Documents without a recommendations heading (a page, a note, an SG report to the Council): paragraphs that direct in the author\'s own voice, anywhere; narrative that reports others\' calls is not (seed A_58_275_page23.txt, S/2025/383).',
    apply: (c) => {
      const verbs = authoredSignals(c.text(), c.language);
      return verdict(verbs.length > 0, () => ['section:none', ...verbs]);
    },
  },
];

/** Decide for every paragraph; `fullText(p)` is its text with items. */
export function judgeParagraphs(paragraphs: readonly ParagraphNode[], docKind: DocKind, fullText: (p: ParagraphNode) => string, language: string | null = null): RecordVerdict[] {
  const hasRecommendationsSection = paragraphs.some((p) => !inAnnex(p) && inRecommendations(p));
  const uprList = docKind === 'upr' && paragraphs.some((p) => p.number !== null && p.number.kind !== 'main' && inRecommendations(p));
  return paragraphs.map((paragraph) => {
    const context: RecordContext = { paragraph, docKind, language, text: () => fullText(paragraph), hasRecommendationsSection, uprList };
    for (const rule of RECORD_RULES) {
      const decided = rule.apply(context);
      if (decided) return decided;
    }
    return NOT_A_RECORD;
  });
}
