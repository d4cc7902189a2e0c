import { compareIds } from "./compare.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import type { Factor, RoleMatch } from "./match-types.js";
import type { Profile } from "./profile-schema.js";
import { preferenceFactors } from "./score-preferences.js";
import { checkRequirements } from "./score-requirements.js";

// The scorer: pure, no I/O. Requirements decide `eligible`; all factors give the score (0..100)
// with a breakdown; eligible roles rank first, then the closest of the rest; ties by id.

export function scoreRole(kb: KnowledgeBase, role: Role, profile: Profile): RoleMatch {
  const checks = checkRequirements(kb, role, profile);
  const weight = kb.scoring.weights.requirements;
  const requirementFactors: Factor[] =
    checks.length === 0
      ? [
          {
            factor: "requirements",
            points: weight,
            max: weight,
            reason: "the sources state no requirements for this role",
          },
        ]
      : checks.map((c) => ({
          factor: c.factor,
          points: round((weight / checks.length) * c.closeness),
          max: round(weight / checks.length),
          reason: c.text,
        }));
  const preferences = preferenceFactors(kb, role, profile);
  const breakdown = [...requirementFactors, ...preferences.map(({ good: _, ...f }) => f)];
  const eligible = checks.every((c) => c.met);
  const raw = breakdown.reduce((sum, f) => sum + f.points, 0);
  const score = Math.round(Math.min(100, eligible ? raw : (raw * kb.scoring.ineligibleCap) / 100));
  // Reasons lead with what is personal (interests, field of study), then requirements met, then
  // the rest; "needs no previous experience" says least about the person, so it comes last.
  const reasons = [
    ...preferences
      .filter((f) => f.good && f.points > 0)
      .map((f) => ({ text: f.reason, rank: REASON_RANK[f.factor] ?? 3 })),
    ...checks
      .filter((c) => c.met)
      .map((c) => ({ text: c.text, rank: c.closeness === 1 && c.text.startsWith("needs no") ? 9 : 2 })),
  ]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.text);
  return { role, score, eligible, reasons, gaps: checks.flatMap((c) => (c.gap ? [c.gap] : [])), breakdown };
}

export function rankRoles(kb: KnowledgeBase, profile: Profile, roles: readonly Role[] = kb.roles): RoleMatch[] {
  return roles.map((role) => scoreRole(kb, role, profile)).sort(compareMatches);
}

/** Eligible first, by score; then the rest by fewest gaps, smallest total distance, score; then id. */
export function compareMatches(a: RoleMatch, b: RoleMatch): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (!a.eligible) {
    const byCount = a.gaps.length - b.gaps.length;
    if (byCount !== 0) return byCount;
    const byDistance = totalDistance(a) - totalDistance(b);
    if (Math.abs(byDistance) > 1e-9) return byDistance;
  }
  return b.score - a.score || compareIds(a.role.id, b.role.id);
}

const REASON_RANK: Partial<Record<Factor["factor"], number>> = {
  interests: 0,
  fieldOfStudy: 1,
  extraLanguages: 3,
  workMode: 4,
  nightShifts: 5,
};

const totalDistance = (m: RoleMatch) => m.gaps.reduce((sum, g) => sum + g.distance, 0);
const round = (n: number) => Math.round(n * 100) / 100;
