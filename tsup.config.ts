import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import { icuRegions } from "./src/core/countries.js";
import { icuLanguages } from "./src/core/icu-languages.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/** What names the rules a custom KB was validated by, for the cache of validated KBs (src/kb/kb-cache.ts). */
const kbRules = (() => {
  const hash = createHash("sha256").update(version);
  for (const dir of ["src/core", "src/kb"]) {
    for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  }
  return hash.digest("hex").slice(0, 16);
})();

// The bundle is CommonJS, laid out by what loads together (issue #4: start-up time):
// - dist/main.cjs answers --version alone, and otherwise runs dist/cli.cjs (src/code-cache.ts);
// - dist/cli.cjs holds commander and all of our code, compiled at run time with the V8 code cache
//   that scripts/build-code-cache.ts makes at build time (dist/cli.cjs.cache);
// - each library that loads only on demand is a file of its own, dist/libs/NAME.cjs, which our
//   code's import of it becomes a require() of, when it runs. minisearch and the stemmer (the
//   full-text search of `role` and `search`, ~70 KB) are in dist/cli.cjs instead, run on first
//   import only: compiled from the code cache, they start ~2.5 ms sooner, and the other commands
//   measured no slower for them.
// CommonJS because Node 20 keeps no code cache for ES modules (and starting its ES module loader
// costs ~4 ms), and one file because Node spends about a millisecond on each file it loads.

/** The libraries that load on demand: the file each becomes, and the import it is bundled from. */
const LAZY_LIBS: Record<string, string> = {
  zod: "zod/mini", // bundled from src/libs/zod.ts
  yaml: "yaml",
  fuse: "fuse.js",
  chalk: "chalk",
  "csv-parse": "csv-parse",
  "text-width": "fast-wrap-ansi", // bundled from src/libs/text-width.ts, with fast-string-width
  inquirer: "@inquirer/prompts",
  tab: "@bomb.sh/tab/commander",
  "any-ascii": "any-ascii",
  // PDF reports only; with fontkit and its Unicode data, ~2.4 MB (a devDependency: it is bundled)
  pdfkit: "pdfkit",
};
/** Imports answered by a part of a library's file: zod's English messages are in its locales; fontkit is in pdfkit's; fast-string-width in the text layout's. */
const LIB_PARTS: Record<string, string> = {
  "zod/v4/locales/en.js": `import { locales } from "./libs/zod.cjs"; export default locales.en;`,
  fontkit: `export { fontkitCreate as create } from "./libs/pdfkit.cjs";`, // bundled from src/libs/pdfkit.ts
  "fast-string-width": `export { stringWidth as default } from "./libs/text-width.cjs";`,
};

const libOf = new Map(Object.entries(LAZY_LIBS).map(([name, specifier]) => [specifier, name]));
const SOURCE = fileURLToPath(new URL("./src/", import.meta.url));
/** What a library's entry in src/libs/ imports is the library itself, to bundle. */
const ourCode = (importer: string) => importer.startsWith(SOURCE) && !importer.startsWith(`${SOURCE}libs/`);

