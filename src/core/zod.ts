import { config, describe, type ZodMiniType } from "zod/mini";
import en from "zod/v4/locales/en.js";

// The program uses zod/mini, whose functions tree-shake, so that validating a profile costs a few
// milliseconds at start-up rather than the ~20 ms of zod's classic API (issue #4). Modules import
// `* as z from "zod/mini"` themselves (a re-exported namespace would defeat tree-shaking) and
// import this module, which gives zod its English messages ("expected string, received number").
config(en());

/** A schema with a description, which goes into the generated JSON Schema. */
export const described = <T extends ZodMiniType>(schema: T, description: string): T =>
  schema.check(describe(description)) as T;
