// Completes a value that is already valid under a JSON Schema the way zod's parse would: every
// missing field that has a default gets it, and objects come out with their keys in the schema's
// order, as new objects (the input is never changed). Only what the profile schema uses is
// handled: objects, arrays and defaults. test/check-profile.test.ts checks the result equals
// zod's on random profiles.
//
// The schema is turned into code ahead of time, as ajv's validator is (scripts/
// precompiled-validators.ts writes both into src/generated/profile-validator.js): a batch
// completes every line's profile. Walking the schema for each profile cost ~1.4 us; functions
// made from it at run time, one per part of the schema, ~0.5 us, most of it in storing fields by
// a key held in a variable (V8 cannot tell which field, so it looks each up); code with each
// field named, ~0.1 us.

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  default?: unknown;
}

/**
 * The source of JavaScript functions that complete a value valid under `schema` (undefined for a
 * missing one): `name` is the one to call. A default is written as a literal, so that each value
 * gets a fresh copy of it, and no two share one.
 */
export function defaultsSource(schema: JsonSchema, name: string): string {
  const functions: string[] = [];
  const completeOf = (part: JsonSchema): string | undefined => {
    const fill = fillerOf(part);
    if (!("default" in part)) return fill;
    const given = (v: string) => `${v} === undefined ? ${JSON.stringify(part.default)} : ${v}`;
    return define((v) => `return ${fill ? `${fill}(${given(v)})` : `(${given(v)})`};`);
  };
  const fillerOf = (part: JsonSchema): string | undefined => {
    const { items, properties } = part;
    if (properties) {
      const fields = Object.entries(properties).map(([key, property]) => {
        const value = `v[${JSON.stringify(key)}]`;
        const complete = completeOf(property);
        const store = `o[${JSON.stringify(key)}] = ${complete ? `${complete}(${value})` : value};`;
        return "default" in property ? store : `if (Object.hasOwn(v, ${JSON.stringify(key)})) ${store}`;
      });
      return define(
        () =>
          'if (v === null || typeof v !== "object" || Array.isArray(v)) return v; const o = {}; ' +
          `${fields.join(" ")} return o;`,
      );
    }
    if (!items) return undefined; // the value as it is
    const complete = completeOf(items);
    if (!complete) return define(() => "return Array.isArray(v) ? v.slice() : v;");
    // built by push, so that every array has the same shape (see src/core/packed.ts)
    return define(
      () =>
        `if (!Array.isArray(v)) return v; const o = []; for (let i = 0; i < v.length; i++) o.push(${complete}(v[i])); return o;`,
    );
  };
  const define = (body: (v: string) => string): string => {
    const fn = `${name}_${functions.length}`;
    functions.push(`function ${fn}(v) { ${body("v")} }`);
    return fn;
  };
  const root = completeOf(schema);
  return [...functions, `export const ${name} = ${root ?? "(v) => v"};`].join("\n");
}
