import Fuse from "fuse.js";
import type { Role } from "./kb-schema.js";
import { normalizeName, sortedWords } from "./normalize.js";

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

interface NameEntry {
  role: Role;
  name: string;
  norm: string;
}

export interface RoleIndex {
  byId: Map<string, Role>;
  names: NameEntry[];
  byWords: Fuse<NameEntry>;
  byPhrase: Fuse<NameEntry>;
}

export function indexRoles(roles: readonly Role[]): RoleIndex {
  const names = roles.flatMap((role) =>
    [role.title, ...role.aliases].map((name) => ({ role, name, norm: normalizeName(name) })),
  );
  const options = { keys: ["norm"], includeScore: true, ignoreLocation: true, threshold: 0.6 };
  return {
    byId: new Map(roles.map((r) => [r.id, r])),
    names,
    byWords: new Fuse(names, { ...options, useTokenSearch: true }),
    byPhrase: new Fuse(names, options),
  };
}

export function findRole(index: RoleIndex, query: string): RoleLookup {
  const byId = index.byId.get(query.trim().toLowerCase());
  if (byId) return { kind: "found", role: byId, matchedName: byId.id, how: "id" };
  const norm = normalizeName(query);
  if (norm === "") return { kind: "none", nearest: [] };
  const sorted = sortedWords(query);
  const exact = index.names.find((e) => e.norm === norm) ?? index.names.find((e) => sortedWords(e.name) === sorted);
  if (exact) return { kind: "found", role: exact.role, matchedName: exact.name, how: "name" };

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
  const words = bestPerRole(index.byWords.search(norm));
  const phrase = bestPerRole(index.byPhrase.search(norm));
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
  const loose = new Fuse(index.names, { keys: ["norm"], includeScore: true, ignoreLocation: true, threshold: 1 });
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

const byScoreThenId = (a: Candidate, b: Candidate) => a.score - b.score || a.role.id.localeCompare(b.role.id);
