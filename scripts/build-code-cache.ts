// Makes dist/cli.cjs.cache, V8's code cache for the bundle (see src/code-cache.ts): runs the
// everyday commands in this process, with nowhere to write, then keeps what V8 compiled for
// them. Run by the build (tsup.config.ts) after scripts/build-kb.ts, as the commands read the KB.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Readable, Writable } from "node:stream";
import type * as Cli from "../src/cli.js";
import { cacheFileBytes, cacheFileOf, requireBundle, wrapBundle } from "../src/code-cache.js";
import type { Io } from "../src/context.js";

const BUNDLE = resolve("dist/cli.cjs");
const SAMPLE = "test/fixtures/profiles/sample.json";
/** What users run most: a role by name (and by a misspelt one), a match from a profile file or flags, as text and JSON. */
const COMMANDS = [
  ["role", "accounts payable"],
  ["role", "acounts payble"],
  ["role", "chasing unpaid invoices"],
  ["match", "--profile", SAMPLE, "--json"],
  ["match", "--profile", SAMPLE],
  ["match", "--lang", "en:B2", "--education", "bachelor", "--years", "1"],
];

// the bundle as the function require() makes of a module, written so: V8 compiles the file's text
// as it is read (src/code-cache.ts)
writeFileSync(BUNDLE, wrapBundle(readFileSync(BUNDLE, "utf8")));
const bundle = requireBundle(BUNDLE, { useCache: false });
const cli = bundle.exports as typeof Cli;
const nowhere = () => new Writable({ write: (_chunk, _encoding, done) => done() });
for (const argv of COMMANDS) {
  const io: Io = { stdout: nowhere(), stderr: nowhere(), stdin: Readable.from([]), env: {}, cwd: process.cwd() };
  let code = 0;
  await cli
    .buildProgram(io, (c) => {
      code = c;
    })
    .parseAsync(argv, { from: "user" });
  if (code !== 0) throw new Error(`bpo-advisor ${argv.join(" ")} exited ${code}`);
}
const data = bundle.script.createCachedData();
writeFileSync(cacheFileOf(BUNDLE), cacheFileBytes(readFileSync(BUNDLE), data));
console.log(`${cacheFileOf(BUNDLE)}: ${Math.round(data.length / 1024)} KiB`);
