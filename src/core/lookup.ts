import Fuse from "fuse.js";
import type { Role } from "./kb-schema.js";
import { normalizeName, sortedWords } from "./normalize.js";

// Finding one role from a name typed any way: exact id or name first, then the same words in
// another order, then fuzzy (fuse.js token search: each word matched with typos, in any order).

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
const ACCEPT = 0.45; // worse than this is not a match
const CLEAR_WINNER_GAP = 0.12; // the best must beat the next role by this much
const CLEAR_WINNER_SCORE = 0.2; // or be this good while the next is not a match

interface NameEntry {
  role: Role;
  name: string;
  norm: string;
}

export interface RoleIndex {
  byId: Map<string, Role>;
  names: NameEntry[];
  fuse: Fuse<NameEntry>;
}

export function indexRoles(roles: readonly Role[]): RoleIndex {
  const names = roles.flatMap((role) =>
    [role.title, ...role.aliases].map((name) => ({ role, name, norm: normalizeName(name) })),
  );
  const fuse = new Fuse(names, {
    keys: ["norm"],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
    useTokenSearch: true,
  });
  return { byId: new Map(roles.map((r) => [r.id, r])), names, fuse };
}

export function findRole(index: RoleIndex, query: string): RoleLookup {
  const byId = index.byId.get(query.trim().toLowerCase());
  if (byId) return { kind: "found", role: byId, matchedName: byId.id, how: "id" };
  const norm = normalizeName(query);
  if (norm === "") return { kind: "none", nearest: [] };
  const sorted = sortedWords(query);
  const exact = index.names.find((e) => e.norm === norm) ?? index.names.find((e) => sortedWords(e.name) === sorted);
  if (exact) return { kind: "found", role: exact.role, matchedName: exact.name, how: "name" };

  const ranked = bestPerRole(index.fuse.search(norm));
  const [best, next] = ranked;
  if (!best || best.score > ACCEPT) return { kind: "none", nearest: ranked.slice(0, 3) };
  const nextScore = next?.score ?? 1;
  const clear = nextScore - best.score >= CLEAR_WINNER_GAP || (best.score <= CLEAR_WINNER_SCORE && nextScore > ACCEPT);
  if (clear) return { kind: "found", role: best.role, matchedName: best.name, how: "fuzzy" };
  return { kind: "ambiguous", candidates: ranked.filter((c) => c.score <= ACCEPT).slice(0, 5) };
}

function bestPerRole(results: { item: NameEntry; score?: number }[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const { item, score = 1 } of results) {
    const seen = best.get(item.role.id);
    if (!seen || score < seen.score) best.set(item.role.id, { role: item.role, name: item.name, score });
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.role.id.localeCompare(b.role.id));
}
