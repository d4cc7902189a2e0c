import type { KnowledgeBase, Role } from "./kb-schema.js";
import type { MeaningIndex } from "./meaning.js";
import { findByThesaurus, isNoise, MIN_COVERAGE } from "./role-policy.js";

// Free-text search over what a role is called and what it does (issue #16): by meaning, through
// the full-text index of meaning.ts (titles and names above skills above responsibilities,
// words stemmed, the thesaurus's names among a role's names). `invoices` finds the payable and
// receivable roles through their responsibilities.

export type SearchField = "title" | "aliases" | "summary" | "skills" | "responsibilities";

export interface SearchHit {
  role: Role;
  /** 0 for the best match of the query; further from it, nearer 1. */
  score: number;
  matches: { field: SearchField; text: string }[];
}

/** The longest search text taken (issue #13). */
export const MAX_SEARCH_CHARS = 200;

/**
 * Roles by meaning: first those the text names (a word of the thesaurus: "AR", "RTA"), then the
 * full-text search's, each holding at least half of the text's words (a role that shares one
 * word of "pizza delivery driver" is not what it is about).
 */
export function searchRoles(kb: KnowledgeBase, index: MeaningIndex, text: string, limit = 10): SearchHit[] {
  const named = findByThesaurus(kb, text);
  const first: SearchHit[] = (
    named?.kind === "found"
      ? [{ role: named.role, name: named.matchedName }]
      : named?.kind === "ambiguous"
        ? named.candidates.map((c) => ({ role: c.role, name: c.name }))
        : []
  ).map(({ role, name }) => ({ role, score: 0, matches: [{ field: "aliases", text: name }] }));
  if (isNoise(text)) return first.slice(0, limit);
  const seen = new Set(first.map((h) => h.role.id));
  const hits = index
    .search(text, limit + first.length)
    .filter((h) => h.coverage >= MIN_COVERAGE && !seen.has(h.role.id));
  const top = hits[0]?.score ?? 1;
  return [
    ...first,
    ...hits.map((h) => ({
      role: h.role,
      score: Math.round((1 - h.score / top) * 1000) / 1000,
      // a role's other names (aliases, ESCO labels, the sector's words) are its aliases here
      matches: h.matches.map((m) => ({ field: m.field === "names" ? ("aliases" as const) : m.field, text: m.text })),
    })),
  ].slice(0, limit);
}
