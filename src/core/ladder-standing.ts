import { leadsTo, type Rung } from "./career-ladder.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import type { RoleMatch } from "./match-types.js";
import type { Profile } from "./profile-schema.js";
import { rankTopRoles } from "./score.js";

// Where a person stands on a career ladder (issue #17, `path --profile`), each step scored as
// `match` scores it. The steps they can take now are those they are eligible for (every
// requirement known and met, nothing against what they said): "not known" never counts. They
// stand on the highest rung with such a step. The next step is a step up from there: of the
// steps above it that one they are eligible for leads to, the nearest rung's (else the rung just
// above); with none eligible yet, the ladder's ways in (the steps no step of it leads to). Among
// those, the best in match's order: a role whose requirements are not known before one with a
// gap, a conflict last.

export interface LadderFit {
  /** The rungs in ladder order, each role with its result; the roles in the rung's order. */
  rungs: { offset: number; steps: { role: Role; fit: RoleMatch }[] }[];
  /** The roles the person is eligible for now, in ladder order. */
  eligible: Role[];
  /** The offset of the highest rung with a role they are eligible for; undefined: none yet. */
  at: number | undefined;
  /** The step to take next and its rung; undefined when none is above where they stand. */
  next: { offset: number; fit: RoleMatch } | undefined;
}

export function fitOnLadder(kb: KnowledgeBase, profile: Profile, ladder: readonly Rung[]): LadderFit {
  const rungs = ladder.map((rung) => {
    const fits = new Map(rankTopRoles(kb, profile, undefined, true, rung.roles).matches.map((m) => [m.role, m]));
    return { offset: rung.offset, steps: rung.roles.map((role) => ({ role, fit: fits.get(role) as RoleMatch })) };
  });
  const rungOf = new Map<Role, number>();
  const fitOf = new Map<Role, RoleMatch>();
  // a role on a loop through the role is on two rungs: it counts on the first
  rungs.forEach((r, i) => {
    for (const s of r.steps) {
      if (rungOf.has(s.role)) continue;
      rungOf.set(s.role, i);
      fitOf.set(s.role, s.fit);
    }
  });
  const eligible = [...rungOf.keys()].filter((r) => fitOf.get(r)?.eligible);
  const top = eligible.length > 0 ? Math.max(...eligible.map((r) => rungOf.get(r) as number)) : -1;
  const above = (r: Role) => (rungOf.get(r) ?? -1) > top;
  let ways: Role[];
  if (eligible.length === 0) {
    const reached = new Set(ladder.flatMap((rung) => rung.roles.flatMap((r) => leadsTo(kb, r))));
    ways = ladder.flatMap((rung) => rung.roles.filter((r) => !reached.has(r)));
    // a ladder that is all one loop has no way in: its first rung is one
    if (ways.length === 0) ways = [...(ladder[0]?.roles ?? [])];
  } else {
    ways = [...new Set(eligible.flatMap((r) => leadsTo(kb, r).filter(above)))];
    if (ways.length === 0) ways = [...(ladder[top + 1]?.roles ?? [])];
  }
  const nearest = Math.min(...ways.map((r) => rungOf.get(r) as number));
  const best = rankTopRoles(
    kb,
    profile,
    1,
    true,
    ways.filter((r) => rungOf.get(r) === nearest),
  ).matches[0];
  return {
    rungs,
    eligible,
    at: top < 0 ? undefined : rungs[top]?.offset,
    next: best ? { offset: rungs[nearest]?.offset as number, fit: fitOf.get(best.role) ?? best } : undefined,
  };
}
