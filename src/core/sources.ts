import type { KnowledgeBase, Role, Source } from "./kb-schema.js";

// The sources a role cites: looked up by id, and numbered as `role` prints them (issue #15).

const sourcesById = new WeakMap<KnowledgeBase, Map<string, Source>>();

/** The KB's source with that id (looked up in a map made once per KB). */
export function sourceOf(kb: KnowledgeBase, id: string): Source | undefined {
  let byId = sourcesById.get(kb);
  if (!byId) {
    byId = new Map();
    for (const s of kb.sources) if (!byId.has(s.id)) byId.set(s.id, s);
    sourcesById.set(kb, byId);
  }
  return byId.get(id);
}

/** Each source the role cites, numbered in the order its `sources` lists them, then any cited only in a fact. */
export function citationsOf(role: Role): Map<string, number> {
  const numbers = new Map<string, number>();
  const add = (ids: readonly string[]) => {
    for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  };
  add(role.sources);
  for (const p of role.pay) add(p.sources);
  return numbers;
}
