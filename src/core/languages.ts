import { icuLanguages, type LanguageData } from "./icu-languages.js";

// Languages by ISO 639-1 code, by the English name ICU gives them, or by a common other name
// ("German", "german", "DE", "Tagalog" -> the two-letter code a profile keeps).

/** Inlined by the build (tsup.config.ts); from source, asked of ICU at run time. */
declare const __LANGUAGES__: LanguageData | undefined;

/**
 * Names people type that ICU does not give (its names are in parentheses), each read as the
 * two-letter code of ISO 639-1, the profile's contract, which has no code for some of them.
 */
const OTHER_NAMES: Record<string, string> = {
  // Chinese (zh) is a macrolanguage in ISO 639-1, which has no code for Mandarin or Cantonese
  mandarin: "zh",
  cantonese: "zh",
  flemish: "nl", // Dutch as written and spoken in Belgium (Dutch)
  tagalog: "tl", // Filipino is the standard form of Tagalog (Filipino)
  pilipino: "tl",
  bengali: "bn", // (Bangla)
  farsi: "fa", // (Persian)
  oriya: "or", // the name until 2011 (Odia)
  panjabi: "pa", // (Punjabi)
  sinhalese: "si", // (Sinhala)
  castilian: "es", // Spanish as Spain calls it (Spanish)
  moldovan: "ro", // (Romanian)
  moldavian: "ro",
  valencian: "ca", // (Catalan)
  slovene: "sl", // (Slovenian)
  byelorussian: "be", // (Belarusian)
  pushto: "ps", // (Pashto)
  kirghiz: "ky", // (Kyrgyz)
  uighur: "ug", // (Uyghur)
  maldivian: "dv", // (Divehi)
  dhivehi: "dv",
};

let data: LanguageData | undefined;
let byWord: Map<string, string> | undefined;
const languages = (): LanguageData => {
  data ??= typeof __LANGUAGES__ === "object" ? __LANGUAGES__ : icuLanguages();
  return data;
};

/** The English name of a two-letter code in use, or undefined for any other. */
export const languageNameOf = (code: string): string | undefined => {
  const { names } = languages();
  return Object.hasOwn(names, code) ? names[code] : undefined;
};

/** "de", "DE", "German", "german", "Farsi", "iw" -> its code ("iw": he); undefined when it is no language we know. */
export function toLanguageCode(text: string): string | undefined {
  byWord ??= wordsOf(languages());
  return byWord.get(text.trim().toLowerCase());
}

function wordsOf({ names, withdrawn }: LanguageData): Map<string, string> {
  const words = new Map<string, string>();
  for (const [code, name] of Object.entries(names)) words.set(code, code).set(name.toLowerCase(), code);
  for (const [code, current] of Object.entries(withdrawn)) words.set(code, current);
  for (const [name, code] of Object.entries(OTHER_NAMES)) words.set(name, code);
  return words;
}

/** "English ("en") is given twice, as C1 and as B1": for a language listed twice, in a file or in flags. */
export const givenTwice = (code: string, first: string, second: string): string =>
  `${languageNameOf(code) ?? code} ("${code}") is given twice, as ${first} and as ${second}: give each language once`;
