// Completes a value that is already valid under a JSON Schema the way zod's parse would: every
// missing field that has a default gets it, and objects come out with their keys in the schema's
// order, as new objects (the input is never changed). Only what the profile schema uses is
// handled: objects, arrays and defaults. test/check-profile.test.ts checks the result equals
// zod's on random profiles.

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  default?: unknown;
}

export function withDefaults(schema: JsonSchema, value: unknown): unknown {
  const given = value === undefined && "default" in schema ? structuredClone(schema.default) : value;
  if (Array.isArray(given)) return schema.items ? given.map((item) => withDefaults(schema.items ?? {}, item)) : given;
  if (given === null || typeof given !== "object" || !schema.properties) return given;
  const source = given as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties)) {
    if (Object.hasOwn(source, key) || "default" in property) out[key] = withDefaults(property, source[key]);
  }
  return out;
}
