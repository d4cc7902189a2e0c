// Languages by ISO 639-1 code or by English name ("German", "german" -> "de"). The names come
// from the runtime's own locale data (Intl.DisplayNames), so there is no table to keep.

const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
let byName: Map<string, string> | undefined;

/** The English name of a known two-letter code, or undefined for an unknown one. */
export function languageNameOf(code: string): string | undefined {
  if (!/^[a-z]{2}$/.test(code)) return undefined;
  return names.of(code) ?? undefined;
}

/** "de", "DE", "German" or "german" -> "de"; undefined when it is no language we know. */
export function toLanguageCode(text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  if (languageNameOf(wanted)) return wanted;
  byName ??= buildNameIndex();
  return byName.get(wanted);
}

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const a = "a".charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(a + i, a + j);
      const name = languageNameOf(code);
      if (name && !index.has(name.toLowerCase())) index.set(name.toLowerCase(), code);
    }
  }
  return index;
}
