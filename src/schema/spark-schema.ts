/**
 * The NDJSON line as a Spark schema (`unrec schema --spark`): the JSON that
 * PySpark's `StructType.fromJson` and Scala's `DataType.fromJson` read, so
 * `spark.read.schema(…).json(…)` parses the stream once instead of twice
 * (inference is a pass of its own) and gets the same columns from every
 * partition. Derived from the JSON Schema, which is derived from zod: one
 * contract. The record fields and the error line's `error` are one struct, a
 * record line having `error` null and an error line null record fields.
 */
type JsonSchema = Record<string, unknown>;
export type SparkType = string | { type: 'struct'; fields: SparkField[] } | { type: 'array'; elementType: SparkType; containsNull: boolean };
interface SparkField {
  name: string;
  type: SparkType;
  nullable: boolean;
  metadata: Record<string, string>;
}

/**
 * Spark types cannot nest themselves: sub-items are typed this many levels
 * deep ((a), then (i)); what is deeper arrives as its JSON text, which
 * Spark's JSON reader gives for a field typed string.
 */
const RECURSION_DEPTH = 2;

function resolve(schema: JsonSchema, defs: Record<string, JsonSchema>): { schema: JsonSchema; ref: string | null } {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return { schema, ref: null };
  const name = ref.replace(/^#\/\$defs\//, '');
  return { schema: defs[name] ?? {}, ref: name };
}

/** The non-null alternative of `anyOf: [X, null]` or `type: [X, "null"]`. */
function withoutNull(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.anyOf)) {
    const rest = (schema.anyOf as JsonSchema[]).filter((s) => s.type !== 'null');
    if (rest.length === 1) return { ...schema, ...rest[0], anyOf: undefined };
  }
  if (Array.isArray(schema.type)) {
    const rest = (schema.type as string[]).filter((t) => t !== 'null');
    if (rest.length === 1) return { ...schema, type: rest[0] };
  }
  return schema;
}

function sparkType(raw: JsonSchema, defs: Record<string, JsonSchema>, seen: readonly string[]): SparkType {
  const { schema: target, ref } = resolve(raw, defs);
  if (ref !== null && seen.filter((s) => s === ref).length >= RECURSION_DEPTH) return 'string';
  const path = ref === null ? seen : [...seen, ref];
  const schema = withoutNull(target);
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
      return 'long';
    case 'number':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'array':
      return { type: 'array', elementType: sparkType((schema.items as JsonSchema) ?? {}, defs, path), containsNull: true };
    case 'object':
      return struct(schema, defs, path);
    default:
      return 'string'; // a union of types: its JSON text
  }
}

function struct(schema: JsonSchema, defs: Record<string, JsonSchema>, seen: readonly string[]): { type: 'struct'; fields: SparkField[] } {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const fields = Object.entries(properties).map(([name, property]) => ({ name, type: sparkType(property, defs, seen), nullable: true, metadata: {} }));
  return { type: 'struct', fields };
}

/** The Spark schema of a stream line: the record line's fields, then `error` (null on record lines). */
export function sparkSchema(recordLine: JsonSchema, errorLine: JsonSchema): { type: 'struct'; fields: SparkField[] } {
  const defs = { ...((recordLine.$defs ?? {}) as Record<string, JsonSchema>), ...((errorLine.$defs ?? {}) as Record<string, JsonSchema>) };
  const record = struct(recordLine, defs, []);
  const error = (errorLine.properties as Record<string, JsonSchema>).error!;
  return { type: 'struct', fields: [...record.fields, { name: 'error', type: sparkType(error, defs, []), nullable: true, metadata: {} }] };
}
