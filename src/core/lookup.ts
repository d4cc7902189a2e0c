import type Fuse from "fuse.js";
import { compareIds } from "./compare.js";
import type { Role } from "./kb-schema.js";
import { normalizeName, sortWords } from "./normalize.js";
import { type TrigramFilter, trigramFilter } from "./trigram-filter.js";

// Finding one role from a name typed any way: exact id or name first, then the same words in
// another order, then fuzzy. The fuzzy score averages two fuse.js searches: token search (each
// word matched with typos, in any order) and whole-phrase search (which tells "acounts payble"
// from "accounts receivable" far better than single words do).
// fuse.js is handed in by the caller, which loads it only when the names alone do not settle a
// query: most queries are an id or a name, and loading fuse.js is ~2 ms of start-up (issue #4).

/** The fuse.js class (`(await import("fuse.js")).default`). */
export type FuseLibrary = typeof Fuse;

export type RoleLookup =
  | { kind: "found"; role: Role; matchedName: string; how: "id" | "name" | "thesaurus" | "words" | "fuzzy" }
  | { kind: "ambiguous"; candidates: Candidate[] }
  | { kind: "none"; nearest: Candidate[] };

export interface Candidate {
  role: Role;
  /** The title or alias that matched best. */
  name: string;
  /** 0 is a perfect match, 1 no match (fuse.js's scale). */
  score: number;
}

/**
 * The longest name a lookup takes. The longest real name is under 50 characters; fuzzy matching
 * costs grow with the query's length (a 100,000-character name took 44 s of CPU: issue #13), so a
 * longer one is refused at once rather than searched.
 */
export const MAX_NAME_CHARS = 200;

/** Tuning, checked against every seed name and typos of them in test/lookup.test.ts. */
const ACCEPT = 0.5; // worse than this is not a match
const CLEAR_WINNER_GAP = 0.1; // the best must beat the next role by this much
const NEAREST = 3;
/** At most this many names go to fuse.js for one query (see trigram-filter.ts). */
const FUZZY_CANDIDATES = 400;

interface NameEntry {
  role: Role;
  name: string;
  norm: string;
  /** The words of norm, sorted, for a match in any word order: worked out when first compared. */
  sorted?: string;
}

/**
 * What lookup needs of the roles, each part built on first use, so that a query answered early
 * (an id) does not pay for the later stages: with 10,000 roles that is most of the lookup's time.
 */
export interface RoleIndex {
  roleById(id: string): Role | undefined;
  names(): readonly NameEntry[];
  filter(): TrigramFilter;
}

const FUSE_OPTIONS = { keys: ["norm"], includeScore: true, ignoreLocation: true, threshold: 0.6 };

export function indexRoles(roles: readonly Role[]): RoleIndex {
  const byId = lazy(() => new Map(roles.map((r) => [r.id, r])));
  const names = lazy(() => nameEntries(roles));
  const filter = lazy(() =>
    trigramFilter(
      names().map((n) => n.norm),
      FUZZY_CANDIDATES,
    ),
  );
  return { roleById: (id) => byId().get(id), names, filter };
}

/** A value made on first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

function nameEntries(roles: readonly Role[]): NameEntry[] {
  const names: NameEntry[] = [];
  for (const role of roles) {
    names.push({ role, name: role.title, norm: normalizeName(role.title) });
    for (const alias of role.aliases) names.push({ role, name: alias, norm: normalizeName(alias) });
  }
  return names;
}

/** Every stage: by id or name first, then fuzzy. */
export function findRole(index: RoleIndex, query: string, fuse: FuseLibrary): RoleLookup {
  return findRoleByName(index, query) ?? findRoleFuzzy(index, query, fuse);
}

/** The role whose id or name the query is (in any case, spacing or word order), or whose names alone begin with it. */
export function findRoleByName(index: RoleIndex, query: string): RoleLookup | undefined {
  return findRoleByExactName(index, query) ?? findRoleByFirstWords(index, query);
}

/** The role whose id or name the query is (in any case, spacing or word order), if one is. */
export function findRoleByExactName(index: RoleIndex, query: string): RoleLookup | undefined {
  const byId = index.roleById(query.trim().toLowerCase());
  if (byId) return { kind: "found", role: byId, matchedName: byId.id, how: "id" };
  const norm = normalizeName(query);
  if (norm === "") return { kind: "none", nearest: [] };
  const names = index.names();
  const exact = names.find((e) => e.norm === norm) ?? sameWords(names, norm);
  if (exact) return { kind: "found", role: exact.role, matchedName: exact.name, how: "name" };
  return undefined;
}

