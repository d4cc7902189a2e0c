// Validates the shipped KB (data/kb) and writes it as dist/kb.json, so that the CLI's everyday
// path parses JSON and never needs zod. A KB error fails the build with every problem listed.
import { writeFileSync } from "node:fs";
import { formatIssue, InputError } from "../src/errors.js";
import { validateKbAt } from "../src/kb/load-kb.js";

try {
  const kb = await validateKbAt("data/kb", process.cwd());
  writeFileSync("dist/kb.json", JSON.stringify(kb));
  console.log(`dist/kb.json: ${kb.roles.length} roles`);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`error: ${error.message}\n${error.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
    process.exit(2);
  }
  throw error;
}
