// Which paragraphs are records: one row per rule of RECORD_RULES in
// src/assemble/records.ts, and rows where the deciding rule says no. Each row
// runs real lines through splitLines → assignRoles → buildTree, names the
// paragraph it is about by its label, and asserts the verdict, its exact
// signals, and the rule that decided.
import { describe, expect, it } from 'vitest';
import { joinPieces, Vocabulary } from '../../src/assemble/join.js';
import { judgeParagraphs, RECORD_RULES, type RecordContext } from '../../src/assemble/records.js';
import { buildTree, type ItemNode, type ParagraphNode, type TextPiece } from '../../src/assemble/tree.js';
import { isAnnexHeading, mentionsRecommendations } from '../../src/classify/headings.js';
import { assignRoles } from '../../src/classify/roles.js';
import type { DocKind } from '../../src/schema/document.js';
import { splitLines } from '../../src/segment/lines.js';

interface Row {
  /** The rule that must decide the paragraph. */
  rule: string;
  lines: string[];
  docKind: DocKind;
  /** Label of the paragraph the row is about ("" for the leading fragment). */
  at: string;
  /** buildTree's leadingIsFragment. */
  fragment?: boolean;
  isRecord: boolean;
  signals: string[];
  note: string;
}

const UPR = [
  'II. Conclusions and/or recommendations',
  '121. The following recommendations will be examined by the State:',
  '121.1 Ratify the Convention against Torture (France);',
  '121.2 Adopt a law on domestic violence (Chile);',
];

