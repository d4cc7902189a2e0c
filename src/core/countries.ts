// Countries (issue #14): a profile's market and a role's per-country facts, as ISO 3166-1
// alpha-2 codes (IN, PH, PL), read in any case. Their English names come from ICU's region
// data; making the first Intl.DisplayNames costs 12-18 ms of start-up (see icu-languages.ts), so
// the build asks ICU once and inlines the answer (tsup.config.ts, `__REGIONS__`), and only code
// run from source asks it at run time.

/** Inlined by the build; from source, asked of ICU at run time. */
declare const __REGIONS__: Record<string, string> | undefined;

/** Each two-letter code ICU names as a region -> its English name: IN -> India. */
export function icuRegions(): Record<string, string> {
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const names: Record<string, string> = {};
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(65 + i, 65 + j);
      const name = display.of(code);
      if (name !== undefined && name !== code && name !== "Unknown Region") names[code] = name;
    }
  }
  return names;
}

let regions: Record<string, string> | undefined;
const regionNames = (): Record<string, string> => {
  regions ??= typeof __REGIONS__ !== "undefined" ? __REGIONS__ : icuRegions();
  return regions;
};

/** "in" -> "IN"; undefined for text that is not a two-letter code ICU knows as a region. */
export function countryOf(text: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(text)) return undefined;
  const code = text.toUpperCase();
  return Object.hasOwn(regionNames(), code) ? code : undefined;
}

/** "IN" -> "India" (the code itself for one ICU does not know). */
export const countryName = (code: string): string => regionNames()[code] ?? code;

/** The markets the quiz offers first: the BPO hubs this advisor is written for. */
export const HUB_COUNTRIES = ["IN", "PH", "PL"] as const;

// English puts "the" before these names: the Philippines, the Netherlands, the United States, ...
const WITH_THE = new Set([
  "AE",
  "BS",
  "CF",
  "CD",
  "DO",
  "FK",
  "FO",
  "GB",
  "GM",
  "KM",
  "KY",
  "MH",
  "MV",
  "NL",
  "PH",
  "SB",
  "TC",
  "US",
  "VA",
  "VG",
  "VI",
]);

/** "in India", "in the Philippines". */
export const inCountry = (code: string): string => `in ${WITH_THE.has(code) ? "the " : ""}${countryName(code)}`;
