// Regenerates the committed JSON Schemas from the zod schemas in src/contracts.ts, and the
// validators compiled from them (scripts/precompiled-validators.ts).
// test/json-contract.test.ts fails when a committed file is stale: run `npm run schemas`.
import { writeFileSync } from "node:fs";
import { CONTRACTS, jsonSchemaOf } from "../src/contracts.js";
import { PRECOMPILED, precompiledValidator } from "./precompiled-validators.js";

for (const name of Object.keys(CONTRACTS) as (keyof typeof CONTRACTS)[]) {
  writeFileSync(name, jsonSchemaOf(name));
  console.log(`wrote ${name}`);
}
for (const name of Object.keys(PRECOMPILED) as (keyof typeof PRECOMPILED)[]) {
  writeFileSync(name, precompiledValidator(name));
  console.log(`wrote ${name}`);
}
