// Validates the shipped KB (data/kb) and writes it as dist/kb.json, so that the CLI's everyday
// path parses JSON and never needs zod. A KB error fails the build with every problem listed.
import { writeFileSync } from "node:fs";
import { meaningIndex, roleTexts, synonymsOf } from "../src/core/meaning.js";
import { formatIssue, InputError } from "../src/errors.js";
import { validateKbAt } from "../src/kb/load-kb.js";

try {
  const kb = await validateKbAt("data/kb", process.cwd());
  // its full-text index too, made once here rather than at each lookup (src/core/meaning.ts)
  const [{ default: MiniSearch }, { stemmer }] = await Promise.all([import("minisearch"), import("stemmer")]);
  const meaning = meaningIndex(roleTexts(kb), { MiniSearch, stemmer }, undefined, synonymsOf(kb)).serialized();
  writeFileSync("dist/kb.json", JSON.stringify({ ...kb, meaningIndex: meaning }));
  console.log(`dist/kb.json: ${kb.roles.length} roles`);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`error: ${error.message}\n${error.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
    process.exit(2);
  }
  throw error;
}