const layout: Plugin = {
  name: "layout",
  setup(build) {
    // our code's import of a lazy library: a require() of its file, which stays where it is. It
    // goes through a module that re-exports the file, as our code is ES modules, for which the
    // bundle reads a CommonJS file's `default` as Node would (module.exports), not as written
    build.onResolve({ filter: /^[@a-z]/ }, (args) =>
      ourCode(args.importer) && (libOf.has(args.path) || args.path in LIB_PARTS)
        ? { path: args.path, namespace: "lib" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lib" }, (args) => {
      const file = `./libs/${libOf.get(args.path)}.cjs`;
      const contents = LIB_PARTS[args.path] ?? `export * from "${file}"; export { default } from "${file}";`;
      return { contents, loader: "js" };
    });
    build.onResolve({ filter: /^\.\/libs\// }, (args) =>
      args.namespace === "lib" ? { path: args.path, external: true } : undefined,
    );
    // main.cjs runs cli.cjs, and never bundles it (src/main.ts imports ./cli.js only from source)
    build.onResolve({ filter: /^\.\/cli\.js$/ }, (args) =>
      args.importer.endsWith("/src/main.ts") ? { path: "./cli.cjs", external: true } : undefined,
    );
    // commander requires node:child_process (and with it net and dgram) at load, for git-style
    // executable subcommands this CLI does not have: it gets a proxy that loads it on first use
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("/node_modules/commander/") ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    build.onLoad({ filter: /^child_process$/, namespace: "lazy" }, () => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });`,
      loader: "js",
    }));
  },
};

const entryOf = (name: string, specifier: string) =>
  existsSync(`src/libs/${name}.ts`) ? `src/libs/${name}.ts` : fileURLToPath(import.meta.resolve(specifier));

/** What the build inlines, for the CLI and the library alike. */
const define = {
  __VERSION__: JSON.stringify(version),
  __KB_RULES__: JSON.stringify(kbRules),
  // the languages' names, asked of ICU here rather than at every start (src/core/icu-languages.ts)
  __LANGUAGES__: JSON.stringify(icuLanguages()),
  // and the regions' names, for a profile's country (src/core/countries.ts)
  __REGIONS__: JSON.stringify(icuRegions()),
};

/** What the library's two builds share. */
const library: Options = {
  // tsup's types build sets baseUrl, which TypeScript 6 deprecates
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  target: "node20",
  platform: "node",
  splitting: false,
  clean: false, // the CLI's build cleans dist/, all but the library's files
  sourcemap: false,
  shims: true, // import.meta.url, from __filename
  define,
  removeNodeProtocol: false,
};

/**
 * zod's English messages (src/core/zod.ts) for the library's CommonJS file: zod's CommonJS file
 * of them, whose module.exports is the function (en.js, its ES module, would be required as a
 * namespace, not the function a default import means here).
 */
const zodEnglish: Plugin = {
  name: "zod-english",
  setup(build) {
    build.onResolve({ filter: /^zod\/v4\/locales\/en\.js$/ }, () => ({
      path: "zod/v4/locales/en.cjs",
      external: true,
    }));
  },
};

/** The ES module's import of the library is the CommonJS file's, which stays where it is. */
const esmOverCjs: Plugin = {
  name: "esm-over-cjs",
  setup(build) {
    build.onResolve({ filter: /^\.\/library\.js$/ }, () => ({ path: "./library.cjs", external: true }));
  },
};

/** The library's files (src/library.ts), which the CLI's build, cleaning dist/, leaves alone. */
const LIBRARY_FILES = "library.*";

// The CLI's build and the library's, which tsup runs at the same time: each writes only its own
// files, and the CLI's, which cleans dist/ first, keeps the library's (tsup's clean takes patterns
// after its "**/*").
export default defineConfig([
  {
    name: "cli",
    entry: {
      main: "src/main.ts",
      cli: "src/cli.ts",
      ...Object.fromEntries(
        Object.entries(LAZY_LIBS).map(([name, specifier]) => [`libs/${name}`, entryOf(name, specifier)]),
      ),
    },
    format: "cjs",
    target: "node20",
    platform: "node",
    splitting: false,
    clean: [`!${LIBRARY_FILES}`],
    minify: false,
    sourcemap: false,
    shims: true, // import.meta.url, from __filename
    noExternal: [/.*/],
    define: { ...define, __CLI_BUNDLE__: JSON.stringify("cli.cjs") },
    removeNodeProtocol: false, // keep `node:` imports as written, so that the plugin sees them
    // a dynamic import() becomes a require(): cli.cjs runs from V8's code cache, where Node 20
    // cannot import() (see src/code-cache.ts)
    esbuildOptions(options) {
      options.supported = { ...options.supported, "dynamic-import": false };
    },
    esbuildPlugins: [layout],
    onSuccess: "tsx scripts/build-kb.ts && tsx scripts/copy-fonts.ts && tsx scripts/build-code-cache.ts",
  },
  // The library (`import ... from "bpo-advisor"`): a CommonJS file, and an ES module that
  // re-exports it (src/library-esm.ts), each with its types. It reads the shipped KB that the
  // CLI's build writes (dist/kb.json, dist/names.json). Its dependencies stay the package's own
  // (node_modules), as any library's: they load as the CLI's do, each when first needed.
  {
    ...library,
    name: "library",
    entry: { library: "src/library.ts" },
    format: "cjs",
    noExternal: ["zod/v4/locales/en.js"], // for zodEnglish to answer
    esbuildPlugins: [zodEnglish],
  },
  {
    ...library,
    name: "library-esm",
    entry: { library: "src/library-esm.ts" },
    format: "esm",
    outExtension: () => ({ js: ".mjs" }),
    esbuildPlugins: [esmOverCjs],
    // its types are the CommonJS file's, re-exported as it is: one types build, not two of ~5 s
    dts: false,
    async onSuccess() {
      writeFileSync("dist/library.d.ts", 'export * from "./library.cjs";\n');
    },
  },
]);
