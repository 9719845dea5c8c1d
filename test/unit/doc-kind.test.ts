// Document kind: one row per rule of KIND_RULES in src/classify/doc-kind.ts
// with the symbol, front matter, title and count of attributed lists that
// forced it, and the fall-through to "other". Titles: test/unit/metadata.test.ts.
import { describe, expect, it } from 'vitest';
import { detectDocKind, KIND_RULES } from '../../src/classify/doc-kind.js';
import type { DocKind } from '../../src/schema/document.js';

interface KindRow {
  /** The rule that must decide; null for the fall-through to "other". */
  rule: string | null;
  symbol: string | null;
  front: string[];
  title?: string | null;
  attributed?: number;
  kind: DocKind;
  note: string;
}

const KIND_ROWS: KindRow[] = [
  // resolution-symbol
  { rule: 'resolution-symbol', symbol: 'A/RES/78/323', front: [], kind: 'resolution', note: 'a General Assembly resolution' },
  { rule: 'resolution-symbol', symbol: 'S/RES/2776 (2025)', front: [], kind: 'resolution', note: 'a Security Council resolution with its year' },
  { rule: 'resolution-symbol', symbol: 'A/HRC/DEC/14/105', front: [], kind: 'resolution', note: 'a decision' },
  { rule: 'resolution-symbol', symbol: 'A/HRC/59/L.17', front: [], kind: 'resolution', note: 'a draft: …/L.17' },
  { rule: 'resolution-symbol', symbol: 'A/RES/1/1', front: ['Report of the Working Group on the Universal Periodic Review'], title: 'Report of the Working Group', kind: 'resolution', note: 'the symbol wins over a UPR or report title' },
  // resolution-heading
  { rule: 'resolution-heading', symbol: null, front: ['United Nations', 'Resolution adopted by the General Assembly on 20 December 2024'], kind: 'resolution', note: 'the heading on any line of the front matter' },
  { rule: 'resolution-heading', symbol: 'S/2025/1', front: ['Adopted by the Security Council at its 9876th meeting'], kind: 'resolution', note: 'the Security Council adoption line' },
  { rule: 'resolution-heading', symbol: null, front: ['Human Rights Council', '59/1. Promotion of rights: resolution'], kind: 'resolution', note: '"…: resolution" at a line end' },
  { rule: 'resolution-heading', symbol: null, front: ['Draft resolution'], kind: 'resolution', note: 'a draft resolution' },
  { rule: 'resolution-heading', symbol: null, front: ['resolution adopted by the general assembly'], kind: 'resolution', note: 'case does not matter' },
  { rule: 'report-title', symbol: 'A/HRC/40/1', front: ['Note by the Secretariat'], title: 'Resolution', kind: 'report', note: 'a title "Resolution" alone is not a resolution heading' },
  { rule: null, symbol: 'CCPR/C/121/D/2025/2011', front: ['Decision adopted by the Committee under the Optional Protocol'], kind: 'other', note: 'a treaty body decision on a communication is not a resolution' },
  // upr-title
  { rule: 'upr-title', symbol: 'A/HRC/43/15', front: ['Report of the Working Group on the Universal', 'Periodic Review*', 'Austria'], kind: 'upr', note: 'the title wrapped over two lines' },
  { rule: 'upr-title', symbol: 'A/HRC/14/15/Add.1', front: ['Report of the Working Group on the Universal Periodic Review'], kind: 'upr', note: 'an addendum with the title' },
  { rule: null, symbol: 'A/HRC/40/1', front: ['The Working Group on the Universal Periodic Review held its session'], kind: 'other', note: 'the group named without "Report of"' },
  { rule: 'upr-title', symbol: 'A/HRC/58/99', front: ['Rapport du Groupe de travail sur l’Examen périodique universel*', 'Burkina Faso'], kind: 'upr', note: 'French (fixtures/upr-languages/fr)' },
  { rule: 'upr-title', symbol: 'A/HRC/58/99', front: ["Rapport du Groupe de travail sur l'Examen", 'périodique universel*'], kind: 'upr', note: 'French, wrapped, straight apostrophe' },
  { rule: 'upr-title', symbol: 'A/HRC/58/99', front: ['Informe del Grupo de Trabajo sobre el Examen Periódico Universal*'], kind: 'upr', note: 'Spanish' },
  { rule: 'upr-title', symbol: 'A/HRC/58/99', front: ['Доклад Рабочей группы по универсальному периодическому обзору*'], kind: 'upr', note: 'Russian' },
  { rule: 'upr-title', symbol: 'A/HRC/58/99', front: ['تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*'], kind: 'upr', note: 'Arabic' },
  { rule: 'upr-title', symbol: 'A/HRC/58/99', front: ['普遍定期审议工作组报告*'], kind: 'upr', note: 'Chinese' },
  { rule: 'report-title', symbol: 'A/HRC/58/1', front: ['Rapport du Groupe de travail sur la détention arbitraire'], kind: 'report', note: 'another French working group is a report' },
  // upr-attributed-list
  { rule: 'upr-attributed-list', symbol: 'A/HRC/43/15', front: [], attributed: 3, kind: 'upr', note: 'three "(State);" recommendations in an A/HRC/n/n report' },
  { rule: null, symbol: 'A/HRC/43/15', front: [], attributed: 2, kind: 'other', note: 'two are a chance' },
  { rule: null, symbol: 'A/HRC/43/15/Add.1', front: [], attributed: 5, kind: 'other', note: 'not an A/HRC/n/n symbol' },
  { rule: null, symbol: null, front: [], attributed: 5, kind: 'other', note: 'no symbol' },
  // report-title
  { rule: 'report-title', symbol: 'A/HRC/59/60', front: [], title: 'Report of the Special Rapporteur', kind: 'report', note: 'from the title' },
  { rule: 'report-title', symbol: 'A/HRC/59/60', front: ['General Assembly', 'Note by the Secretary-General'], kind: 'report', note: 'from a front line' },
  { rule: 'report-title', symbol: 'E/CN.4/2000/82', front: ['COMMISSION ON HUMAN RIGHTS', 'Report of the Special Rapporteur'], kind: 'report', note: 'a 2000 report' },
  { rule: 'report-title', symbol: 'CCPR/C/NAM/CO/2', front: ['Concluding observations on the second report of Namibia'], kind: 'report', note: 'concluding observations' },
  { rule: 'report-title', symbol: 'A/80/271', front: ['Letter dated 1 July 2025 from the Permanent Representative'], kind: 'report', note: 'a letter' },
  { rule: 'report-title', symbol: 'A/HRC/40/1', front: ['Human Rights Council', 'Summary'], kind: 'report', note: 'a "Summary" line opens the front of a report' },
  { rule: null, symbol: 'A/HRC/59/60', front: ['The report of the Special Rapporteur'], kind: 'other', note: 'a report named mid-line' },
  { rule: 'report-title', symbol: 'A/HRC/40/1', front: ['Identical letters dated 22 August 2025'], kind: 'report', note: 'identical letters' },
  { rule: null, symbol: 'A/HRC/WG.6/7/SVN/1', front: ['National report submitted in accordance with'], title: 'National report submitted in accordance with', kind: 'other', note: 'a national report opens a title but is no report kind' },
  // fall-through
  { rule: null, symbol: null, front: [], title: null, kind: 'other', note: 'nothing to go on' },
  { rule: null, symbol: 'HRI/MC/2025/1', front: ['United Nations', 'Distr.: General'], kind: 'other', note: 'a masthead and no title' },
];

/** The first rule that applies, with the context detectDocKind gives it. */
function decidingRule(row: KindRow): string | null {
  const context = { symbol: row.symbol, frontText: row.front.join('\n'), title: row.title ?? null, attributedLists: row.attributed ?? 0 };
  return KIND_RULES.find((r) => r.apply(context) !== null)?.id ?? null;
}

describe('document kind rules', () => {
  it.each(KIND_ROWS)('$rule: $note', (row) => {
    expect(detectDocKind(row.symbol, row.front.join('\n'), row.title ?? null, row.attributed ?? 0)).toBe(row.kind);
    expect(decidingRule(row)).toBe(row.rule);
  });

  it('every rule has a row', () => {
    const covered = new Set(KIND_ROWS.map((r) => r.rule));
    expect(KIND_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every rule says why it exists, once', () => {
    for (const rule of KIND_RULES) expect(rule.why.length, rule.id).toBeGreaterThan(20);
    expect(KIND_RULES.map((r) => r.id)).toEqual(['resolution-symbol', 'resolution-heading', 'upr-title', 'upr-attributed-list', 'report-title']);
  });

  it('attributedLists defaults to 0', () => {
    expect(detectDocKind('A/HRC/43/15', '', null)).toBe('other');
  });
});
