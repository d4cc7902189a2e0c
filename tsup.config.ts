import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// commander requires node:child_process (with net and dgram behind it) at load, for git-style
// executable subcommands this CLI does not have. Handing it a stand-in that loads the real module
// on first use keeps ~3 ms of Node built-ins off every start-up (issue #4).
const lazyChildProcess: Plugin = {
  name: "lazy-child-process-for-commander",
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes("/node_modules/commander/") ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });`,
      loader: "js",
    }));
  },
};

// One ESM bundle with code splitting: main.js answers --version alone; cli.js holds commander and
// the everyday commands; the quiz, batch, completion, zod (to validate a custom KB or explain a
// bad profile) and the YAML parser load when they are needed. The shipped KB is validated at
// build time into dist/kb.json by scripts/build-kb.ts, run on success.
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
  // bundled CommonJS (commander) calls require(); creating it costs ~1 ms, so only on first use
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; let __rq; const require = (id) => (__rq ??= __cr(import.meta.url))(id);",
  },
  esbuildPlugins: [lazyChildProcess],
  onSuccess: "tsx scripts/build-kb.ts",
});
