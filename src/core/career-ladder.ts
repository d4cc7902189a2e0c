import type { KnowledgeBase, Role } from "./kb-schema.js";

// The career ladder through a role (issue #17, `path`): the roles before it and after it on the
// KB's career paths, followed transitively. A link counts from either end (A's `next` names B, or
// B's `previous` names A), so that a custom KB that states it on one side only still shows it.
// Each role sits on the rung of its longest way to the role: one that is both right before the
// role and before a step before it (a representative is before the senior representative, and
// both before the team leader) is placed the farther back, so that the ladder never inverts. A
// cycle (A leads to B, B back to A) is cut where it closes: B is then both after A and before it.

/** One rung: its distance from the role (negative before it, 0 the role itself) and its roles. */
export interface Rung {
  offset: number;
  roles: readonly Role[];
}

type Direction = "previous" | "next";

interface Links {
  previous: Map<Role, Role[]>;
  next: Map<Role, Role[]>;
}

const linksOf = new WeakMap<KnowledgeBase, Links>();

function links(kb: KnowledgeBase): Links {
  let found = linksOf.get(kb);
  if (found) return found;
  const byId = new Map<string, Role>();
  for (const r of kb.roles) if (!byId.has(r.id)) byId.set(r.id, r);
  const previous = new Map<Role, Role[]>();
  const next = new Map<Role, Role[]>();
  const push = (map: Map<Role, Role[]>, from: Role | undefined, to: Role | undefined) => {
    if (!from || !to || from === to) return;
    const list = map.get(from);
    if (!list) map.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  // each role's own lists first, in their order, then the links other roles state of it
  for (const role of kb.roles) {
    for (const id of role.careerPath.previous) push(previous, role, byId.get(id));
    for (const id of role.careerPath.next) push(next, role, byId.get(id));
  }
  for (const role of kb.roles) {
    for (const id of role.careerPath.previous) push(next, byId.get(id), role);
    for (const id of role.careerPath.next) push(previous, byId.get(id), role);
  }
  found = { previous, next };
  linksOf.set(kb, found);
  return found;
}

/** The roles a role leads to, as the career paths say (either end of a link). */
export const leadsTo = (kb: KnowledgeBase, role: Role): readonly Role[] => links(kb).next.get(role) ?? [];

/**
 * The roles reachable from `role` in one direction, each with its longest distance from it: an
 * order in which every role comes after the roles that lead to it (a depth-first search that
 * skips the link closing a cycle), then the longest distances along that order.
 */
function reach(kb: KnowledgeBase, role: Role, dir: Direction): Map<Role, number> {
  const edges = links(kb)[dir];
  const state = new Map<Role, "open" | "done">();
  const order: Role[] = [];
  const kept = new Map<Role, Role[]>();
  // iterative, so that a long chain in a large KB cannot overflow the stack
  const stack: { role: Role; at: number }[] = [{ role, at: 0 }];
  state.set(role, "open");
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { role: Role; at: number };
    const out = edges.get(top.role) ?? [];
    if (top.at < out.length) {
      const to = out[top.at++] as Role;
      if (state.get(to) === "open") continue; // closes a cycle
      const list = kept.get(top.role);
      if (list) list.push(to);
      else kept.set(top.role, [to]);
      if (!state.has(to)) {
        state.set(to, "open");
        stack.push({ role: to, at: 0 });
      }
    } else {
      state.set(top.role, "done");
      order.push(top.role);
      stack.pop();
    }
  }
  const distance = new Map<Role, number>([[role, 0]]);
  for (let i = order.length - 1; i >= 0; i--) {
    const from = order[i] as Role;
    const d = distance.get(from) ?? 0;
    for (const to of kept.get(from) ?? []) distance.set(to, Math.max(distance.get(to) ?? 0, d + 1));
  }
  distance.delete(role);
  return distance;
}

/** The roles reachable from `role` in one direction, nearest first (breadth first, each list in its order). */
function nearestFirst(kb: KnowledgeBase, role: Role, dir: Direction): Map<Role, number> {
  const edges = links(kb)[dir];
  const seen = new Map<Role, number>([[role, 0]]);
  const queue = [role];
  for (let i = 0; i < queue.length; i++) {
    for (const to of edges.get(queue[i] as Role) ?? []) {
      if (seen.has(to)) continue;
      seen.set(to, seen.size);
      queue.push(to);
    }
  }
  return seen;
}

/** The rungs through `role`, in ladder order: the farthest before it first, the role, then after it. */
export function careerLadder(kb: KnowledgeBase, role: Role): Rung[] {
  const rungs = (dir: Direction, sign: number): Rung[] => {
    const byDistance = new Map<number, Role[]>();
    for (const [r, d] of reach(kb, role, dir)) {
      const rung = byDistance.get(d);
      if (rung) rung.push(r);
      else byDistance.set(d, [r]);
    }
    // within a rung, the nearest to the role first, as the career paths list them
    const order = nearestFirst(kb, role, dir);
    const at = (r: Role) => order.get(r) ?? 0;
    return [...byDistance]
      .map(([d, roles]) => ({ offset: sign * d, roles: roles.sort((a, b) => at(a) - at(b)) }))
      .sort((a, b) => a.offset - b.offset);
  };
  return [...rungs("previous", -1), { offset: 0, roles: [role] }, ...rungs("next", 1)];
}
