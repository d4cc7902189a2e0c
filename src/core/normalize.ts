// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\u0000-\u007f]*$/;

/** How names are compared: case, accents, punctuation and spacing do not matter; & is "and". */
export const normalizeName = (name: string): string =>
  // accents need Unicode decomposition; ASCII (most names, and large KBs) skips it
  (ASCII.test(name) ? name : name.normalize("NFKD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The same, with the words sorted, so that word order does not matter either. */
export const sortedWords = (name: string): string => normalizeName(name).split(" ").sort().join(" ");