const ROWS: Row[] = [
  // unnumbered
  { rule: 'unnumbered', lines: ['should ratify the Convention without delay.', '1. The Committee notes the report.'], docKind: 'report', at: '', fragment: true, isRecord: false, signals: [], note: 'a leading fragment is never a record, prescriptive or not' },
  { rule: 'unnumbered', lines: ['(a) States should ratify the Convention;', '(b) States should report.', '1. The Assembly decides.'], docKind: 'resolution', at: '', isRecord: false, signals: [], note: 'items before the first paragraph make a fragment, even when the input is not one' },
  // annex
  { rule: 'annex', lines: ['1. The Assembly decides to adopt the agreement.', 'Annex', '1. States should ratify the agreement.'], docKind: 'resolution', at: '1~2', isRecord: false, signals: [], note: 'an annexed article, even in a resolution and prescriptive' },
  { rule: 'annex', lines: ['1. The Committee notes the report.', 'IV. Annex', '5. States should ratify the agreement.'], docKind: 'report', at: '5', isRecord: false, signals: [], note: 'a numbered heading whose text is "Annex" counts as an annex too' },
  { rule: 'annex', lines: ['1. The Committee notes the report.', 'Annex', 'Recommendations', '1. States should ratify the agreement.'], docKind: 'report', at: '1~2', isRecord: false, signals: [], note: 'a recommendations heading inside an annex does not bring it back' },
  // upr-recommendation
  { rule: 'upr-recommendation', lines: UPR, docKind: 'upr', at: '121.1', isRecord: true, signals: ['kind:upr', 'section:recommendations', 'numbering:sub'], note: 'a dotted UPR recommendation' },
  { rule: 'upr-recommendation', lines: UPR, docKind: 'upr', at: '121', isRecord: false, signals: [], note: 'the chapeau of the UPR list is not a record' },
  { rule: 'upr-recommendation', lines: ['II. Conclusions and/or recommendations', '60. The recommendations below were examined:', '1. Ratify the Convention (France);', '2. Adopt a law (Chile);'], docKind: 'upr', at: '60.2', isRecord: true, signals: ['kind:upr', 'section:recommendations', 'numbering:nested'], note: 'a 2008 list restarting at 1 inside paragraph 60' },
  { rule: 'upr-recommendation', lines: ['I. Summary of the proceedings', '5.1 The delegation should present the report (France);', ...UPR], docKind: 'upr', at: '5.1', isRecord: false, signals: [], note: 'a sub-numbered paragraph outside the recommendations section, though prescriptive' },
  { rule: 'prescriptive-in-recommendations', lines: ['II. Recommendations', '10. The State should ratify the Convention.'], docKind: 'upr', at: '10', isRecord: true, signals: ['section:recommendations', 'modal:should'], note: 'a UPR report without a sub-numbered list falls through to the prescriptive rules' },
  // operative-paragraph
  { rule: 'operative-paragraph', lines: ['1. Decides to remain seized of the matter.'], docKind: 'resolution', at: '1', isRecord: true, signals: ['kind:resolution', 'paragraph:operative'], note: 'an operative paragraph, prescriptive or not' },
  { rule: 'operative-paragraph', lines: ['5. Requests the Secretary-General:', '1. To report to the Assembly;', '2. To keep it informed.'], docKind: 'resolution', at: '5.1', isRecord: false, signals: [], note: 'a list restarting at 1 inside paragraph 5 is nested, not operative' },
  { rule: 'operative-paragraph', lines: ['Recommendations', '1. Notes the report.'], docKind: 'resolution', at: '1', isRecord: true, signals: ['kind:resolution', 'paragraph:operative'], note: 'a recommendations heading changes nothing for a resolution' },
  // prescriptive-in-recommendations
  { rule: 'prescriptive-in-recommendations', lines: ['IV. Recommendations', '10. The Committee notes the report.', '11. The State party should adopt a law.'], docKind: 'report', at: '11', isRecord: true, signals: ['section:recommendations', 'modal:should'], note: 'a prescriptive paragraph in the section' },
  { rule: 'prescriptive-in-recommendations', lines: ['IV. Recommendations', '10. The Committee notes the report.', '11. The State party should adopt a law.'], docKind: 'report', at: '10', isRecord: false, signals: [], note: 'a descriptive paragraph in the section is not a record' },
  { rule: 'prescriptive-in-recommendations', lines: ['I. Introduction', '1. The State party should adopt a law.', 'II. Conclusions and recommendations', '2. The Special Rapporteur recommends that the State act.'], docKind: 'report', at: '1', isRecord: false, signals: [], note: 'prescriptive but outside the section of a report that has one' },
  { rule: 'prescriptive-in-recommendations', lines: ['I. Introduction', '1. The State party should adopt a law.', 'II. Conclusions and recommendations', '2. The Special Rapporteur recommends that the State act.'], docKind: 'report', at: '2', isRecord: true, signals: ['section:recommendations', 'verb:recommends'], note: 'the section heading names "recommendations" among other words' },
  { rule: 'prescriptive-in-recommendations', lines: ['IV. Recommendations', '11. The Committee recommends:', '(a) States should adopt a law.'], docKind: 'report', at: '11', isRecord: true, signals: ['section:recommendations', 'verb:recommends', 'modal:should'], note: 'the signals of the items count: the text read is the one with items' },
  { rule: 'prescriptive-in-recommendations', lines: ['IV. Recommendations', '11. The President urged States to ratify the treaty.'], docKind: 'report', at: '11', isRecord: false, signals: [], note: 'reported speech in the section is not a record' },
  // authored-anywhere
  { rule: 'authored-anywhere', lines: ['1. States should ratify the treaty.', '2. The report describes the work.'], docKind: 'other', at: '1', isRecord: true, signals: ['section:none', 'modal:should'], note: 'no recommendations heading: prescriptive anywhere' },
  { rule: 'authored-anywhere', lines: ['1. States should ratify the treaty.', '2. The report describes the work.'], docKind: 'other', at: '2', isRecord: false, signals: [], note: 'a descriptive paragraph' },
  { rule: 'authored-anywhere', lines: ['1. The President urged States to ratify the treaty.'], docKind: 'report', at: '1', isRecord: false, signals: [], note: 'reported speech: "urged" is a past-tense reporting verb' },
  { rule: 'authored-anywhere', lines: ['1. The Committee urges the State party to ratify the treaty and encourages it to report.'], docKind: 'report', at: '1', isRecord: true, signals: ['section:none', 'verb:urges', 'verb:encourages'], note: 'the signals in table order' },
  { rule: 'authored-anywhere', lines: ['1. The Assembly decides.', 'Annex', 'Recommendations', '1. States should ratify the agreement.'], docKind: 'report', at: '1', isRecord: false, signals: [], note: 'a recommendations heading only inside an annex: no section in the body' },
  { rule: 'authored-anywhere', lines: ['1. Ratify the Convention.'], docKind: 'upr', at: '1', isRecord: true, signals: ['section:none', 'mood:imperative'], note: 'an imperative opening' },
];

const vocabulary = new Vocabulary('');
const itemPieces = (items: readonly ItemNode[]): TextPiece[] => items.flatMap((i) => [...i.pieces, ...itemPieces(i.items)]);
/** The paragraph's text followed by its items' text (markers left out). */
const textOf = (p: ParagraphNode) => joinPieces([...p.pieces, ...itemPieces(p.items)], vocabulary);

