import { config, globalRegistry, type ZodMiniType } from "zod/mini";
import en from "zod/v4/locales/en.js";

// The program uses zod/mini, lighter than zod's classic API, and loads it only on demand (issue
// #4: src/validation.ts; once built, dist/libs/zod.cjs). Modules import `* as z from "zod/mini"`
// themselves and import this module, which gives zod its English messages ("expected string,
// received number").
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
