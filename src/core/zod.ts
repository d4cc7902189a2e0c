import { config, globalRegistry, type ZodMiniType } from "zod/mini";
import en from "zod/v4/locales/en.js";

// The program uses zod/mini, whose functions tree-shake, so that validating a profile costs a few
// milliseconds at start-up rather than the ~20 ms of zod's classic API (issue #4). Modules import
// `* as z from "zod/mini"` themselves (a re-exported namespace would defeat tree-shaking) and
// import this module, which gives zod its English messages ("expected string, received number").
config(en());

/**
 * A schema with a description, which goes into the generated JSON Schema. It is registered where
 * z.describe() registers it (zod's registry), but without the no-op "describe" check z.describe()
 * adds: z.compile(), which parses a large custom KB (kb-validate.ts), knows no such check and
 * leaves any schema that has one to the ordinary parser.
 */
export const described = <T extends ZodMiniType>(schema: T, description: string): T => {
  const copy = schema.clone() as T;
  globalRegistry.add(copy, { ...globalRegistry.get(copy), description });
  return copy;
};
