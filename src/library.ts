import { findRoleIn } from "./core/find-role.js";
import type { KnowledgeBase } from "./core/kb-schema.js";
import type { ProfileInput } from "./core/profile-schema.js";
import { usageError } from "./errors.js";
import { shippedKb, validateKbAt } from "./kb/load-kb.js";
import { validProfile } from "./profile/valid-profile.js";
import { SCHEMA_VERSION, searchJson } from "./render/json.js";
import { matchOutput, matchRanking, refuseLongName, refuseLongSearch, roleOutput, searchHits } from "./results.js";
import { VERSION } from "./version.js";

// The library API (issue #17): `match`, `role` and `search` as functions whose results are the
// objects their --json prints (src/results.ts makes both), pinned by the same JSON Schemas
// (schemas/). It reads no environment variable and needs no terminal; bad input throws the
// errors the CLI reports. The CLI never loads this file: `bpo-advisor` runs dist/main.cjs.

export type { KnowledgeBase, Role } from "./core/kb-schema.js";
export type { Profile } from "./core/profile-schema.js";
export { CliError, InputError, type InputIssue } from "./errors.js";
export type { ProfileInput };

/** The package's version (semver); the library's API is versioned with it. */
export const version: string = VERSION;
/** The version of the results' shapes, as each result's `schemaVersion` says it (bumped on a breaking change). */
export const schemaVersion = SCHEMA_VERSION;

/** What matchProfile returns: `bpo-advisor match --json` (schemas/match.schema.json). */
export type MatchResult = ReturnType<typeof matchOutput>;
/** What findRole returns: `bpo-advisor role --json` (schemas/role.schema.json); `role` is null when no role is found. */
export type RoleResult = ReturnType<typeof roleOutput>;
/** What searchRoles returns: `bpo-advisor search --json` (schemas/search.schema.json). */
export type SearchResult = ReturnType<typeof searchJson>;

export interface LoadOptions {
  /** A custom KB: a YAML/JSON file or a folder of them (relative to the current directory), as `--kb`. */
  path?: string;
}

export interface MatchOptions {
  /** The best n roles (`--top`); 5 unless given. */
  top?: number;
  /** Every role (`--all`), conflicts last. */
  all?: boolean;
  /** As `--explain`: the roles that conflict with the profile are kept, last. */
  explain?: boolean;
  /** Where the person looks for work, as `--country`: overrides the profile's. */
  country?: string;
}

export interface RoleOptions {
  /** With a profile, the result says how it fits the role (`fit`), as `role --profile`. */
  profile?: ProfileInput;
  /** The country whose pay is shown (`--country`); overrides the profile's. */
  country?: string;
}

export interface SearchOptions {
  /** At most n results (`--limit`); 10 unless given. */
  limit?: number;
}

/** Where a profile given to the library is named in its problems. */
const GIVEN = "<profile>";
const PROFILE_FORMAT = "the profile's format is schemas/profile.schema.json in the package";

/**
 * The shipped KB (validated when the package was built), or the KB at `path`, validated in full as
 * `--kb` is, at each call: the CLI's cache of validated KBs (in the user's cache folder) is not
 * used, as the library writes nowhere. Load a KB once, and pass it to each call.
 */
export async function loadKnowledgeBase(options: LoadOptions = {}): Promise<KnowledgeBase> {
  return options.path === undefined ? shippedKb() : validateKbAt(options.path, process.cwd());
}

/** The roles that fit a profile, best first, with why and what is missing: `match --json`. */
export async function matchProfile(
  kb: KnowledgeBase,
  profile: ProfileInput,
  options: MatchOptions = {},
): Promise<MatchResult> {
  const top = atLeastOne(options.top, 5, "top");
  const checked = await validProfile(withCountry(profile, options.country), GIVEN, PROFILE_FORMAT);
  return matchOutput(checked, matchRanking(kb, checked, { top, all: options.all, explain: options.explain }));
}

/** One role, found by id or by any name, even misspelt: `role --json`. */
export async function findRole(kb: KnowledgeBase, name: string, options: RoleOptions = {}): Promise<RoleResult> {
  refuseLongName(text(name, "name"));
  const found = await findRoleIn(kb, name);
  // as `role` does, the profile is read only for a role found; a country alone is checked as a
  // profile's is, and is no profile (the result has no `fit`)
  if (found.kind !== "found") return roleOutput(kb, name, found, undefined, undefined);
  const { profile, country } = options;
  const checked =
    profile === undefined && country === undefined
      ? undefined
      : await validProfile(withCountry(profile ?? {}, country), GIVEN, PROFILE_FORMAT);
  return roleOutput(kb, name, found, profile === undefined ? undefined : checked, checked?.country);
}

/** Roles by meaning: titles, other names, skills and responsibilities: `search --json`. */
export async function searchRoles(
  kb: KnowledgeBase,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult> {
  refuseLongSearch(text(query, "query"));
  const limit = atLeastOne(options.limit, 10, "limit");
  return searchJson(query, await searchHits(kb, query, limit));
}

function atLeastOne(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && value >= 1) return value;
  throw usageError(`${name} must be a whole number of 1 or more, not ${String(value)}`);
}

function text(value: unknown, name: string): string {
  if (typeof value === "string") return value;
  throw usageError(`${name} must be a string, not ${value === null ? "null" : typeof value}`);
}

/** A country given apart is laid over the profile's, as `--country` is. */
const withCountry = (profile: ProfileInput, country: string | undefined) =>
  country === undefined ? profile : { ...profile, country };
