import { readFileSync } from "node:fs";
import type { Io } from "../context.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import type { CompiledNames } from "../core/role-names.js";
import { InputError, type InputIssue } from "../errors.js";
import {
  SHIPPED_KB_DIR,
  SHIPPED_KB_JSON,
  SHIPPED_LOOKUP_JSON,
  SHIPPED_MEANING_BIN,
  SHIPPED_NAMES_JSON,
  SHIPPED_SOURCES_JSON,
} from "../paths.js";
import { decodeKbFiles, type KbFileBytes, readKbFiles } from "./read-kb-files.js";

// The shipped KB is validated at build time (scripts/build-kb.ts) into dist/kb.json, so the
// everyday path only parses JSON and never loads zod. A custom KB (--kb, BPO_ADVISOR_KB) is
// validated here, in full.

export { SHIPPED_KB_DIR };

export async function loadKnowledgeBase(io: Io, kbPath: string | undefined): Promise<KnowledgeBase> {
  const custom = kbPath ?? (io.env.BPO_ADVISOR_KB || undefined);
  return custom === undefined ? shippedKb() : validateKbAt(custom, io.cwd, io);
}

/** The KB this package ships: dist/kb.json, or data/kb validated when running from source before a build. */
export async function shippedKb(): Promise<KnowledgeBase> {
  const built = readShipped();
  if (built !== undefined) {
    // the amounts of its pay compiled by the build (src/core/money.ts): a part of it no command prints
    const { money, ...kb } = JSON.parse(built) as KnowledgeBase;
    Object.defineProperty(kb, "money", { value: money, enumerable: false, configurable: true });
    return withShippedNames(kb);
  }
  return validateKbAt(SHIPPED_KB_DIR, SHIPPED_KB_DIR);
}

/** A check that takes longer than this says so, and what the cache does about it. */
const SLOW_CHECK_MS = 1000;

/**
 * Reads and validates the KB at `path`; with `io`, through the cache of validated KBs
 * (./kb-cache.ts), saying on stderr when a first check was slow.
 */
export async function validateKbAt(path: string, cwd: string, io?: Pick<Io, "env" | "stderr">): Promise<KnowledgeBase> {
  const read = readKbFiles(path, cwd);
  // a KB cached is one whose bytes these rules accepted: it is not decoded again
  const cache = read.issues.length === 0 && io ? await (await import("./kb-cache.js")).kbCache(io.env) : undefined;
  const cached = cache?.read(read.files);
  if (cached) return cached;
  const decoded = decodeKbFiles(read.files);
  const issues = [...read.issues, ...decoded.issues];
  // a file that cannot be read leaves the others' cross-checks (sections defined once, career
  // paths, sources) with half a KB: their "problems" would be false, so these come alone
  if (issues.length > 0) {
    const { validateKnowledgeBase } = await import("../validation.js");
    const each = validateKnowledgeBase(decoded.files, path, { eachFileOnly: true });
    throw invalidKb(
      path,
      [...issues, ...(each.ok ? [] : each.issues)],
      "files that cannot be read are listed; the KB as a whole is checked once they can be",
    );
  }
  const started = performance.now();
  const { validateKnowledgeBase } = await import("../validation.js");
  const result = validateKnowledgeBase(decoded.files, path);
  if (!result.ok)
    throw invalidKb(path, result.issues, "fix the places listed above; `bpo-advisor kb validate PATH` checks a KB");
  cache?.write(read.files, result.kb);
  const took = performance.now() - started;
  if (io && took > SLOW_CHECK_MS) io.stderr.write(`${slowNote(path, read.files, took, cache !== undefined)}\n`);
  return result.kb;
}

const invalidKb = (path: string, issues: InputIssue[], hint: string) =>
  new InputError(
    `the KB at ${path} is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"})`,
    issues,
    hint,
  );

function slowNote(path: string, files: readonly KbFileBytes[], ms: number, cached: boolean): string {
  const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const size = `${files.length} file${files.length === 1 ? "" : "s"}, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const next = cached
    ? "it is cached: the next runs skip the check until a file of it changes"
    : "the cache is off (BPO_ADVISOR_CACHE_DIR), so every run checks it again";
  return `note: checking the KB at ${path} (${size}) took ${(ms / 1000).toFixed(1)} s; ${next}`;
}

type Names = Pick<KnowledgeBase, "escoLabels" | "jargon" | "synonyms">;

/**
 * The shipped KB with its names for the roles (dist/names.json, ~39 KB) and its full-text index
 * (dist/meaning.bin) read on first use: a command that lists no names never parses the first,
 * and the full-text search reads the second alone, as it holds the lines of names it matched;
 * its sources (dist/sources.json) likewise, for a command that cites none (`match --json`). A
 * lookup by name reads the compiled names (dist/lookup.json), and the index only for a name
 * that is neither a role's nor a word of the thesaurus.
 */
function withShippedNames(kb: KnowledgeBase): KnowledgeBase {
  let names: Names | undefined;
  const read = (): Names => {
    names ??= JSON.parse(readFileSync(SHIPPED_NAMES_JSON, "utf8")) as Names;
    return names;
  };
  for (const key of ["escoLabels", "jargon", "synonyms"] as const) {
    Object.defineProperty(kb, key, { get: () => read()[key], enumerable: false, configurable: true });
  }
  let meaning: Uint8Array | undefined;
  Object.defineProperty(kb, "meaningIndex", {
    get: () => {
      meaning ??= readFileSync(SHIPPED_MEANING_BIN);
      return meaning;
    },
    enumerable: false,
    configurable: true,
  });
  // its sources, a third of the rest, are read only by a command that cites them (`role`, a report)
  let sources: KnowledgeBase["sources"] | undefined;
  Object.defineProperty(kb, "sources", {
    get: () => {
      sources ??= JSON.parse(readFileSync(SHIPPED_SOURCES_JSON, "utf8")) as KnowledgeBase["sources"];
      return sources;
    },
    enumerable: true,
    configurable: true,
  });
  let compiled: CompiledNames | undefined;
  Object.defineProperty(kb, "names", {
    get: () => {
      compiled ??= JSON.parse(readFileSync(SHIPPED_LOOKUP_JSON, "utf8")) as CompiledNames;
      return compiled;
    },
    enumerable: false,
    configurable: true,
  });
  return kb;
}

/** dist/kb.json, read synchronously: quicker than fs/promises for a file this small. */
function readShipped(): string | undefined {
  try {
    return readFileSync(SHIPPED_KB_JSON, "utf8");
  } catch {
    return undefined; // running from source, before a build
  }
}
