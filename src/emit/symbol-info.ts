/** `unrec symbol` output: the grammar's verdict on each argument, as data and as text. */
import { UnSymbol } from '../vocabulary/un-symbol.js';
import { SymbolInfoSchema, type SymbolInfo } from '../schema/symbol.js';

/** The verdict on one argument, validated against its schema. */
export function symbolInfo(input: string): SymbolInfo {
  const parsed = UnSymbol.parse(input);
  const info: SymbolInfo = parsed.valid
    ? {
        input,
        valid: true,
        symbol: parsed.symbol.format(),
        otherSymbols: parsed.symbol.joint.map((j) => j.format()),
        body: parsed.symbol.body,
        components: [parsed.symbol, ...parsed.symbol.joint].flatMap((s) => s.components.map((c) => ({ ...c }))),
        reissued: parsed.symbol.reissued,
      }
    : { input, valid: false, symbol: null, otherSymbols: [], body: null, components: [], reissued: false, reason: parsed.reason };
  return SymbolInfoSchema.parse(info);
}

/** Text lines: the verdict, then one line per component. */
export function symbolInfoText(info: SymbolInfo): string[] {
  if (!info.valid) return [`${info.input}: not a valid UN document symbol. ${info.reason}`];
  const head = `${info.symbol}${info.reissued ? ' (reissued)' : ''} — ${info.body}`;
  return [head, ...info.components.map((c) => `  ${c.text} — ${c.meaning}`)];
}
