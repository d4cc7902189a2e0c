// A candidate filter for fuzzy lookup in large KBs (issue #4: `role <typo>` within 0.5 s over
// 10,000 roles). fuse.js scores every name it is given, which over ~30,000 names takes most of a
// second; names sharing the most three-letter pieces with the query go to fuse.js instead. Below
// `limit` names there is nothing to filter, so small KBs (the shipped one) see fuse.js alone.

export interface TrigramFilter {
  /** Indexes of the names most like `query`, at most `limit` of them, or undefined for all. */
  candidates(query: string): number[] | undefined;
}

export function trigramFilter(names: readonly string[], limit: number): TrigramFilter {
  if (names.length <= limit) return { candidates: () => undefined };
  // built on the first fuzzy query: an exact name or id never needs it
  let postings: Map<string, number[]> | undefined;
  const counts = new Uint16Array(names.length);
  return {
    candidates(query) {
      postings ??= buildPostings(names);
      counts.fill(0);
      const touched: number[] = [];
      for (const gram of new Set(trigrams(query))) {
        for (const i of postings.get(gram) ?? []) {
          if (counts[i] === 0) touched.push(i);
          counts[i] = (counts[i] ?? 0) + 1;
        }
      }
      return touched.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b).slice(0, limit);
    },
  };
}

function buildPostings(names: readonly string[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const gram of new Set(trigrams(name))) {
      const list = postings.get(gram);
      if (list) list.push(i);
      else postings.set(gram, [i]);
    }
  });
  return postings;
}

/** " team" -> " te", "tea", "eam", "am ": padded so that short words and word edges count. */
function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
