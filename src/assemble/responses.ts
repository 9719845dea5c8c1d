/**
 * UPR responses from the report itself: each sub-numbered recommendation
 * takes the position its chapeau states ("121. … enjoy the support of
 * Slovenia:" governs 121.1–121.58). Several chapeaus can follow each other
 * in one section; a recommendation belongs to the one it is numbered under.
 * A neutral chapeau (2008) leaves the list to the sentence after it.
 */
import { statedPosition } from '../classify/upr-positions.js';
import type { RecordOut } from '../schema/document.js';
import type { ParagraphNode } from './tree.js';

type Stated = Pick<RecordOut, 'response' | 'responseSource'>;

/** The response of each paragraph (same order as `nodes`); null for paragraphs that are no listed recommendation. */
export function chapeauResponses(nodes: readonly ParagraphNode[], texts: readonly string[], symbol: string | null): (Stated | null)[] {
  const mainAt = new Map<number, number>();
  nodes.forEach((n, k) => {
    if (n.number?.kind === 'main') mainAt.set(n.number.main, k);
  });
  const cache = new Map<number, Stated | null>();
  const forList = (main: number, k: number): Stated | null => {
    if (cache.has(main)) return cache.get(main)!;
    let stated: Stated | null = null;
    const chapeau = mainAt.get(main);
    if (chapeau !== undefined && chapeau < k) {
      const position = statedPosition(texts[chapeau]!);
      if (position) stated = { response: position.response, responseSource: { symbol, paragraph: nodes[chapeau]!.label } };
    }
    if (stated === null) {
      // The paragraph after the list: "The response of France to these recommendations will be included…".
      const after = nodes.findIndex((n, j) => j > k && n.number?.kind === 'main' && n.number.main !== main);
      const position = after >= 0 ? statedPosition(texts[after]!) : null;
      if (position?.rule === 'response-in-outcome') stated = { response: position.response, responseSource: { symbol, paragraph: nodes[after]!.label } };
    }
    cache.set(main, stated);
    return stated;
  };
  return nodes.map((n, k) => (n.number && n.number.kind !== 'main' ? forList(n.number.main, k) : null));
}
