// The types of the generated profile-validator.js (see scripts/precompiled-validators.ts).

/** True when `data` is valid under schemas/profile.schema.json; never changes `data`. */
export declare function validate(data: unknown): boolean;
export default validate;
/** schemas/profile.schema.json, for its property order and defaults. */
export declare const schema: import("../profile/json-schema-defaults.js").JsonSchema;