function paragraphsOf(lines: string[], fragment = false): ParagraphNode[] {
  return buildTree(assignRoles(splitLines(lines.join('\n'))), fragment).paragraphs;
}

/** Labels made unique in order ("1", "1~2"), as the ids are. */
function keys(paragraphs: readonly ParagraphNode[]): string[] {
  const seen = new Map<string, number>();
  return paragraphs.map((p) => {
    const n = (seen.get(p.label) ?? 0) + 1;
    seen.set(p.label, n);
    return n === 1 ? p.label : `${p.label}~${n}`;
  });
}

/** The first rule that decides, with the context judgeParagraphs gives it (as documented on RecordContext). */
function decidingRule(paragraphs: readonly ParagraphNode[], paragraph: ParagraphNode, docKind: DocKind): string | undefined {
  const inAnnex = (p: ParagraphNode) => p.headings.some((h) => h.level === 0 || isAnnexHeading(h.text));
  const inRecs = (p: ParagraphNode) => p.headings.some((h) => mentionsRecommendations(h.text));
  const context: RecordContext = {
    paragraph, docKind, language: 'en', text: () => textOf(paragraph),
    hasRecommendationsSection: paragraphs.some((p) => !inAnnex(p) && inRecs(p)),
    uprList: docKind === 'upr' && paragraphs.some((p) => p.number !== null && p.number.kind !== 'main' && inRecs(p)),
  };
  return RECORD_RULES.find((r) => r.apply(context) !== null)?.id;
}

describe('record rules', () => {
  it.each(ROWS)('$rule: $note', (row) => {
    const paragraphs = paragraphsOf(row.lines, row.fragment);
    const k = keys(paragraphs).indexOf(row.at);
    expect(k, `paragraph "${row.at}" among ${keys(paragraphs).join(', ')}`).toBeGreaterThanOrEqual(0);
    const verdict = judgeParagraphs(paragraphs, row.docKind, textOf)[k]!;
    expect(verdict).toEqual({ isRecord: row.isRecord, signals: row.signals });
    expect(decidingRule(paragraphs, paragraphs[k]!, row.docKind)).toBe(row.rule);
  });

  it('every rule has a row', () => {
    const covered = new Set(ROWS.map((r) => r.rule));
    expect(RECORD_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every rule has a row where it says no', () => {
    const no = new Set(ROWS.filter((r) => !r.isRecord).map((r) => r.rule));
    expect(RECORD_RULES.map((r) => r.id).filter((id) => !no.has(id) && id !== 'operative-paragraph' && id !== 'upr-recommendation')).toEqual([]);
    expect(no.has('operative-paragraph') && no.has('upr-recommendation')).toBe(true);
  });

  it('every rule says why it exists, once', () => {
    for (const rule of RECORD_RULES) expect(rule.why.length, rule.id).toBeGreaterThan(20);
    expect(new Set(RECORD_RULES.map((r) => r.id)).size).toBe(RECORD_RULES.length);
    expect(RECORD_RULES.map((r) => r.id)).toEqual(['unnumbered', 'annex', 'upr-recommendation', 'operative-paragraph', 'prescriptive-in-recommendations', 'authored-anywhere']);
  });
});

describe('judgeParagraphs', () => {
  it('gives one verdict per paragraph, in order', () => {
    const paragraphs = paragraphsOf(UPR);
    expect(judgeParagraphs(paragraphs, 'upr', textOf).map((v) => v.isRecord)).toEqual([false, true, true]);
  });

  it('reads the text through fullText, not the lines', () => {
    const paragraphs = paragraphsOf(['1. The report describes the work.']);
    expect(judgeParagraphs(paragraphs, 'report', () => 'States should act.')).toEqual([{ isRecord: true, signals: ['section:none', 'modal:should'] }]);
  });

  it('a minimal ParagraphNode: a heading level 0 is an annex whatever its text', () => {
    const [p] = paragraphsOf(['1. States should act.']);
    const annexed: ParagraphNode = { ...p!, headings: [{ level: 0, number: null, text: 'Anything', line: p!.line }] };
    expect(judgeParagraphs([annexed], 'report', textOf)).toEqual([{ isRecord: false, signals: [] }]);
    expect(decidingRule([annexed], annexed, 'report')).toBe('annex');
  });

  it('no paragraphs, no verdicts', () => {
    expect(judgeParagraphs([], 'upr', textOf)).toEqual([]);
  });
});
