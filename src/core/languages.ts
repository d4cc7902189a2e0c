import { LANGUAGE_NAMES } from "./language-names.js";

// Languages by ISO 639-1 code or by English name ("German", "german" -> "de"). The names come
// from the runtime's locale data, generated once into language-names.ts.

let byName: Map<string, string> | undefined;

/** The English name of a known two-letter code, or undefined for an unknown one. */
export const languageNameOf = (code: string): string | undefined =>
  Object.hasOwn(LANGUAGE_NAMES, code) ? LANGUAGE_NAMES[code] : undefined;

/** "de", "DE", "German" or "german" -> "de"; undefined when it is no language we know. */
export function toLanguageCode(text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  if (languageNameOf(wanted)) return wanted;
  byName ??= new Map(Object.entries(LANGUAGE_NAMES).map(([code, name]) => [name.toLowerCase(), code]));
  return byName.get(wanted);
}
