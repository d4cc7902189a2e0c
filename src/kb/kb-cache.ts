import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import type { KnowledgeBase } from "../core/kb-schema.js";
import { compileMoney } from "../core/money.js";
import { compileNames } from "../core/role-names.js";
import { CliError, ExitCode } from "../errors.js";
import type { KbFileBytes } from "./read-kb-files.js";

// A custom KB, once validated, is kept compiled (see compiledText) in the user's cache folder,
// keyed by what decides the result: the files' names and bytes, and the rules that checked them
// (issue #13: a KB of 10,000 small files took ~6-10 s for every command, a 30 MB YAML file
// ~7-15 s and 1.2 GB). A changed file, or another build of the program, is another key, so a
// cached KB is always one that these rules accept for these exact files. Only valid KBs are
// cached: an invalid one is checked, and its problems reported, every time.

/** A hash of the program's KB rules (src/core, src/kb) and version, made by the build (tsup.config.ts). */
declare const __KB_RULES__: string | undefined;

/** How many cached KBs are kept: the ones used last. */
const KEEP = 10;

export interface KbCache {
  read(files: readonly KbFileBytes[]): KnowledgeBase | undefined;
  write(files: readonly KbFileBytes[], kb: KnowledgeBase): void;
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
  const fileOf = (files: readonly KbFileBytes[]) => join(dir, `kb-${keyOf(createHash, rules, files)}.json`);
  return {
    read(files) {
      const file = fileOf(files);
      try {
        const kb = compiledKb(readFileSync(file), file);
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
        writeFileSync(temp, compiledText(kb));
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

// A cached KB is compiled (src/core/role-names.ts): two lines of JSON, the KB without its roles
// and with its roles' names as a lookup reads them (and its pay's amounts as ICU writes them:
// src/core/money.ts), then its roles. The roles, nearly all of a large KB, are parsed only when
// a command reads them: `role` with a misspelt name over 10,000 roles lists the roles it could
// be from the names alone (0.9 s, when it parsed the whole KB).
// JSON writes no line break of its own, so the first one ends the first line.

/** A KB as its cache file holds it. */
export function compiledText(kb: KnowledgeBase): string {
  // roles: null keeps the roles' place among the KB's keys, for the value read back to be the same
  const head = { ...kb, roles: null, names: compileNames(kb), money: compileMoney(kb) };
  return `${JSON.stringify(head)}\n${JSON.stringify(kb.roles)}`;
}

/** The KB a cache file holds: its roles parsed on first use. */
export function compiledKb(bytes: Buffer, file: string): KnowledgeBase {
  const end = bytes.indexOf(NEWLINE);
  if (end < 0) throw new Error("not a compiled KB");
  const { names, money, ...kb } = JSON.parse(bytes.toString("utf8", 0, end)) as KnowledgeBase;
  Object.defineProperty(kb, "names", { value: names, enumerable: false, configurable: true });
  Object.defineProperty(kb, "money", { value: money, enumerable: false, configurable: true });
  Object.defineProperty(kb, "roles", {
    get() {
      let roles: KnowledgeBase["roles"];
      try {
        roles = JSON.parse(bytes.toString("utf8", end + 1));
      } catch {
        // the file was read whole when the command began, and written whole (rename): only a
        // hand could have broken it since
        throw new CliError(`the cached copy of the KB is damaged: ${file}`, ExitCode.failure, {
          hint: "delete that file and run the command again: the KB is then checked and cached anew",
        });
      }
      Object.defineProperty(kb, "roles", { value: roles, writable: true, enumerable: true, configurable: true });
      return roles;
    },
    enumerable: true,
    configurable: true,
  });
  return kb;
}

const NEWLINE = 0x0a;

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
  files: readonly KbFileBytes[],
): string {
  const hash = createHash("sha256").update(rules);
  for (const { file, bytes } of files) hash.update(`\0${basename(file)}\0${bytes.length}\0`).update(bytes);
  return hash.digest("hex").slice(0, 32);
}

function prune(dir: string): void {
  const cached = readdirSync(dir)
    .filter((f) => /^kb-[0-9a-f]+\.json$/.test(f))
    .map((f) => ({ f, used: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { f } of cached.slice(KEEP)) rmSync(join(dir, f), { force: true });
}
