import { type Profile, type ProfileInput, ProfileSchema } from "../core/profile-schema.js";
import { schemaIssues } from "../core/schema-issues.js";
import { parseDocumentText } from "../core/yaml-document.js";
import type { InputIssue } from "../errors.js";
import { checkProfile } from "./check-profile.js";

// Profiles from text (a file, stdin) or from an object (flags, the quiz, a batch line), with zod's
// word on each. A valid profile passes the fast check (./check-profile.ts) first; zod then runs
// only to explain what is wrong (or to decide, should the two ever differ). Commands load this
// module only when the fast check does not settle it, so a valid profile costs no zod.

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; issues: InputIssue[] };

/** Parses a YAML or JSON profile; problems come back located as file:line:col. */
export function parseProfileText(text: string, file: string): ProfileResult {
  const parsed = parseDocumentText(text, file);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const value = parsed.doc.value;
  if (value === null || value === undefined)
    return { ok: false, issues: [{ file, line: 1, col: 1, message: "the profile is empty" }] };
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      issues: [{ file, line: 1, col: 1, message: "a profile is a mapping of fields (languages, education, ...)" }],
    };
  }
  const fast = checkProfile(value);
  if (fast) return { ok: true, profile: fast };
  const result = ProfileSchema.safeParse(value);
  if (!result.success) return { ok: false, issues: schemaIssues(result.error, file, parsed.doc) };
  return { ok: true, profile: result.data };
}

/** Validates a profile built in code (from flags or answers); `where` names its origin in messages. */
export function parseProfileObject(input: ProfileInput | unknown, where: string): ProfileResult {
  const fast = checkProfile(input);
  if (fast) return { ok: true, profile: fast };
  const result = ProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, issues: schemaIssues(result.error, where) };
}
