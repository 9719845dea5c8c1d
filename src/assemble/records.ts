/**
 * Which paragraphs are records (ANNOTATION.md), and why: each record
 * carries the signals that made it one.
 * - UPR reports: the sub-numbered recommendations ("121.1", "60.1") in a
 *   section whose heading mentions recommendations;
 * - resolutions and decisions: the numbered (operative) paragraphs outside annexes;
 * - every other document: prescriptive numbered paragraphs inside sections
 *   whose heading mentions recommendations, or anywhere when no such
 *   heading exists.
 */
import { isAnnexHeading, mentionsRecommendations } from '../classify/headings.js';
import { prescriptiveSignals } from '../classify/prescriptive.js';
import type { DocKind } from '../schema/document.js';
import type { ParagraphNode } from './tree.js';

export interface RecordVerdict {
  isRecord: boolean;
  signals: string[];
}

function inAnnex(p: ParagraphNode): boolean {
  return p.headings.some((h) => h.level === 0 || isAnnexHeading(h.text));
}

function inRecommendations(p: ParagraphNode): boolean {
  return p.headings.some((h) => mentionsRecommendations(h.text));
}

/** Decide for every paragraph; `fullText(p)` is its text with items. */
export function judgeParagraphs(
  paragraphs: readonly ParagraphNode[],
  docKind: DocKind,
  fullText: (p: ParagraphNode) => string,
): RecordVerdict[] {
  const hasRecSection = paragraphs.some((p) => !inAnnex(p) && inRecommendations(p));
  const uprSubs = docKind === 'upr' && paragraphs.some((p) => p.number?.kind !== 'main' && p.number !== null && inRecommendations(p));
  return paragraphs.map((p) => {
    if (p.fragment || p.number === null) return { isRecord: false, signals: [] };
    if (inAnnex(p)) return { isRecord: false, signals: [] };
    if (uprSubs) {
      const isRec = p.number.kind !== 'main' && inRecommendations(p);
      return { isRecord: isRec, signals: isRec ? ['kind:upr', 'section:recommendations', `numbering:${p.number.kind}`] : [] };
    }
    if (docKind === 'resolution') {
      const isRec = p.number.kind === 'main';
      return { isRecord: isRec, signals: isRec ? ['kind:resolution', 'paragraph:operative'] : [] };
    }
    const verbs = prescriptiveSignals(fullText(p));
    if (hasRecSection) {
      const isRec = inRecommendations(p) && verbs.length > 0;
      return { isRecord: isRec, signals: isRec ? ['section:recommendations', ...verbs] : [] };
    }
    return { isRecord: verbs.length > 0, signals: verbs.length ? ['section:none', ...verbs] : [] };
  });
}
