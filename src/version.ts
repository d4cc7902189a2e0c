import { createRequire } from "node:module";

declare const __VERSION__: string | undefined;

/** Inlined by the build (tsup `define`); read from package.json when running from source. */
export const VERSION: string =
  typeof __VERSION__ === "string" ? __VERSION__ : (createRequire(import.meta.url)("../package.json").version as string);
