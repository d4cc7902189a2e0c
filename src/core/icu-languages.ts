// The English names of the two-letter (ISO 639-1) language codes, from ICU's locale data through
// Intl.DisplayNames. Making the first Intl.DisplayNames loads that data, 12-18 ms against a bare
// Node start-up of ~55 ms (measured here), and `match` and `role` name languages in every result:
// so the build calls this once and inlines the answer (tsup.config.ts, `__LANGUAGES__`), and only
// code run from source (the tests that import src/) calls it at run time (src/core/languages.ts).

export interface LanguageData {
  /** Each code in use -> its English name: de -> German, tl -> Filipino, bn -> Bangla. */
  names: Record<string, string>;
  /** A withdrawn code -> the one that replaced it: iw -> he, in -> id, mo -> ro. */
  withdrawn: Record<string, string>;
}

export function icuLanguages(): LanguageData {
  // fallback "none": undefined for a code ICU does not know, rather than the code itself
  const display = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  const names: Record<string, string> = {};
  const withdrawn: Record<string, string> = {};
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(97 + i, 97 + j);
      const name = display.of(code);
      if (name === undefined) continue;
      // ICU still names withdrawn codes (iw Hebrew, beside he): "Hebrew" must be read as he, the
      // code a KB asks for. tl stays tl: ICU's canonical "fil" has no two letters.
      const current = Intl.getCanonicalLocales(code)[0]?.split("-")[0] ?? code;
      if (current === code || current.length !== 2) names[code] = name;
      else withdrawn[code] = current;
    }
  }
  return { names, withdrawn };
}
