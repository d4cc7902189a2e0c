import type { Role } from "../core/kb-schema.js";
import type { Candidate } from "../core/lookup.js";
import type { SearchHit } from "../core/search.js";

// The --json contracts. Their shapes are pinned by schemas/*.schema.json (generated from
// src/contracts.ts) and validated against the real command's output in test/json-contract.test.ts.
// A breaking change to any of them must bump SCHEMA_VERSION.
export const SCHEMA_VERSION = 2;

export const roleSummaryJson = (role: Role) => ({
  id: role.id,
  title: role.title,
  domain: role.domain,
  office: role.office,
  mode: role.process.mode,
});

const candidateJson = (c: Candidate) => ({ id: c.role.id, title: c.role.title, name: c.name, score: round(c.score) });

export const roleJson = (role: Role) => ({ schemaVersion: SCHEMA_VERSION, role });

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
