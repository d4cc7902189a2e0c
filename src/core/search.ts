import type { FuseResult } from "fuse.js";
import { compareIds } from "./compare.js";
import type { Role } from "./kb-schema.js";
import type { FuseLibrary } from "./lookup.js";

// Free-text search over what a role is called and what it does: `invoices` finds the payable
// and receivable roles through their responsibilities.

export type SearchField = "title" | "aliases" | "skills" | "responsibilities";

export interface SearchHit {
  role: Role;
  score: number;
  matches: { field: SearchField; text: string }[];
}

const FIELDS: { name: SearchField; weight: number }[] = [
  { name: "title", weight: 3 },
  { name: "aliases", weight: 2 },
  { name: "skills", weight: 1 },
  { name: "responsibilities", weight: 1 },
];

/** The longest search text taken (issue #13): fuse.js's token search grows with every word of it. */
export const MAX_SEARCH_CHARS = 200;

/** `Fuse`: the fuse.js class, loaded by the caller (see lookup.ts). */
export function searchRoles(Fuse: FuseLibrary, roles: readonly Role[], text: string, limit = 10): SearchHit[] {
  const fuse = new Fuse(roles, {
    keys: FIELDS,
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.3,
    useTokenSearch: true,
    minMatchCharLength: 2,
  });
  return fuse
    .search(text.trim(), { limit })
    .map(toHit)
    .sort((a, b) => a.score - b.score || compareIds(a.role.id, b.role.id));
}

function toHit(result: FuseResult<Role>): SearchHit {
  const seen = new Set<string>();
  const matches = (result.matches ?? []).flatMap((m) => {
    const field = m.key as SearchField;
    const key = `${field}\u0000${m.value}`;
    if (!m.value || seen.has(key)) return [];
    seen.add(key);
    return [{ field, text: m.value }];
  });
  return { role: result.item, score: round(result.score ?? 1), matches };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
