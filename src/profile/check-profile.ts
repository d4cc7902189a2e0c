import { toLanguageCode } from "../core/languages.js";
import type { Profile } from "../core/profile-schema.js";
import { schema, validate } from "../generated/profile-validator.js";
import { compileDefaults } from "./json-schema-defaults.js";

// The fast check of a profile, without zod (issue #4): the validator compiled ahead of time from
// the zod schema (src/generated/profile-validator.js), then zod's own steps done here: defaults,
// language names read as codes, a language listed twice. Undefined means "not sure": the caller
// asks zod (src/profile/parse-profile.ts), which has the final word and the messages.
// test/check-profile.test.ts checks that whatever this accepts, zod accepts as the same profile.

/** The schema's defaults, filled in the way zod fills them. */
const completeProfile = compileDefaults(schema);

/** The profile `value` describes, or undefined when zod should look at it. `value` is not changed. */
export function checkProfile(value: unknown): Profile | undefined {
  if (!validate(value)) return undefined;
  const profile = completeProfile(value) as Profile;
  const seen = new Set<string>();
  for (const language of profile.languages) {
    const code = toLanguageCode(language.code);
    if (code === undefined || seen.has(code)) return undefined;
    seen.add(code);
    language.code = code;
  }
  return profile;
}

/** The same for a profile's text, when it is JSON (what scripts and pipelines send). */
export function checkProfileText(text: string): Profile | undefined {
  const start = text.trimStart()[0];
  if (start !== "{") return undefined;
  try {
    return checkProfile(JSON.parse(text));
  } catch {
    return undefined;
  }
}