/** The role whose names alone begin with the query's words, if one is. */
export function findRoleByFirstWords(index: RoleIndex, query: string): RoleLookup | undefined {
  const norm = normalizeName(query);
  const names = index.names();
  // the first words of a name ("accounts payable"), when every name they begin is one role's;
  // one word ("specialist") is too common a start to settle on a role
  const prefix = `${norm} `;
  const starts = norm.includes(" ") ? names.filter((e) => e.norm.startsWith(prefix)) : [];
  const [first] = starts;
  if (first && starts.every((e) => e.role === first.role)) {
    return { kind: "found", role: first.role, matchedName: first.name, how: "name" };
  }
  return undefined;
}

/** The fuzzy stage alone, for a query findRoleByName did not settle. */
export function findRoleFuzzy(index: RoleIndex, query: string, Fuse: FuseLibrary): RoleLookup {
  const norm = normalizeName(query);
  const names = index.names();
  // the names fuse.js scores, and its index of them, shared by both searches and nearestNames
  const picked = index.filter().candidates(norm);
  const fuzzy = picked ? picked.map((i) => names[i] as NameEntry) : names;
  const fuseIndex = Fuse.createIndex(FUSE_OPTIONS.keys, fuzzy);
  const ranked = rankRoles(Fuse, fuzzy, fuseIndex, norm);
  const [best, next] = ranked;
  if (!best || best.score > ACCEPT) return { kind: "none", nearest: nearestNames(Fuse, fuzzy, fuseIndex, norm) };
  if ((next?.score ?? 1) - best.score >= CLEAR_WINNER_GAP) {
    return { kind: "found", role: best.role, matchedName: best.name, how: "fuzzy" };
  }
  return { kind: "ambiguous", candidates: ranked.filter((c) => c.score <= ACCEPT).slice(0, 5) };
}

/** The first name with the words of `norm` in any order; only names as long as `norm` can be. */
function sameWords(names: readonly NameEntry[], norm: string): NameEntry | undefined {
  const sorted = sortWords(norm);
  return names.find((e) => {
    if (e.norm.length !== norm.length) return false;
    e.sorted ??= sortWords(e.norm);
    return e.sorted === sorted;
  });
}

type Hit = { item: NameEntry; score?: number };

type FuseIndex = ReturnType<typeof Fuse.createIndex<NameEntry>>;

function rankRoles(Fuse: FuseLibrary, names: readonly NameEntry[], fuseIndex: FuseIndex, norm: string): Candidate[] {
  const words = bestPerRole(new Fuse(names, { ...FUSE_OPTIONS, useTokenSearch: true }, fuseIndex).search(norm));
  const phrase = bestPerRole(new Fuse(names, FUSE_OPTIONS, fuseIndex).search(norm));
  const ids = new Set([...words.keys(), ...phrase.keys()]);
  return [...ids]
    .map((id) => {
      const w = words.get(id);
      const p = phrase.get(id);
      const named = (w && p ? (w.score <= p.score ? w : p) : (w ?? p)) as Candidate;
      return { ...named, score: ((w?.score ?? 1) + (p?.score ?? 1)) / 2 };
    })
    .sort(byScoreThenId);
}

/** For "no match": the closest names however far, so the person sees what there is. */
function nearestNames(Fuse: FuseLibrary, names: readonly NameEntry[], fuseIndex: FuseIndex, norm: string): Candidate[] {
  const loose = new Fuse(names, { ...FUSE_OPTIONS, threshold: 1 }, fuseIndex);
  return [...bestPerRole(loose.search(norm, { limit: 50 })).values()].sort(byScoreThenId).slice(0, NEAREST);
}

function bestPerRole(results: Hit[]): Map<string, Candidate> {
  const best = new Map<string, Candidate>();
  for (const { item, score = 1 } of results) {
    const seen = best.get(item.role.id);
    if (!seen || score < seen.score) best.set(item.role.id, { role: item.role, name: item.name, score });
  }
  return best;
}

const byScoreThenId = (a: Candidate, b: Candidate) => a.score - b.score || compareIds(a.role.id, b.role.id);
