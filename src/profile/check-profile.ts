import { countryOf } from "../core/countries.js";
import { duplicateKeyOf } from "../core/json-keys.js";
import { toLanguageCode } from "../core/languages.js";
import type { Profile } from "../core/profile-schema.js";
import { levelOf, yesNoOf } from "../core/vocabulary.js";
import { complete, validate } from "../generated/profile-validator.js";

// The fast check of a profile, without zod (issue #4): the validator compiled ahead of time from
// the zod schema (src/generated/profile-validator.js), then zod's own steps done here: defaults,
// language names read as codes, levels and yes/no words as their canonical values (the same
// functions zod's transforms call), a language listed twice. Undefined means "not sure": the caller
// asks zod (src/profile/parse-profile.ts), which has the final word and the messages.
// test/check-profile.test.ts checks that whatever this accepts, zod accepts as the same profile.

/** The profile `value` describes, or undefined when zod should look at it. `value` is not changed. */
export function checkProfile(value: unknown): Profile | undefined {
  if (!validate(value)) return undefined;
  const profile = complete(value) as Profile; // the schema's defaults, filled in as zod fills them
  const seen = new Set<string>();
  for (const language of profile.languages) {
    const code = toLanguageCode(language.code);
    if (code === undefined || seen.has(code)) return undefined;
    seen.add(code);
    language.code = code;
    language.level = levelOf(language.level) ?? language.level;
  }
  if (profile.country !== undefined) {
    const code = countryOf(profile.country);
    if (code === undefined) return undefined;
    profile.country = code;
  }
  const { preferences } = profile;
  if (preferences.nightShifts !== undefined) preferences.nightShifts = yesNoOf(preferences.nightShifts);
  return profile;
}

/** The same for a profile's text, when it is JSON (what scripts and pipelines send). */
export function checkProfileText(text: string): Profile | undefined {
  const start = text.trimStart()[0];
  if (start !== "{") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // a key given twice is refused, with its place, by the full parser (src/core/yaml-document.ts)
  return duplicateKeyOf(text, value) ? undefined : checkProfile(value);
}
