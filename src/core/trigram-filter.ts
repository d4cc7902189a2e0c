// A candidate filter for fuzzy lookup in large KBs (issue #4: `role <typo>` within 0.5 s over
// 10,000 roles). fuse.js scores every name it is given, which over ~30,000 names takes most of a
// second; the names sharing the most three-letter pieces with the query go to fuse.js instead.
// Below `limit` names there is nothing to filter, so small KBs (the shipped one) see fuse.js alone.
//
// Trigrams are hashed into BUCKETS. A command looks up one name per run, so each query scans the
// names once, counting their trigrams that fall in one of the query's buckets: one pass with no
// allocation per name, where building an index of every trigram (to answer that one query) took
// two passes and wrote each trigram down. A hash collision can only let an extra name through to
// fuse.js, which then scores it as it deserves.

export interface TrigramFilter {
  /** Indexes of the names most like `query`, at most `limit` of them, or undefined for all. */
  candidates(query: string): number[] | undefined;
}

const BUCKETS = 1 << 16;
const SPACE = 32;

export function trigramFilter(names: readonly string[], limit: number): TrigramFilter {
  if (names.length <= limit) return { candidates: () => undefined };
  return {
    candidates(query) {
      const wanted = new Uint8Array(BUCKETS);
      forEachBucket(query, (bucket) => {
        wanted[bucket] = 1;
      });
      const counts = new Uint32Array(names.length);
      names.forEach((name, i) => {
        counts[i] = sharedTrigrams(name, wanted);
      });
      return mostShared(counts, limit);
    },
  };
}

/**
 * Calls `visit` with the bucket of each trigram of " text " (padded, so that word edges count):
 * " te", "tea", "eam", "am " for "team".
 */
function forEachBucket(text: string, visit: (bucket: number) => void): void {
  const padded = ` ${text} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    visit(bucketOf(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2)));
  }
}

const bucketOf = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) % BUCKETS;

/**
 * How many trigrams of " text " fall in a wanted bucket, a trigram seen twice counting twice: the
 * loop of forEachBucket, with the padding read rather than built and no callback per trigram.
 */
function sharedTrigrams(text: string, wanted: Uint8Array): number {
  if (text === "") return 0;
  let count = 0;
  let a = SPACE;
  let b = text.charCodeAt(0);
  for (let i = 1; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SPACE;
    count += wanted[bucketOf(a, b, c)] ?? 0;
    a = b;
    b = c;
  }
  return count;
}

/**
 * The indexes with the highest counts (none with 0), most first and then in order, at most
 * `limit`: grouped by count, as counts are few, rather than sorting every name that shares a
 * trigram with the query (most names do).
 */
function mostShared(counts: Uint32Array, limit: number): number[] {
  const byCount = new Map<number, number[]>();
  counts.forEach((count, i) => {
    if (count === 0) return;
    const same = byCount.get(count);
    if (same) same.push(i);
    else byCount.set(count, [i]);
  });
  return [...byCount.keys()]
    .sort((a, b) => b - a)
    .flatMap((count) => byCount.get(count) ?? [])
    .slice(0, limit);
}
