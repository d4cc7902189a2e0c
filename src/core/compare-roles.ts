import type { Role } from "./kb-schema.js";
import type { RoleLookup } from "./lookup.js";

// Which roles `compare` sets side by side (issue #17): each argument is a name, found as `role`
// finds it (src/core/find-role.ts). Two to four, each once: a name that is no single role is
// "nothing found" (exit 1, every such argument named); too few, too many or one role twice is
// invalid usage (exit 2).

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** What is wrong with comparing `count` roles, or undefined when nothing is. */
export function compareCountProblem(count: number): string | undefined {
  if (count >= COMPARE_MIN && count <= COMPARE_MAX) return undefined;
  return `compare takes ${COMPARE_MIN} to ${COMPARE_MAX} roles; ${count} ${count === 1 ? "was" : "were"} given`;
}

/** An argument that is not one role: its place (1-based), what was typed, and what the lookup found. */
export interface Miss {
  argument: number;
  query: string;
  lookup: Exclude<RoleLookup, { kind: "found" }>;
}

export type Picked =
  | { kind: "roles"; roles: Role[] }
  | { kind: "misses"; misses: Miss[] }
  /** Two arguments (1-based) that name the same role. */
  | { kind: "twice"; arguments: [number, number]; role: Role };

/**
 * The roles the arguments name; else every argument that names none (a name not found is told
 * before a role named twice: it may be the name meant to differ); else the first role named twice.
 */
export function pickRoles(queries: readonly string[], lookups: readonly RoleLookup[]): Picked {
  const misses: Miss[] = [];
  const roles: Role[] = [];
  const at = new Map<Role, number>();
  let twice: Extract<Picked, { kind: "twice" }> | undefined;
  lookups.forEach((lookup, i) => {
    if (lookup.kind !== "found") {
      misses.push({ argument: i + 1, query: queries[i] ?? "", lookup });
      return;
    }
    const first = at.get(lookup.role);
    if (first === undefined) at.set(lookup.role, i + 1);
    else twice ??= { kind: "twice", arguments: [first, i + 1], role: lookup.role };
    roles.push(lookup.role);
  });
  if (misses.length > 0) return { kind: "misses", misses };
  return twice ?? { kind: "roles", roles };
}
