import { distance } from "fastest-levenshtein";
import { compareIds } from "./compare.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import type { MeaningHit, MeaningIndex } from "./meaning.js";
import { normalizeName } from "./normalize.js";
import { thesaurusOf } from "./role-names.js";

// One role, several or none (issue #16): what `role` answers from the thesaurus and from the
// full-text search of meaning.ts.

/**
 * The policy of `role` (issue #16), after an id or a name: a query that is one of the roles'
 * other names (an ESCO label, a sector word) is that role, or, for a word of several roles,
 * "could be several"; else the full-text search decides. One role when its score is at least
 * CLEAR_AHEAD times the next role's; "could be several" for the roles within that reach of the
 * best (at most SEVERAL), each with what matched; "could be several" too, whatever the scores,
 * when the query is word for word in names of several roles ("analyst"); none for a query with
 * no word of three letters or more, or of which no role holds half the words.
 */
export const CLEAR_AHEAD = 1.35;
const SEVERAL = 5;
/** The roles listed as nearest when none matches. */
const NEAREST = 3;
const MIN_WORD = 3;
export const MIN_COVERAGE = 0.5;

/** A query's roles, as lookup.ts's RoleLookup says them. */
export type MeaningLookup =
  | { kind: "found"; role: Role; matchedName: string; how: "thesaurus" | "words" }
  | {
      kind: "ambiguous";
      candidates: { role: Role; name: string; score: number }[];
      note?: string;
    }
  | { kind: "none"; nearest: { role: Role; name: string; score: number }[] };

/** The roles whose ESCO label or sector word the query is (case, accents, spacing aside). */
export function findByThesaurus(kb: KnowledgeBase, query: string): MeaningLookup | undefined {
  const norm = normalizeName(query);
  if (norm === "") return undefined;
  const found = (thesaurusOf(kb).get(norm) ?? []).map(([place, label]) => ({
    role: kb.roles[place] as Role,
    name: label,
    score: 0,
  }));
  const [only] = found;
  if (!only) return undefined;
  if (found.length === 1) return { kind: "found", role: only.role, matchedName: only.name, how: "thesaurus" };
  // a word of the sector says why it is several roles ("call centre": inbound service or outbound sales)
  const note = (kb.jargon ?? []).find((j) => normalizeName(j.term) === norm)?.note;
  const candidates = found.sort((a, b) => compareIds(a.role.id, b.role.id));
  return note === undefined ? { kind: "ambiguous", candidates } : { kind: "ambiguous", candidates, note };
}

/** Whether a query is noise: no word of three letters or more ("x", "ab", "%s%n"). */
export const isNoise = (query: string): boolean =>
  !normalizeName(query)
    .split(" ")
    .some((w) => w.length >= MIN_WORD);

/** At most this many words make a query a job's name rather than a description of the work. */
const NAME_WORDS = 3;

/** Whether a query of a name's few words has a word the role holds nowhere, not a typo of its name's. */
function isAnotherJob(index: MeaningIndex, query: string, hit: MeaningHit): boolean {
  if (hit.unmatched.length === 0 || new Set(index.terms(query)).size > NAME_WORDS) return false;
  const name = new Set(index.terms(hit.matches[0]?.text ?? hit.role.title));
  const typo = (w: string) => [...name].some((n) => distance(w, n) <= 2);
  return hit.unmatched.some((w) => !typo(w));
}

/** The full-text search's answer: the last stage of `role` (src/core/find-role.ts). */
export function findRoleByMeaning(index: MeaningIndex, query: string): MeaningLookup {
  if (isNoise(query)) return { kind: "none", nearest: [] };
  const hits = index.search(query, SEVERAL + 1);
  const [best, next] = hits;
  // a role that holds under half of the query's words is not what it asks for, nor near it
  // ("pizza delivery driver" is not a role for its "delivery"), as `search` says
  if (!best || best.coverage < MIN_COVERAGE) return { kind: "none", nearest: [] };
  const named = (h: MeaningHit) => ({
    role: h.role,
    name: h.matches[0]?.text ?? h.role.title,
    score: Math.round((1 - h.score / best.score) * 1000) / 1000,
  });
  // a name of a few words, one of which the role holds nowhere (nor as a typo of its name's), is
  // another job's ("medical transcription" is not Medical Coder, "bpo jobs for freshers" not BPO
  // Specialist; "contnet moderator" is Content Moderator): the roles so named are the nearest
  if (best.named && isAnotherJob(index, query, best)) {
    const nearest = hits.filter((h) => h.named).slice(0, NEAREST);
    return { kind: "none", nearest: nearest.map((h) => ({ ...named(h), name: h.role.title })) };
  }
  // a query that is, word for word, in names of several roles does not tell them apart, however
  // far ahead one scores: "executive" or "voice" is said of many roles
  const fullyNamed = hits.filter((h) => h.named && h.coverage === 1);
  if (fullyNamed.length > 1) return { kind: "ambiguous", candidates: fullyNamed.slice(0, SEVERAL).map(named) };
  if (!next || best.score >= CLEAR_AHEAD * next.score) {
    return { kind: "found", role: best.role, matchedName: named(best).name, how: "words" };
  }
  const close = hits.filter((h) => h.score * CLEAR_AHEAD > best.score).slice(0, SEVERAL);
  // of the close roles, the only one with a name that holds every word it matched, matching as
  // many of the query's words as any: the query is that name, misspelt ("acounts payble")
  const most = Math.max(...close.map((h) => h.coverage));
  const byName = close.filter((h) => h.named && h.coverage === most);
  const [only] = byName;
  if (only && byName.length === 1)
    return { kind: "found", role: only.role, matchedName: named(only).name, how: "words" };
  return { kind: "ambiguous", candidates: close.map(named) };
}
