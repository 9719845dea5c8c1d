// Every symbol a corpus document prints in its masthead or header parses as
// valid with the right body, and the pipelines find it in the document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnSymbol } from '../src/vocabulary/un-symbol.js';
import { parse } from '../src/index.js';
import { CORPUS_TESTS, corpusManifest, corpusPath } from './support/corpus.js';

/** Symbol → issuing body, read off each document's masthead. */
const BODIES: Record<string, string> = {
  'A/47/466': 'General Assembly', 'A/50/610': 'General Assembly', 'A/52/613': 'General Assembly', 'A/52/687': 'General Assembly',
  'A/53/601': 'General Assembly', 'A/56/385': 'General Assembly', 'A/79/924-S/2025/351': 'General Assembly', 'A/80/116': 'General Assembly',
  'A/80/271': 'General Assembly', 'A/80/36': 'General Assembly', 'A/80/38': 'General Assembly', 'A/80/44': 'General Assembly',
  'A/ES-10/1043-S/2025/529': 'General Assembly', 'A/HRC/12/9': 'Human Rights Council', 'A/HRC/14/12': 'Human Rights Council',
  'A/HRC/14/15': 'Human Rights Council', 'A/HRC/14/15/Add.1': 'Human Rights Council', 'A/HRC/22/4': 'Human Rights Council',
  'A/HRC/24/11': 'Human Rights Council', 'A/HRC/28/12*': 'Human Rights Council', 'A/HRC/28/15': 'Human Rights Council',
  'A/HRC/28/15/Add.1': 'Human Rights Council', 'A/HRC/43/15': 'Human Rights Council', 'A/HRC/43/15/Add.1': 'Human Rights Council',
  'A/HRC/43/2': 'Human Rights Council', 'A/HRC/59/60': 'Human Rights Council', 'A/HRC/59/L.17': 'Human Rights Council',
  'A/HRC/8/47': 'Human Rights Council', 'A/HRC/DEC/14/105': 'Human Rights Council', 'A/HRC/DEC/59/112': 'Human Rights Council',
  'A/HRC/EMRIP/2025/3': 'Expert Mechanism on the Rights of Indigenous Peoples', 'A/HRC/RES/59/25': 'Human Rights Council',
  'A/HRC/WG.6/20/SVN/2': 'Working Group on the Universal Periodic Review', 'A/HRC/WG.6/7/SVN/1': 'Working Group on the Universal Periodic Review',
  'A/HRC/WG.6/7/SVN/3': 'Working Group on the Universal Periodic Review', 'A/INF/76/1': 'General Assembly (information series)',
  'A/RES/48/263': 'General Assembly', 'A/RES/78/323': 'General Assembly', 'CCPR/C/121/D/2025/2011': 'Human Rights Committee',
  'CCPR/C/NAM/CO/2': 'Human Rights Committee', 'CCPR/C/USA/CO/4': 'Human Rights Committee', 'E/CN.4/110': 'Commission on Human Rights',
  'HRI/MC/2025/1': 'Meeting of Chairs of the human rights treaty bodies', 'S/2023/664': 'Security Council',
  'S/RES/2770 (2025)': 'Security Council', 'S/RES/2771 (2025)': 'Security Council', 'S/RES/2776 (2025)*': 'Security Council',
  'A/RES/78/119': 'General Assembly', 'A/RES/79/117': 'General Assembly', 'A/RES/79/289': 'General Assembly', 'A/RES/80/121': 'General Assembly',
  'A/80/11': 'General Assembly', 'A/80/21': 'General Assembly', 'S/2025/383': 'Security Council',
};

describe('symbols written down from the corpus mastheads', () => {
  it.each(Object.entries(BODIES))('%s is valid, issued by %s', (symbol, body) => {
    const r = UnSymbol.parse(symbol);
    expect(r.valid).toBe(true);
    if (r.valid) expect(r.symbol.body).toBe(body);
  });
});

describe('symbols of the corpus', CORPUS_TESTS, () => {
  const manifest = () => corpusManifest().filter((m) => /^[A-Z]+\//.test(m.symbol));

  it('every manifest symbol has its body written down here', () => {
    for (const { symbol } of manifest()) expect(BODIES[symbol], symbol).toBeDefined();
  });

  it('the pipeline finds each PDF text symbol in the document, never a wrong one', async () => {
    for (const { file, symbol } of manifest()) {
      const txt = file.startsWith('pdf/') ? `txt/pdftotext-layout/${file.slice(4).replace(/\.pdf$/, '.txt')}` : file;
      const path = corpusPath(txt);
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      const doc = await parse(bytes, { path: txt });
      const want = UnSymbol.parse(symbol);
      if (!want.valid) continue;
      const found = [doc.symbol, ...doc.otherSymbols].filter(Boolean).join('-');
      // A scan whose symbol OCR garbled gives none, never a wrong one.
      if (doc.symbol === null) expect(doc.messages.map((m) => m.ruleId), file).toContain('symbol-not-found');
      else expect(found, file).toBe(want.symbol.format());
    }
  });
});
