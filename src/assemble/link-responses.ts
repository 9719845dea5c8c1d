/**
 * A UPR report and its addendum parsed together: the report's records take
 * the addendum's answers (`response`, and `responseSource` naming the
 * addendum's paragraph), and the report says where the two disagree — a
 * pending recommendation left unanswered, an answer to a recommendation the
 * report does not have. Pure: documents in, documents out.
 */
import type { Message, RecordOut, UnDocument } from '../schema/document.js';

/** An addendum's symbol is its report's plus "/Add.N". */
export function answersSymbol(addendumSymbol: string | null, reportSymbol: string | null): boolean {
  return addendumSymbol !== null && reportSymbol !== null && addendumSymbol.startsWith(`${reportSymbol}/Add.`);
}

/** The addendum answers this report. */
function answers(addendum: UnDocument, report: UnDocument): boolean {
  return report.docKind === 'upr' && addendum.responses.length > 0 && answersSymbol(addendum.symbol, report.symbol);
}

/** A UPR report that waits for an addendum: some of its recommendations are pending. */
export function awaitsAnswers(doc: UnDocument): boolean {
  return doc.docKind === 'upr' && doc.symbol !== null && doc.recommendations.some((r) => r.response === 'pending');
}

/** How many labels a message lists before "…". */
const LISTED_LABELS = 10;

/** Labels for a message: the first LISTED_LABELS, then "…". */
export function listed(labels: readonly string[]): string {
  return labels.length > LISTED_LABELS ? `${labels.slice(0, LISTED_LABELS).join(', ')}, …` : labels.join(', ');
}

/**
 * The report's label for an addendum's number. Addenda that number the
 * report's list 1…n ("recommendations 1–5, 14–16") mean the list under the
 * report's one pending chapeau: "5" is "115.5".
 */
function labelResolver(records: readonly RecordOut[]): (n: string) => string | null {
  const labels = new Set(records.map((r) => r.label));
  const pendingLists = new Set(records.filter((r) => r.response === 'pending').map((r) => r.label.split('.')[0]!));
  const list = pendingLists.size === 1 ? [...pendingLists][0]! : null;
  return (n) => {
    if (labels.has(n)) return n;
    if (!n.includes('.') && list !== null && labels.has(`${list}.${n}`)) return `${list}.${n}`;
    return null;
  };
}

/** The report with the addendum's answers applied, and messages for what does not fit. */
export function applyAddendum(report: UnDocument, addendum: UnDocument): UnDocument {
  const resolve = labelResolver(report.recommendations);
  const byLabel = new Map<string, UnDocument['responses'][number]>();
  const unknown: string[] = [];
  for (const a of addendum.responses) {
    const label = resolve(a.recommendation);
    if (label === null) unknown.push(a.recommendation);
    else if (!byLabel.has(label)) byLabel.set(label, a);
  }
  const changed: string[] = [];
  const recommendations = report.recommendations.map((r): RecordOut => {
    const a = byLabel.get(r.label);
    if (!a) return r;
    if (r.response !== 'pending' && r.response !== null && r.response !== a.response) changed.push(r.label);
    return { ...r, response: a.response, responseSource: { symbol: addendum.symbol, paragraph: a.paragraph } };
  });
  const missing = recommendations.filter((r) => r.response === 'pending').map((r) => r.label);
  const messages: Message[] = [...report.messages];
  const add = (ruleId: string, reason: string) => messages.push({ ruleId, severity: 'warning', reason, source: 'unrec', page: null, line: null });
  if (missing.length) add('response-missing', `Unexpected pending recommendations ${listed(missing)} (${missing.length}) left unanswered by ${addendum.symbol}, expected an answer to each`);
  if (unknown.length) add('response-unknown', `Unexpected answers in ${addendum.symbol} to ${listed(unknown)} (${unknown.length}), expected recommendations of ${report.symbol}`);
  if (changed.length) add('response-unknown', `Unexpected answers in ${addendum.symbol} to ${listed(changed)}, which ${report.symbol} already settled: the addendum's answer is taken`);
  const paragraphs = report.paragraphs?.map((p) => {
    const a = p.isRecord ? byLabel.get(p.label) : undefined;
    return a ? { ...p, response: a.response, responseSource: { symbol: addendum.symbol, paragraph: a.paragraph } } : p;
  });
  return { ...report, recommendations, messages, ...(paragraphs ? { paragraphs } : {}) };
}

/** A report waits this many later inputs for its addendum: addenda sit next to their report in any sorted list. */
const LINK_WINDOW = 16;

interface Queued<T> {
  doc: UnDocument | null;
  item: T;
  /** Inputs pushed since this one, while it waits for an addendum. */
  waited: number;
  waiting: boolean;
}

/**
 * Links reports and addenda in a stream of documents without changing its
 * order: a UPR report with pending recommendations waits (and what follows
 * it waits behind it) until its addendum arrives or LINK_WINDOW more inputs
 * have passed; an addendum seen first is remembered for its report.
 */
export class ResponseLinker<T> {
  private readonly queue: Queued<T>[] = [];
  private readonly addenda: UnDocument[] = [];

  constructor(private readonly emit: (doc: UnDocument | null, item: T) => void) {}

  /** One more input, in input order: its document, or null when it failed. */
  push(doc: UnDocument | null, item: T): void {
    for (const q of this.queue) q.waited++;
    if (doc && doc.responses.length > 0) {
      this.addenda.push({ ...doc, recommendations: [], pages: [] });
      for (const q of this.queue) {
        if (q.waiting && q.doc && answers(doc, q.doc)) {
          q.doc = applyAddendum(q.doc, doc);
          q.waiting = false;
        }
      }
    }
    let waiting = false;
    if (doc && awaitsAnswers(doc)) {
      const report = doc;
      const addendum = this.addenda.find((a) => answers(a, report));
      if (addendum) doc = applyAddendum(report, addendum);
      else waiting = true;
    }
    this.queue.push({ doc, item, waited: 0, waiting });
    this.drain(false);
  }

  /** The end of the input: everything still waiting goes out as it is. */
  flush(): void {
    this.drain(true);
  }

  private drain(all: boolean): void {
    while (this.queue.length && (all || !this.queue[0]!.waiting || this.queue[0]!.waited >= LINK_WINDOW)) {
      const q = this.queue.shift()!;
      this.emit(q.doc, q.item);
    }
  }
}
