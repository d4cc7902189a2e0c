import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

// Running the bundle's dist/cli.cjs with V8's code cache (issue #4: start-up). Most of the time a
// command takes over bare Node is V8 compiling our code and commander's, and Node 20 keeps no
// compile cache (module.enableCompileCache() came in Node 22). So the build runs a few commands
// and keeps what V8 compiled (scripts/build-code-cache.ts writes dist/cli.cjs.cache), and here
// the bundle is compiled from it, as require() would compile it but with `cachedData`: node:vm's
// documented way. (The v8-compile-cache package does not fit: it keeps only what is compiled
// before the code runs, in a temporary folder named after the entry script, hashing it each run.)
//
// V8 refuses a cache made by another V8 version or with other flags, and then compiles as usual.
// V8 checks a cache against the source's length only, so the cache file starts with the bundle it
// was made for, byte for byte: a bundle changed after the build (by hand, or by a patch) does not
// get it. Comparing costs less than hashing (loading node:crypto or node:zlib alone takes over a
// millisecond), and the files' dates cannot tell: npm gives each file the time it unpacked it.
//
// Code from the cache cannot import() on Node 20 ("A dynamic import callback was not
// specified"), so the bundle has none: the build turns each into a require().

/** How the bundle was compiled: from the cache, or why not. */
export type CacheUse = "used" | "none" | "stale" | "rejected";

export interface LoadedBundle {
  exports: unknown;
  cache: CacheUse;
  /** The compiled bundle, whose createCachedData() is what the build keeps. */
  script: Script;
}

/** The cache kept for a bundle: next to it, with ".cache" added. */
export const cacheFileOf = (bundle: string) => `${bundle}.cache`;

/** What the cache file holds: the bundle's bytes, then V8's cached data for them. */
export const cacheFileBytes = (bundle: Uint8Array, cachedData: Uint8Array) => Buffer.concat([bundle, cachedData]);

/** Runs a CommonJS bundle file as require() would, compiled from its code cache when there is one made for it. */
export function requireBundle(file: string, { useCache = true } = {}): LoadedBundle {
  const bytes = readFileSync(file);
  const found: Found = useCache ? cacheOf(file, bytes) : "none";
  const script = new Script(wrapped(bytes), {
    filename: file,
    ...(typeof found === "string" ? {} : { cachedData: found }),
  });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const cache = typeof found === "string" ? found : script.cachedDataRejected ? "rejected" : "used";
  return { exports: module.exports, cache, script };
}

// The function CommonJS wraps a module's code in (as require() does). The build writes the
// bundle wrapped in it already (wrapBundle, scripts/build-code-cache.ts): V8 then compiles the
// file's text as it is read, where wrapping it here made a second copy of it (~0.6 ms).
const WRAPPER_START = "(function (exports, require, module, __filename, __dirname) { ";
const WRAPPER_END = "\n});";

/** A bundle's code as the function require() would make of it, for the build to write. */
export const wrapBundle = (code: string): string =>
  code.startsWith(WRAPPER_START) ? code : WRAPPER_START + code + WRAPPER_END;

/**
 * The bundle's text, wrapped. esbuild writes it in ASCII (it escapes any other character in a
 * string; test/code-cache.test.ts holds the build to it), which decodes as Latin-1 in half the
 * time UTF-8 takes (~0.4 ms of 0.9), into the one byte a character that V8 scans fastest.
 */
function wrapped(bytes: Buffer): string {
  const text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  return wrapBundle(text);
}

/** V8's cached data for the bundle, or why there is none. */
type Found = Buffer | "none" | "stale";

function cacheOf(file: string, bundle: Buffer): Found {
  let cache: Buffer;
  try {
    cache = readFileSync(cacheFileOf(file));
  } catch {
    return "none";
  }
  const madeFor = cache.subarray(0, bundle.length);
  return cache.length > bundle.length && madeFor.equals(bundle) ? cache.subarray(bundle.length) : "stale";
}
