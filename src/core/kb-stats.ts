import { HUB_COUNTRIES } from "./countries.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import { isDated } from "./pay.js";
import { termsOf } from "./role-terms.js";
import { sourceOf } from "./sources.js";

// `kb stats` (issue #15): where a KB is thin, per role, for whoever edits it. A fact is anything
// the KB states with its own list of sources (a requirement, a shift, a pay figure, a KPI, a
// certification, a qualification pack, a classification, a job platform).

export interface RoleStats {
  id: string;
  /** How many facts the role states, and how many sources it cites in all. */
  facts: number;
  sources: number;
  /** Requirements the scorer has no reading of (not the role's, not usual for its level, not the ladder's). */
  unknownRequirements: string[];
  /** Requirements read from scoring.usualRequirements or the ladder, not the role's own sources. */
  borrowedRequirements: string[];
  /** The hub countries with no pay figure, and with no night-shift fact. */
  noPay: string[];
  noShifts: string[];
  /** Pay figures more than five years old. */
  datedPay: number;
  /** Facts every source of which is a blog, and their share of the facts. */
  blogFacts: number;
  blogShare: number;
}

export interface KbStats {
  roles: number;
  sources: number;
  facts: number;
  blogFacts: number;
  blogShare: number;
  datedPay: number;
  /** How many roles have no pay figure for each hub country. */
  rolesWithoutPay: Record<string, number>;
  rolesWithUnknownRequirements: number;
  perRole: RoleStats[];
}

const REQUIREMENTS = ["education", "languages", "experience"] as const;

/** Every fact of a role as the list of sources behind it. */
function factsOf(role: Role): (readonly string[])[] {
  const facts: (readonly string[])[] = [];
  const req = role.requirements;
  if (req.education) facts.push(req.education.sources);
  for (const l of req.languages ?? []) facts.push(l.sources);
  for (const o of req.languageOptions ?? []) for (const l of o.languages) facts.push(l.sources);
  if (req.experience) facts.push(req.experience.sources);
  if (req.typingWpm) facts.push(req.typingWpm.sources);
  if (role.shifts) facts.push(role.shifts.sources);
  for (const local of Object.values(role.countries ?? {})) {
    const r = local.requirements;
    if (local.shifts) facts.push(local.shifts.sources);
    if (r?.education) facts.push(r.education.sources);
    for (const l of r?.languages ?? []) facts.push(l.sources);
    for (const o of r?.languageOptions ?? []) for (const l of o.languages) facts.push(l.sources);
    if (r?.experience) facts.push(r.experience.sources);
    if (r?.typingWpm) facts.push(r.typingWpm.sources);
  }
  if (role.classification) facts.push(role.classification.sources);
  for (const list of [role.pay, role.kpis, role.certifications, role.qualificationPacks, role.jobPlatforms]) {
    for (const item of list) facts.push(item.sources);
  }
  return facts;
}

export function kbStats(kb: KnowledgeBase, year: number): KbStats {
  const blog = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => sourceOf(kb, id)?.kind === "blog");
  const perRole = kb.roles.map((role): RoleStats => {
    const facts = factsOf(role);
    const cited = new Set([...role.sources, ...facts.flat()]);
    const terms = termsOf(kb, role, undefined);
    const unknownRequirements = REQUIREMENTS.filter((r) => terms[r] === undefined);
    const borrowedRequirements = REQUIREMENTS.filter((r) => {
      const origin = terms[r]?.origin.kind;
      return origin !== undefined && origin !== "role";
    });
    const blogFacts = facts.filter(blog).length;
    return {
      id: role.id,
      facts: facts.length,
      sources: cited.size,
      unknownRequirements,
      borrowedRequirements,
      noPay: HUB_COUNTRIES.filter((c) => !role.pay.some((p) => p.country === c)),
      noShifts: HUB_COUNTRIES.filter((c) => !(role.countries?.[c]?.shifts ?? role.shifts)),
      datedPay: role.pay.filter((p) => isDated(p, year)).length,
      blogFacts,
      blogShare: share(blogFacts, facts.length),
    };
  });
  const sum = (pick: (r: RoleStats) => number) => perRole.reduce((n, r) => n + pick(r), 0);
  const facts = sum((r) => r.facts);
  const blogFacts = sum((r) => r.blogFacts);
  return {
    roles: kb.roles.length,
    sources: kb.sources.length,
    facts,
    blogFacts,
    blogShare: share(blogFacts, facts),
    datedPay: sum((r) => r.datedPay),
    rolesWithoutPay: Object.fromEntries(
      HUB_COUNTRIES.map((c) => [c, perRole.filter((r) => r.noPay.includes(c)).length]),
    ),
    rolesWithUnknownRequirements: perRole.filter((r) => r.unknownRequirements.length > 0).length,
    perRole,
  };
}

const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);
