import type { RoleMatch } from "../core/match-types.js";
import type { Profile } from "../core/profile-schema.js";
import { SCHEMA_VERSION } from "./json.js";

/** One result of `match --json` (and of each batch line): pinned by schemas/match.schema.json. */
export const matchResultJson = (m: RoleMatch) => ({
  id: m.role.id,
  title: m.role.title,
  score: m.score,
  eligible: m.eligible,
  reasons: m.reasons,
  gaps: m.gaps,
  breakdown: m.breakdown,
});

export const matchJson = (profile: Profile, matches: readonly RoleMatch[]) => ({
  schemaVersion: SCHEMA_VERSION,
  profile,
  results: matches.map(matchResultJson),
});
