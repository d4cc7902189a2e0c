// The types of the generated profile-validator.js (see scripts/precompiled-validators.ts).

/** True when `data` is valid under schemas/profile.schema.json; never changes `data`. */
export declare function validate(data: unknown): boolean;
export default validate;
/**
 * A copy of a value valid under the schema, with its defaults filled in as zod's parse fills them,
 * and its keys in the schema's order (see src/profile/json-schema-defaults.ts).
 */
export declare function complete(data: unknown): unknown;
