/** The output contract of `unrec symbol --format json`: one object per argument, in order. */
import { z } from 'zod';

/** What a component of a symbol is; the symbol grammar uses these kinds and no others. */
const ComponentKindSchema = z.enum([
  'series', 'organ', 'session', 'year', 'number', 'special-session', 'emergency-special-session', 'document-type',
  'country', 'report-range', 'modifier', 'resolution-year', 'resolution-session',
]);

export const SymbolComponentSchema = z.object({
  text: z.string(),
  kind: ComponentKindSchema,
  meaning: z.string(),
});

export type SymbolComponent = z.infer<typeof SymbolComponentSchema>;

export const SymbolInfoSchema = z
  .object({
    input: z.string(),
    valid: z.boolean(),
    symbol: z.string().nullable().meta({ description: 'Normalised form: UN casing, no stray spaces, no reissue asterisk; null when invalid.' }),
    otherSymbols: z.array(z.string()).meta({ description: 'The other symbols of a joint document.' }),
    body: z.string().nullable().meta({ description: 'The most specific issuing organ or body, in English.' }),
    components: z.array(SymbolComponentSchema),
    reissued: z.boolean(),
    reason: z.string().optional().meta({ description: 'For an invalid symbol: what was expected where.' }),
  })
  .meta({ title: 'unrec symbol', description: 'One UN document symbol, parsed and explained.' });

export type SymbolInfo = z.infer<typeof SymbolInfoSchema>;
