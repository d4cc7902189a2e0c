// Validates the shipped KB (data/kb) and writes it as dist/kb.json, so that the CLI's everyday
// path parses JSON and never needs zod. A KB error fails the build with every problem listed.
import { writeFileSync } from "node:fs";
import { serialize } from "node:v8";
import { meaningIndex, roleTexts, synonymsOf } from "../src/core/meaning.js";
import { writeMeaningFile } from "../src/core/meaning-file.js";
import { compileMoney } from "../src/core/money.js";
import { compileNames } from "../src/core/role-names.js";
import { formatIssue, InputError } from "../src/errors.js";
import { validateKbAt } from "../src/kb/load-kb.js";

try {
  const kb = await validateKbAt("data/kb", process.cwd());
  // its full-text index too, made once here rather than at each lookup (src/core/meaning.ts)
  const [{ default: MiniSearch }, { stemmer }] = await Promise.all([import("minisearch"), import("stemmer")]);
  const meaning = meaningIndex(roleTexts(kb), { MiniSearch, stemmer }, synonymsOf(kb)).state();
  // the names of the roles (~39 KB) are read only by a command that lists them or a KB's words:
  // they are a file of their own (src/kb/load-kb.ts reads it then), and the index another, read
  // in the parts a query needs (src/core/meaning-file.ts), with the lines of names it matched
  const { escoLabels, jargon, synonyms, sources, ...rest } = kb;
  // and its sources, which only a command that cites them reads (`match --json` does not)
  writeFileSync("dist/sources.json", JSON.stringify(sources));
  // with its pay figures' amounts as ICU writes them (src/core/money.ts)
  writeFileSync("dist/kb.json", JSON.stringify({ ...rest, money: compileMoney(kb) }));
  writeFileSync("dist/names.json", JSON.stringify({ escoLabels, jargon, synonyms }));
  writeFileSync("dist/meaning.bin", writeMeaningFile(meaning, { serialize }));
  // and what a lookup by name reads (src/core/role-names.ts): a name of the thesaurus is found
  // without reading the thesaurus whole, nor the full-text index
  writeFileSync("dist/lookup.json", JSON.stringify(compileNames(kb)));
  console.log(`dist/kb.json: ${kb.roles.length} roles`);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`error: ${error.message}\n${error.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
    process.exit(2);
  }
  throw error;
}
