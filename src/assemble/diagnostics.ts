/**
 * Diagnostics as data, in the vfile-message shape: a kebab-case rule id, a
 * severity, a reason ("Unexpected X, expected Y"), and the place.
 */
import type { RuleId } from '../base/rule-ids.js';
import type { Message, Severity } from '../schema/document.js';

export class Messages {
  readonly list: Message[] = [];

  add(ruleId: RuleId, severity: Severity, reason: string, page: number | null = null, line: number | null = null, note?: string): void {
    this.list.push({ ruleId, severity, reason, source: 'unrec', page, line, ...(note ? { note } : {}) });
  }
}
