import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// One ESM bundle with code splitting: a command's modules (and zod, used only to validate a
// custom KB or a profile) load when that command runs. The shipped KB is validated into
// dist/kb.json by scripts/build-kb.ts, run on success.
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: "esm",
  target: "node20",
  platform: "node",
  splitting: true,
  clean: true,
  minify: false,
  sourcemap: false,
  noExternal: [/.*/],
  define: { __VERSION__: JSON.stringify(version) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  onSuccess: "tsx scripts/build-kb.ts",
});
