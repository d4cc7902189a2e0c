// A candidate filter for fuzzy lookup in large KBs (issue #4: `role <typo>` within 0.5 s over
// 10,000 roles). fuse.js scores every name it is given, which over ~30,000 names takes most of a
// second; the names sharing the most three-letter pieces with the query go to fuse.js instead.
// Below `limit` names there is nothing to filter, so small KBs (the shipped one) see fuse.js alone.
//
// Trigrams are hashed into BUCKETS and kept in flat typed arrays (a compressed posting list), which
// builds in milliseconds where a Map of strings took a fifth of a second. A hash collision can only
// let an extra name through to fuse.js, which then scores it as it deserves.

export interface TrigramFilter {
  /** Indexes of the names most like `query`, at most `limit` of them, or undefined for all. */
  candidates(query: string): number[] | undefined;
}

const BUCKETS = 1 << 16;

export function trigramFilter(names: readonly string[], limit: number): TrigramFilter {
  if (names.length <= limit) return { candidates: () => undefined };
  let index: { starts: Uint32Array; postings: Uint32Array } | undefined;
  const counts = new Uint16Array(names.length);
  return {
    candidates(query) {
      index ??= buildIndex(names);
      const { starts, postings } = index;
      const touched: number[] = [];
      for (const bucket of new Set(trigramBuckets(query))) {
        for (let p = starts[bucket] ?? 0, end = starts[bucket + 1] ?? 0; p < end; p++) {
          const i = postings[p] ?? 0;
          if (counts[i] === 0) touched.push(i);
          counts[i] = (counts[i] ?? 0) + 1;
        }
      }
      const best = touched.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b).slice(0, limit);
      for (const i of touched) counts[i] = 0;
      return best;
    },
  };
}

/** Two passes over the names: count each bucket's postings, then place them. */
function buildIndex(names: readonly string[]): { starts: Uint32Array; postings: Uint32Array } {
  const starts = new Uint32Array(BUCKETS + 1);
  names.forEach((name) => {
    forEachBucket(name, (b) => {
      starts[b + 1] = (starts[b + 1] ?? 0) + 1;
    });
  });
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] = (starts[b + 1] ?? 0) + (starts[b] ?? 0);
  const next = starts.slice(0, BUCKETS);
  const postings = new Uint32Array(starts[BUCKETS] ?? 0);
  names.forEach((name, i) => {
    forEachBucket(name, (b) => {
      postings[next[b] ?? 0] = i;
      next[b] = (next[b] ?? 0) + 1;
    });
  });
  return { starts, postings };
}

/**
 * Calls `visit` with the bucket of each trigram of " text " (padded, so that word edges count):
 * " te", "tea", "eam", "am " for "team". A trigram seen twice in a name counts twice.
 */
function forEachBucket(text: string, visit: (bucket: number) => void): void {
  const padded = ` ${text} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    visit((padded.charCodeAt(i) * 961 + padded.charCodeAt(i + 1) * 31 + padded.charCodeAt(i + 2)) % BUCKETS);
  }
}

function trigramBuckets(text: string): number[] {
  const buckets: number[] = [];
  forEachBucket(text, (b) => buckets.push(b));
  return buckets;
}
