import type { KnowledgeBase, PayFigure, Role } from "../core/kb-schema.js";
import type { Candidate } from "../core/lookup.js";
import { fromBlogs, isDated, payFor } from "../core/pay.js";
import type { RoleTerms } from "../core/role-terms.js";
import type { SearchHit } from "../core/search.js";
import { citationsOf, sourceOf } from "../core/sources.js";

// The --json contracts. Their shapes are pinned by schemas/*.schema.json (generated from
// src/contracts.ts) and validated against the real command's output in test/json-contract.test.ts.
// A breaking change to any of them must bump SCHEMA_VERSION.
export const SCHEMA_VERSION = 3;

export const roleSummaryJson = (role: Role) => ({
  id: role.id,
  title: role.title,
  domain: role.domain,
  office: role.office,
  mode: role.process.mode,
});

export const candidateJson = (c: Candidate) => ({
  id: c.role.id,
  title: c.role.title,
  name: c.name,
  score: round(c.score),
});

/**
 * A role in full, with each source it cites in full (numbered as `role` prints them) and the pay
 * for the person's country (every country's without one), each figure marked when dated.
 */
export const roleJson = (kb: KnowledgeBase, role: Role, country: string | undefined, year: number) => ({
  schemaVersion: SCHEMA_VERSION,
  role,
  country: country ?? null,
  pay: payJson(kb, payFor(role, country), year),
  sources: [...citationsOf(role)].map(([id, n]) => ({ n, ...(sourceOf(kb, id) ?? { id, title: id }) })),
});

/** Pay figures as JSON: each as the KB has it, with whether it is dated and whether only blogs give it. */
export const payJson = (kb: KnowledgeBase, figures: readonly PayFigure[], year: number) =>
  figures.map((p) => ({ ...p, dated: isDated(p, year), fromBlog: fromBlogs(kb, p) }));

export const roleNotFoundJson = (query: string, candidates: readonly Candidate[], ambiguous: boolean) => ({
  schemaVersion: SCHEMA_VERSION,
  query,
  role: null,
  reason: ambiguous ? ("ambiguous" as const) : ("no-match" as const),
  candidates: candidates.map(candidateJson),
});

export const rolesJson = (roles: readonly Role[]) => ({
  schemaVersion: SCHEMA_VERSION,
  roles: roles.map(roleSummaryJson),
});

export const searchJson = (query: string, hits: readonly SearchHit[]) => ({
  schemaVersion: SCHEMA_VERSION,
  query,
  results: hits.map((h) => ({ ...roleSummaryJson(h.role), score: h.score, matches: h.matches })),
});

const round = (n: number) => Math.round(n * 1000) / 1000;

/** What a role asks in a market, as the scorer reads it (null: not known), each part with where it comes from. */
export const asksJson = (terms: RoleTerms) => ({
  education: terms.education ? { minimum: terms.education.minimum, origin: terms.education.origin } : null,
  languages: terms.languages
    ? {
        sets: terms.languages.sets.map((set) => set.map((l) => ({ code: l.code, level: l.level }))),
        origin: terms.languages.origin,
      }
    : null,
  experience: terms.experience ? { need: terms.experience.need, origin: terms.experience.origin } : null,
  typingWpm: terms.typingWpm ?? null,
});
