import { type Profile, type ProfileInput, ProfileSchema } from "../core/profile-schema.js";
import { schemaIssues } from "../core/schema-issues.js";
import { parseDocumentText } from "../core/yaml-document.js";
import type { InputIssue } from "../errors.js";

// Profiles from text (a file, stdin, a batch line) or from an object (flags, the quiz). Zod is
// loaded here only, so commands that need no profile do not pay for it.

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
  const result = ProfileSchema.safeParse(value);
  if (!result.success) return { ok: false, issues: schemaIssues(result.error, file, parsed.doc) };
  return { ok: true, profile: result.data };
}

/** Validates a profile built in code (from flags or answers); `where` names its origin in messages. */
export function parseProfileObject(input: ProfileInput | unknown, where: string): ProfileResult {
  const result = ProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, issues: schemaIssues(result.error, where) };
}
