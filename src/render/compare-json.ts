import type { Miss } from "../core/compare-roles.js";
import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import type { Profile } from "../core/profile-schema.js";
import { termsOf } from "../core/role-terms.js";
import { asksJson, candidateJson, payJson, SCHEMA_VERSION } from "./json.js";
import { matchResultJson } from "./match-json.js";

// `compare --json` (issue #17): pinned by schemas/compare.schema.json.

const titled = (kb: KnowledgeBase, id: string) => ({ id, title: kb.roles.find((r) => r.id === id)?.title ?? id });

/** The night shifts shown: the person's country's (its own, else the role's), or the role's and each country's. */
function shiftsJson(role: Role, country: string | undefined) {
  const fact = (where: string | null, s: Role["shifts"]) => ({
    country: where,
    night: s?.night ?? null,
    ...(s?.note ? { note: s.note } : {}),
  });
  if (country) {
    const own = role.countries?.[country]?.shifts;
    return [own ? fact(country, own) : fact(null, role.shifts)];
  }
  const local = Object.entries(role.countries ?? {}).flatMap(([code, l]) => (l.shifts ? [fact(code, l.shifts)] : []));
  return [fact(null, role.shifts), ...local];
}

export function compareJson(
  kb: KnowledgeBase,
  roles: readonly Role[],
  {
    country,
    year,
    profile,
    fits,
  }: { country: string | undefined; year: number; profile?: Profile; fits?: readonly RoleMatch[] },
) {
  const market = { kb, country, year };
  return {
    schemaVersion: SCHEMA_VERSION,
    country: country ?? null,
    ...(profile ? { profile } : {}),
    roles: roles.map((role, i) => {
      const fit = fits?.[i];
      return {
        id: role.id,
        title: role.title,
        summary: role.summary,
        domain: role.domain,
        level: role.level,
        office: role.office,
        mode: role.process.mode,
        shifts: shiftsJson(role, country),
        asks: asksJson(termsOf(kb, role, country)),
        pay: payJson(kb, payFor(role, country), year),
        kpis: role.kpis.map((k) => ({ name: k.name, ...(k.description ? { description: k.description } : {}) })),
        careerPath: {
          previous: role.careerPath.previous.map((id) => titled(kb, id)),
          next: role.careerPath.next.map((id) => titled(kb, id)),
        },
        ...(fit ? { fit: matchResultJson(fit, market) } : {}),
      };
    }),
  };
}

/** The arguments that are not one role each: what was typed, and the candidates or the nearest names. */
export const compareMissesJson = (misses: readonly Miss[]) => ({
  schemaVersion: SCHEMA_VERSION,
  roles: null,
  misses: misses.map((m) => ({
    argument: m.argument,
    query: m.query,
    reason: m.lookup.kind === "ambiguous" ? ("ambiguous" as const) : ("no-match" as const),
    candidates: (m.lookup.kind === "ambiguous" ? m.lookup.candidates : m.lookup.nearest).map(candidateJson),
  })),
});
