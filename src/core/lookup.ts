import Fuse from "fuse.js";
import { compareIds } from "./compare.js";
import type { Role } from "./kb-schema.js";
import { normalizeName, sortedWords } from "./normalize.js";
import { type TrigramFilter, trigramFilter } from "./trigram-filter.js";

// Finding one role from a name typed any way: exact id or name first, then the same words in
// another order, then fuzzy. The fuzzy score averages two fuse.js searches: token search (each
// word matched with typos, in any order) and whole-phrase search (which tells "acounts payble"
// from "accounts receivable" far better than single words do).

export type RoleLookup =
  | { kind: "found"; role: Role; matchedName: string; how: "id" | "name" | "fuzzy" }
  | { kind: "ambiguous"; candidates: Candidate[] }
  | { kind: "none"; nearest: Candidate[] };

export interface Candidate {
  role: Role;
  /** The title or alias that matched best. */
  name: string;
  /** 0 is a perfect match, 1 no match (fuse.js's scale). */
  score: number;
}

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
  /** The words of norm, sorted: for a match in any word order. */
  sorted: string;
}

export interface RoleIndex {
  byId: Map<string, Role>;
  names: NameEntry[];
  filter: TrigramFilter;
}

const FUSE_OPTIONS = { keys: ["norm"], includeScore: true, ignoreLocation: true, threshold: 0.6 };

export function indexRoles(roles: readonly Role[]): RoleIndex {
  const names = roles.flatMap((role) =>
    [role.title, ...role.aliases].map((name) => {
      const norm = normalizeName(name);
      return { role, name, norm, sorted: norm.split(" ").sort().join(" ") };
    }),
  );
  return {
    byId: new Map(roles.map((r) => [r.id, r])),
    names,
    filter: trigramFilter(
      names.map((n) => n.norm),
      FUZZY_CANDIDATES,
    ),
  };
}

export function findRole(index: RoleIndex, query: string): RoleLookup {
  const byId = index.byId.get(query.trim().toLowerCase());
  if (byId) return { kind: "found", role: byId, matchedName: byId.id, how: "id" };
  const norm = normalizeName(query);
  if (norm === "") return { kind: "none", nearest: [] };
  const sorted = sortedWords(query);
  const exact = index.names.find((e) => e.norm === norm) ?? index.names.find((e) => e.sorted === sorted);
  if (exact) return { kind: "found", role: exact.role, matchedName: exact.name, how: "name" };
  // the first words of a name ("accounts payable"), when every name they begin is one role's;
  // one word ("specialist") is too common a start to settle on a role
  const starts = norm.includes(" ") ? index.names.filter((e) => e.norm.startsWith(`${norm} `)) : [];
  const [first] = starts;
  if (first && starts.every((e) => e.role === first.role)) {
    return { kind: "found", role: first.role, matchedName: first.name, how: "name" };
  }

  const ranked = rankRoles(index, norm);
  const [best, next] = ranked;
  if (!best || best.score > ACCEPT) return { kind: "none", nearest: nearestNames(index, norm) };
  if ((next?.score ?? 1) - best.score >= CLEAR_WINNER_GAP) {
    return { kind: "found", role: best.role, matchedName: best.name, how: "fuzzy" };
  }
  return { kind: "ambiguous", candidates: ranked.filter((c) => c.score <= ACCEPT).slice(0, 5) };
}

type Hit = { item: NameEntry; score?: number };

function rankRoles(index: RoleIndex, norm: string): Candidate[] {
  const picked = index.filter.candidates(norm);
  const names = picked ? picked.map((i) => index.names[i] as NameEntry) : index.names;
  const words = bestPerRole(new Fuse(names, { ...FUSE_OPTIONS, useTokenSearch: true }).search(norm));
  const phrase = bestPerRole(new Fuse(names, FUSE_OPTIONS).search(norm));
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
function nearestNames(index: RoleIndex, norm: string): Candidate[] {
  const picked = index.filter.candidates(norm);
  const names = picked ? picked.map((i) => index.names[i] as NameEntry) : index.names;
  const loose = new Fuse(names, { ...FUSE_OPTIONS, threshold: 1 });
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
