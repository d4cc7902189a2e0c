/** How names are compared: case, accents, punctuation and spacing do not matter; & is "and". */
export const normalizeName = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The same, with the words sorted, so that word order does not matter either. */
export const sortedWords = (name: string): string => normalizeName(name).split(" ").sort().join(" ");
