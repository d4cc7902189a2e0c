import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import type { KnowledgeBase } from "../core/kb-schema.js";
import type { KbTextFile } from "./read-kb-files.js";

// A custom KB, once validated, is kept as JSON in the user's cache folder, keyed by what decides
// the result: the files' names and contents, and the rules that checked them (issue #13: a KB of
// 10,000 small files took ~6-10 s for every command, a 30 MB YAML file ~7-15 s and 1.2 GB). A
// changed file, or another build of the program, is another key, so a cached KB is always one that
// these rules accept for these exact files. Only valid KBs are cached: an invalid one is checked,
// and its problems reported, every time.

/** A hash of the program's KB rules (src/core, src/kb) and version, made by the build (tsup.config.ts). */
declare const __KB_RULES__: string | undefined;

/** How many cached KBs are kept: the ones used last. */
const KEEP = 10;

export interface KbCache {
  read(files: readonly KbTextFile[]): KnowledgeBase | undefined;
  write(files: readonly KbTextFile[], kb: KnowledgeBase): void;
}

/**
 * The cache, or undefined when there is none: running from source (no build to name the rules),
 * BPO_ADVISOR_CACHE_DIR set to "" or "off", or no home folder.
 */
export async function kbCache(env: Readonly<Record<string, string | undefined>>): Promise<KbCache | undefined> {
  if (typeof __KB_RULES__ !== "string") return undefined;
  const dir = cacheDir(env);
  if (dir === undefined) return undefined;
  // node:crypto loads only here, for a custom KB: loading it costs every other command start-up time
  const { createHash } = await import("node:crypto");
  const rules = __KB_RULES__;
  const fileOf = (files: readonly KbTextFile[]) => join(dir, `kb-${keyOf(createHash, rules, files)}.json`);
  return {
    read(files) {
      const file = fileOf(files);
      try {
        const kb = JSON.parse(readFileSync(file, "utf8")) as KnowledgeBase;
        const now = new Date();
        utimesSync(file, now, now); // kept among the last used
        return kb;
      } catch {
        return undefined; // not cached (or unreadable: checked again, and written anew)
      }
    },
    write(files, kb) {
      const file = fileOf(files);
      const temp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, JSON.stringify(kb));
        renameSync(temp, file); // whole or not at all, for a command reading it meanwhile
        prune(dir);
      } catch {
        // a cache that cannot be written only costs time
        try {
          rmSync(temp, { force: true });
        } catch {}
      }
    },
  };
}

/** BPO_ADVISOR_CACHE_DIR, else $XDG_CACHE_HOME/bpo-advisor, else ~/.cache/bpo-advisor. */
export function cacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const chosen = env.BPO_ADVISOR_CACHE_DIR;
  if (chosen !== undefined) return chosen === "" || chosen === "off" ? undefined : chosen;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "bpo-advisor");
  const home = env.HOME || homedir();
  return home ? join(home, ".cache", "bpo-advisor") : undefined;
}

/** The files' names (their order is the merge order) and contents, under the rules' hash. */
function keyOf(
  createHash: typeof import("node:crypto").createHash,
  rules: string,
  files: readonly KbTextFile[],
): string {
  const hash = createHash("sha256").update(rules);
  for (const { file, text } of files) hash.update(`\0${basename(file)}\0${text.length}\0`).update(text);
  return hash.digest("hex").slice(0, 32);
}

function prune(dir: string): void {
  const cached = readdirSync(dir)
    .filter((f) => /^kb-[0-9a-f]+\.json$/.test(f))
    .map((f) => ({ f, used: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { f } of cached.slice(KEEP)) rmSync(join(dir, f), { force: true });
}
