import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as zodMini from "zod/mini";
import { ROOT } from "./helpers/run-cli.js";

// The bundle's dist/libs/zod.cjs holds only the parts of zod/mini the program uses
// (src/libs/zod.ts): a part used but left out would fail only at run time, so this reads the
// sources for every z.<name> and every name imported from "zod/mini", and looks for each in it.
describe("the bundle's zod file", () => {
  const sources = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.startsWith("libs"))
    .map((f) => readFileSync(join(ROOT, "src", f), "utf8"));
  const used = new Set<string>();
  for (const text of sources) {
    for (const [, name] of text.matchAll(/\bz\.([A-Za-z_$][\w$]*)/g)) used.add(name as string);
    for (const [, names] of text.matchAll(/import \{([^}]*)\} from "zod\/mini"/g)) {
      for (const name of (names as string).split(",")) if (!name.includes("type ")) used.add(name.trim());
    }
  }
  // types (z.infer, ZodMiniType) are not there to find at run time
  const values = [...used].filter((name) => name in zodMini);
  const lib = createRequire(import.meta.url)(join(ROOT, "dist/libs/zod.cjs")) as Record<string, unknown>;

  it("has every part of zod/mini the program uses", () => {
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((name) => lib[name] === undefined)).toEqual([]);
  });

  it("has English, and the program's messages are English", () => {
    expect(typeof (lib.locales as { en?: unknown }).en).toBe("function");
  });
});
