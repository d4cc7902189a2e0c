import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Two Node built-ins cost start-up time for nothing here (issue #4), so the bundle gets stand-ins:
// - commander requires node:child_process (and with it net and dgram) at load, for git-style
//   executable subcommands this CLI does not have: it gets a proxy that loads it on first use.
// - chalk's supports-color does `import process from "node:process"`, and Node's ESM view of that
//   module reads every property of `process`, stdin included, which opens it: the global will do.
const lighterBuiltins: Plugin = {
  name: "lighter-builtins",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("/node_modules/commander/") ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    // one stand-in per importer: a shared one would be a chunk of its own, one more file to load
    build.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      args.kind === "import-statement" ? { path: `process:${args.importer}`, namespace: "lazy" } : undefined,
    );
    build.onLoad({ filter: /^child_process$/, namespace: "lazy" }, () => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });`,
      loader: "js",
    }));
    build.onLoad({ filter: /^process:/, namespace: "lazy" }, () => ({
      contents: "export default globalThis.process;",
      loader: "js",
    }));
  },
};

// One ESM bundle with code splitting, laid out by what loads together (Node spends about a
// millisecond on each file): main.js answers --version alone; cli.js holds commander and every
// command, with one chunk it shares with the validation module; each heavy library loads on
// demand as a file of its own: zod and the YAML parser (src/validation.ts: a custom KB, a YAML
// profile, a profile to explain), fuse.js, chalk, inquirer, csv-parse, tab, string-width and
// wrap-ansi. A lazy import of our own modules would split the shared code into more chunks. The
// shipped KB is validated at build time into dist/kb.json by scripts/build-kb.ts, run on success.
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
  removeNodeProtocol: false, // keep `node:` imports as written, so that the plugin below sees them
  esbuildPlugins: [lighterBuiltins],
  onSuccess: "tsx scripts/build-kb.ts",
});
