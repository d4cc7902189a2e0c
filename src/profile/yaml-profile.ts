import type { Profile } from "../core/profile-schema.js";
import { parseDocumentText } from "../core/yaml-document.js";
import { checkProfile } from "./check-profile.js";

// A YAML profile (what `--save` writes) read with the YAML parser and the fast check alone: zod
// loads only to explain one this does not accept (src/validation.ts), as it does for JSON.

/** The profile a YAML text describes, or undefined when it should be explained (or is not YAML). */
export function checkYamlProfile(text: string, file: string): Profile | undefined {
  const parsed = parseDocumentText(text, file);
  return parsed.ok ? checkProfile(parsed.doc.value) : undefined;
}
