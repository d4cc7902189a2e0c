import type { Rung } from "../core/career-ladder.js";
import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { LadderFit } from "../core/ladder-standing.js";
import type { RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import type { Profile } from "../core/profile-schema.js";
import { termsOf } from "../core/role-terms.js";
import { asksJson, payJson, SCHEMA_VERSION } from "./json.js";
import { matchResultJson } from "./match-json.js";

// `path --json` (issue #17): pinned by schemas/path.schema.json.

export function pathJson(
  kb: KnowledgeBase,
  role: Role,
  ladder: readonly Rung[],
  { country, year, profile, fit }: { country: string | undefined; year: number; profile?: Profile; fit?: LadderFit },
) {
  const market = { kb, country, year };
  const fits = new Map<Role, RoleMatch>();
  for (const r of fit?.rungs ?? []) for (const s of r.steps) fits.set(s.role, s.fit);
  return {
    schemaVersion: SCHEMA_VERSION,
    role: { id: role.id, title: role.title },
    country: country ?? null,
    ...(profile ? { profile } : {}),
    ladder: ladder.map((rung) => ({
      rung: rung.offset,
      steps: rung.roles.map((r) => {
        const m = fits.get(r);
        return {
          id: r.id,
          title: r.title,
          level: r.level,
          mode: r.process.mode,
          asks: asksJson(termsOf(kb, r, country)),
          pay: payJson(kb, payFor(r, country), year),
          ...(m ? { fit: matchResultJson(m, market) } : {}),
        };
      }),
    })),
    ...(fit
      ? {
          standing: {
            eligible: fit.eligible.map((r) => r.id),
            at: fit.at ?? null,
            next: fit.next
              ? {
                  id: fit.next.fit.role.id,
                  title: fit.next.fit.role.title,
                  rung: fit.next.offset,
                  band: fit.next.fit.band,
                  eligibility: fit.next.fit.eligibility,
                  gaps: fit.next.fit.gaps,
                  unknown: fit.next.fit.unknown,
                  conflicts: fit.next.fit.conflicts,
                }
              : null,
          },
        }
      : {}),
  };
}
