import type { KnowledgeBase, Role } from "./kb-schema.js";
import { normalizeName } from "./normalize.js";

// The names of a KB's roles as a lookup reads them (issue #16), compiled once: at build time for
// the shipped KB (scripts/build-kb.ts), and into the cache of a custom KB (src/kb/kb-cache.ts).
// A lookup then neither normalises every name and thesaurus word of the KB first (over 10,000
// roles, the larger part of a lookup), nor, for a custom KB, reads its roles in full to list the
// roles a name could be: their ids and titles are here.

/** A role as a list of candidates names it. */
export interface RoleRef {
  id: string;
  title: string;
}

export interface CompiledNames {
  /** Each role's id and title, in the KB's order: a role's place. */
  roles: RoleRef[];
  /** Each title and alias: its role's place, the name, and the name normalised. */
  names: [place: number, name: string, norm: string][];
  /**
   * Each ESCO label and sector word (data/kb/esco-labels.yaml, jargon.yaml), normalised, with its
   * roles: each role's place and the first of its labels that reads so (ESCO's before the sector's).
   */
  thesaurus: [norm: string, roles: [place: number, label: string][]][];
}

/** The titles and aliases of `roles`, normalised. */
export function compileRoleNames(roles: readonly Role[]): Pick<CompiledNames, "roles" | "names"> {
  const names: CompiledNames["names"] = [];
  roles.forEach((role, place) => {
    names.push([place, role.title, normalizeName(role.title)]);
    for (const alias of role.aliases) names.push([place, alias, normalizeName(alias)]);
  });
  return { roles: roles.map((r) => ({ id: r.id, title: r.title })), names };
}

/** The names of a KB's roles and its thesaurus, normalised. */
export function compileNames(kb: KnowledgeBase): CompiledNames {
  const placeOf = new Map<string, number>();
  kb.roles.forEach((role, place) => {
    if (!placeOf.has(role.id)) placeOf.set(role.id, place);
  });
  const words = new Map<string, Map<number, string>>();
  const add = (label: string, id: string) => {
    const norm = normalizeName(label);
    const place = placeOf.get(id);
    if (norm === "" || place === undefined) return; // a role the KB does not have: nothing to find
    const roles = words.get(norm) ?? new Map<number, string>();
    words.set(norm, roles);
    if (!roles.has(place)) roles.set(place, label);
  };
  for (const e of kb.escoLabels ?? []) for (const label of e.labels) add(label, e.role);
  for (const j of kb.jargon ?? []) for (const id of j.roles) add(j.term, id);
  return { ...compileRoleNames(kb.roles), thesaurus: [...words].map(([norm, roles]) => [norm, [...roles]]) };
}

const compiledOf = new WeakMap<KnowledgeBase, CompiledNames>();

/** A KB's compiled names: the build's or the cache's when it has them, else compiled now (once). */
export function namesOf(kb: KnowledgeBase): CompiledNames {
  if (kb.names) return kb.names;
  let compiled = compiledOf.get(kb);
  if (!compiled) {
    compiled = compileNames(kb);
    compiledOf.set(kb, compiled);
  }
  return compiled;
}

const thesauri = new WeakMap<KnowledgeBase, Map<string, CompiledNames["thesaurus"][number][1]>>();

/** The roles (places and labels) of each normalised thesaurus word of a KB. */
export function thesaurusOf(kb: KnowledgeBase): ReadonlyMap<string, readonly [place: number, label: string][]> {
  let found = thesauri.get(kb);
  if (!found) {
    found = new Map(namesOf(kb).thesaurus);
    thesauri.set(kb, found);
  }
  return found;
}
