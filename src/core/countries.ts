// Countries (issue #14): a profile's market and a role's per-country facts, as ISO 3166-1
// alpha-2 codes (IN, PH, PL), read in any case; ICU (Intl.DisplayNames) knows their names.

const names = new Intl.DisplayNames(["en"], { type: "region" });

/** "in" -> "IN"; undefined for text that is not a two-letter code ICU knows as a region. */
export function countryOf(text: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(text)) return undefined;
  const code = text.toUpperCase();
  const name = names.of(code);
  return name === undefined || name === code || name === "Unknown Region" ? undefined : code;
}

/** "IN" -> "India" (the code itself for one ICU does not know). */
export const countryName = (code: string): string => names.of(code) ?? code;

/** The markets the quiz offers first: the BPO hubs this advisor is written for. */
export const HUB_COUNTRIES = ["IN", "PH", "PL"] as const;
