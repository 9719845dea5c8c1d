/**
 * The position a UPR report states for a group of recommendations, read
 * from the chapeau paragraph printed above them, or from the sentence after
 * a neutral 2008 list. An ordered table: the first rule that matches decides.
 */
import { UPR_POSITIONS } from '../vocabulary/languages/index.js';

export type UprResponse = 'supported' | 'noted' | 'pending';

export interface PositionRule {
  id: string;
  why: string;
  pattern: RegExp;
  response: UprResponse;
}

export const POSITION_RULES: readonly PositionRule[] = [
  {
    id: 'did-not-enjoy-support',
    why: '"The recommendations below did not enjoy the support of X" (2011–2016 reports); checked before "enjoy the support".',
    pattern: /\b(?:did|do|does)\s+not\s+enjoy\s+(?:the|its|their)\s+support\b/i,
    response: 'noted',
  },
  {
    id: 'noted',
    why: '"… listed below were noted by Guatemala" (A/HRC/22/8), "X noted the following", "will be noted", "takes note of".',
    pattern: /\b(?:were|was|are|is|have\s+been|has\s+been|will\s+be)\s+noted\b|\bnoted\s+by\b|\bnoted\s+the\s+following\b|\btakes?\s+note\s+of\b/i,
    response: 'noted',
  },
  {
    id: 'enjoy-support',
    why: '"have been examined by Slovenia and enjoy the support of Slovenia" (A/HRC/43/15 para 121), also "…which considers that they are already implemented".',
    pattern: /\benjoys?\s+(?:the|its|their)\s+support\b|\b(?:were|are|have\s+been)\s+accepted\s+by\b/i,
    response: 'supported',
  },
  {
    id: 'will-be-examined',
    why: '"will be examined by Slovenia, which will provide responses in due course" (A/HRC/14/15 para 111, A/HRC/22/4 para 99, A/HRC/43/15 para 122).',
    pattern: /\bwill\s+be\s+examined\s+by\b|\bwill\s+provide\s+(?:its\s+)?responses?\b/i,
    response: 'pending',
  },
  {
    id: 'response-in-outcome',
    why: '2008 reports list the recommendations under a neutral chapeau and say after the list "The response of France to these recommendations will be included in the outcome report" (A/HRC/8/47 para 61).',
    pattern: /\bresponses?\s+of\s+.{1,80}?\s+to\s+th(?:ese|e)\s+recommendations\s+will\s+be\s+included\b/i,
    response: 'pending',
  },
  // The other languages, from their modules, in the English order: a refusal before the support it negates.
  {
    id: 'translated-not-supported',
    why: '"n’ont pas recueilli l’appui", "no contaron con el apoyo", "не пользуются поддержкой", "لم تحظ بتأييد", "未得到…支持" (language modules; fixtures/upr-languages states none, the rows in test/unit/metadata.test.ts do).',
    pattern: UPR_POSITIONS.notSupported,
    response: 'noted',
  },
  {
    id: 'translated-noted',
    why: '"ont été prises en note", "tomó nota", "приняла к сведению", "أحاطت علماً", "注意到以下建议" (fixtures/upr-languages, paragraph 91).',
    pattern: UPR_POSITIONS.noted,
    response: 'noted',
  },
  {
    id: 'translated-supported',
    why: '"ont recueilli l’appui de", "contaron con el apoyo de", "пользуются поддержкой", "تحظى بتأييد", "得到…支持" (fixtures/upr-languages, paragraph 90).',
    pattern: UPR_POSITIONS.supported,
    response: 'supported',
  },
  {
    id: 'translated-pending',
    why: '"seront examinées par", "serán examinadas por", "будут рассмотрены", "ستنظر فيها", "将…审议" (language modules; the rows in test/unit/metadata.test.ts).',
    pattern: UPR_POSITIONS.pending,
    response: 'pending',
  },
];

/** The position a chapeau (or the sentence after a list) states, with the rule that read it; null when it states none. */
export function statedPosition(text: string): { response: UprResponse; rule: string } | null {
  for (const rule of POSITION_RULES) if (rule.pattern.test(text)) return { response: rule.response, rule: rule.id };
  return null;
}
