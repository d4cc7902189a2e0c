import { distance } from "fastest-levenshtein";
import type Fuse from "fuse.js";
import { compareIds } from "./compare.js";
import type { Role } from "./kb-schema.js";
import { lazy } from "./lazy.js";
import { normalizeName, sortWords } from "./normalize.js";
import { type CompiledNames, compileRoleNames, type RoleRef } from "./role-names.js";
import { type TrigramFilter, trigramFilter } from "./trigram-filter.js";

// Finding one role from a name typed any way: exact id or name first, then the same words in
// another order, then a name misspelt (each word a letter or two off: fastest-levenshtein), then
// fuzzy. The fuzzy score averages two fuse.js searches: token search (each
// word matched with typos, in any order) and whole-phrase search (which tells "acounts payble"
// from "accounts receivable" far better than single words do).
// fuse.js is handed in by the caller, which loads it only when the names alone do not settle a
// query: most queries are an id or a name, and loading fuse.js is ~2 ms of start-up (issue #4).

/** The fuse.js class (`(await import("fuse.js")).default`). */
export type FuseLibrary = typeof Fuse;

export type RoleLookup =
  | { kind: "found"; role: Role; matchedName: string; how: "id" | "name" | "thesaurus" | "words" | "fuzzy" }
  | {
      kind: "ambiguous";
      candidates: Candidate[];
      /** Why a word of the sector names several roles (data/kb/jargon.yaml), when it is one. */
      note?: string;
    }
  | { kind: "none"; nearest: Candidate[] };

export interface Candidate {
  /** The role, as its id and title (a list of candidates needs no more of it). */
  role: RoleRef;
  /** The title or alias that matched best. */
  name: string;
  /** 0 is a perfect match, 1 no match (fuse.js's scale). */
  score: number;
}

/**
 * The longest name a lookup takes. The longest real name is under 50 characters; fuzzy matching
 * costs grow with the query's length (a 100,000-character name took 44 s of CPU: issue #13), so a
 * longer one is refused at once rather than searched.
 */
export const MAX_NAME_CHARS = 200;

/** Tuning, checked against every seed name and typos of them in test/lookup.test.ts. */
const ACCEPT = 0.5; // worse than this is not a match
const CLEAR_WINNER_GAP = 0.1; // the best must beat the next role by this much
const NEAREST = 3;
/** At most this many names go to fuse.js for one query (see trigram-filter.ts). */
const FUZZY_CANDIDATES = 400;

/**
 * A name or thesaurus word as the misspelt-name stage compares it: its role's place, the name as
 * written, and its normalised words.
 */
interface Spelling {
  place: number;
  name: string;
  norm: string;
  /** The words of norm: split when first compared (most names are passed over by their first word's length). */
  words?: readonly string[];
}

interface NameEntry {
  /** Its role's place in the KB. */
  place: number;
  role: RoleRef;
  name: string;
  norm: string;
  /** The words of norm, sorted, for a match in any word order: worked out when first compared. */
  sorted?: string;
}

/**
 * What lookup needs of the roles, each part built on first use, so that a query answered early
 * (an id) does not pay for the later stages: with 10,000 roles that is most of the lookup's time.
 * A role is read in full only once it is found (`role`): a cached custom KB reads its roles then.
 */
export interface RoleIndex {
  roleById(id: string): Role | undefined;
  role(place: number): Role;
  /** A role's id and title, without reading it in full. */
  roleRef(place: number): RoleRef;
  names(): readonly NameEntry[];
  /** The names and the thesaurus's words, in words, for findRoleMisspelt. */
  spellings(): readonly Spelling[];
  filter(): TrigramFilter;
}

const FUSE_OPTIONS = { keys: ["norm"], includeScore: true, ignoreLocation: true, threshold: 0.6 };

/** The index of a list of roles, their names normalised here. */
export const indexRoles = (roles: readonly Role[]): RoleIndex =>
  indexNames(
    () => compileRoleNames(roles),
    (place) => roles[place] as Role,
  );

/** The index of a KB's compiled names (src/core/role-names.ts), reading a role in full with `roleAt`. */
export function indexNames(
  compiled: () => Pick<CompiledNames, "roles" | "names"> & Partial<Pick<CompiledNames, "thesaurus">>,
  roleAt: (place: number) => Role,
): RoleIndex {
  const byId = lazy(() => {
    const places = new Map<string, number>();
    compiled().roles.forEach((r, place) => {
      if (!places.has(r.id)) places.set(r.id, place);
    });
    return places;
  });
  // the compiled tuples are read by index, and walked with forEach: a destructured tuple or a
  // for...of in code V8 has not optimised makes an iterator and its results (~200 KB of garbage
  // for the shipped KB's ~650 names and words, and with it a garbage collection more)
  const names = lazy(() => {
    const { roles, names } = compiled();
    return names.map((n): NameEntry => ({ place: n[0], role: roles[n[0]] as RoleRef, name: n[1], norm: n[2] }));
  });
  const spellings = lazy(() => {
    const { names, thesaurus = [] } = compiled();
    const all: Spelling[] = names.map((n) => ({ place: n[0], name: n[1], norm: n[2], words: undefined }));
    thesaurus.forEach((t) => {
      t[1].forEach((r) => {
        all.push({ place: r[0], name: r[1], norm: t[0], words: undefined });
      });
    });
    return all;
  });
  const filter = lazy(() =>
    trigramFilter(
      names().map((n) => n.norm),
      FUZZY_CANDIDATES,
    ),
  );
  return {
    roleById: (id) => {
      const place = byId().get(id);
      return place === undefined ? undefined : roleAt(place);
    },
    role: roleAt,
    roleRef: (place) => compiled().roles[place] as RoleRef,
    names,
    spellings,
    filter,
  };
}

/** Every stage: by id or name first, then fuzzy. */
export function findRole(index: RoleIndex, query: string, fuse: FuseLibrary): RoleLookup {
  return findRoleByName(index, query) ?? findRoleFuzzy(index, query, fuse);
}

/** The role whose id or name the query is (in any case, spacing or word order), or whose names alone begin with it. */
export function findRoleByName(index: RoleIndex, query: string): RoleLookup | undefined {
  return findRoleByExactName(index, query) ?? findRoleByFirstWords(index, query);
}

/** The role whose id or name the query is (in any case, spacing or word order), if one is. */
export function findRoleByExactName(index: RoleIndex, query: string): RoleLookup | undefined {
  const byId = index.roleById(query.trim().toLowerCase());
  if (byId) return { kind: "found", role: byId, matchedName: byId.id, how: "id" };
  const norm = normalizeName(query);
  if (norm === "") return { kind: "none", nearest: [] };
  const names = index.names();
  const exact = names.find((e) => e.norm === norm) ?? sameWords(names, norm);
  if (exact) return { kind: "found", role: index.role(exact.place), matchedName: exact.name, how: "name" };
  return undefined;
}

/** The role whose names alone begin with the query's words, if one is. */
export function findRoleByFirstWords(index: RoleIndex, query: string): RoleLookup | undefined {
  const norm = normalizeName(query);
  const names = index.names();
  // the first words of a name ("accounts payable"), when every name they begin is one role's;
  // one word ("specialist") is too common a start to settle on a role
  const prefix = `${norm} `;
  const starts = norm.includes(" ") ? names.filter((e) => e.norm.startsWith(prefix)) : [];
  const [first] = starts;
  if (first && starts.every((e) => e.place === first.place)) {
    return { kind: "found", role: index.role(first.place), matchedName: first.name, how: "name" };
  }
  return undefined;
}

/**
 * How many letters a query word may be off (insertions, deletions, substitutions): none for a
 * word of four letters or fewer ("AR" is not "AP", "debt" not "data"), one up to eight letters,
 * two from nine ("specilist", "telemarketter").
 */
export const editsAllowed = (word: string): number => (word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2);

/**
 * A name misspelt: the role whose name (or thesaurus word) the query's words are, each within
 * editsAllowed of the same word of it ("tecnical suport", "custmer servce representative"); or,
 * failing a whole name, the first words of a name, for a query of two words or more ("acounts
 * payble" of "Accounts Payable Specialist"). One role, or "could be several" when the names
 * of several are as close ("custmer servce" begins names of three roles), fewest letters off
 * first. A query with no word long enough for a typo is left to the later stages at once.
 */
export function findRoleMisspelt(index: RoleIndex, query: string): RoleLookup | undefined {
  const asked = normalizeName(query).split(" ");
  if (!asked.some((w) => editsAllowed(w) > 0)) return undefined;
  // the letters each query word is off each word it is compared with, worked out once a word: a
  // name's words recur across names ("customer", "accounts"), and fewer calls keep V8 from
  // optimising the distance function, a compile that the process then waits for as it exits
  const seen = asked.map(() => new Map<string, number | undefined>());
  const allowed = asked.map(editsAllowed);
  const editsOf = (i: number, word: string): number | undefined => {
    const a = asked[i] as string;
    if (a === word) return 0;
    // most words are too long or short to be a few letters off: told apart before any lookup
    const max = allowed[i] as number;
    if (Math.abs(a.length - word.length) > max) return undefined;
    const memo = seen[i] as Map<string, number | undefined>;
    if (memo.has(word)) return memo.get(word);
    const d = distance(a, word);
    const edits = d <= max ? d : undefined;
    memo.set(word, edits);
    return edits;
  };
  // per role, its closest whole name and its closest name the query begins
  const whole = new Map<number, { name: string; edits: number }>();
  const first = new Map<number, { name: string; edits: number }>();
  const firstWord = asked[0] as string;
  for (const s of index.spellings()) {
    const space = s.norm.indexOf(" ");
    if (Math.abs((space < 0 ? s.norm.length : space) - firstWord.length) > (allowed[0] as number)) continue;
    s.words ??= s.norm.split(" ");
    const words = s.words;
    const isWhole = words.length === asked.length;
    if (!isWhole && (asked.length === 1 || words.length < asked.length)) continue;
    let edits: number | undefined = 0;
    for (let i = 0; i < asked.length && edits !== undefined; i++) {
      const e = editsOf(i, words[i] as string);
      edits = e === undefined ? undefined : edits + e;
    }
    if (edits === undefined) continue;
    const found = isWhole ? whole : first;
    const closest = found.get(s.place);
    if (!closest || edits < closest.edits) found.set(s.place, { name: s.name, edits });
  }
  const close = whole.size > 0 ? whole : first;
  const [only, other] = close;
  if (!only) return undefined;
  if (!other) return { kind: "found", role: index.role(only[0]), matchedName: only[1].name, how: "fuzzy" };
  const most = Math.max(...asked.map((_, i) => allowed[i] as number)) + 1;
  const candidates = [...close]
    .map(([place, { name, edits }]) => ({ role: index.roleRef(place), name, score: edits / (most * asked.length) }))
    .sort(byScoreThenId)
    .slice(0, SEVERAL_MISSPELT);
  return { kind: "ambiguous", candidates };
}

/** At most this many candidates for a name misspelt. */
const SEVERAL_MISSPELT = 5;

/** The fuzzy stage alone, for a query findRoleByName did not settle. */
export function findRoleFuzzy(index: RoleIndex, query: string, Fuse: FuseLibrary): RoleLookup {
  const norm = normalizeName(query);
  const names = index.names();
  // the names fuse.js scores, and its index of them, shared by both searches and nearestNames
  const picked = index.filter().candidates(norm);
  const fuzzy = picked ? picked.map((i) => names[i] as NameEntry) : names;
  const fuseIndex = Fuse.createIndex(FUSE_OPTIONS.keys, fuzzy);
  const ranked = rankRoles(Fuse, fuzzy, fuseIndex, norm);
  const [best, next] = ranked;
  if (!best || best.score > ACCEPT) return { kind: "none", nearest: nearestNames(Fuse, fuzzy, fuseIndex, norm) };
  if ((next?.score ?? 1) - best.score >= CLEAR_WINNER_GAP) {
    return { kind: "found", role: index.role(best.place), matchedName: best.name, how: "fuzzy" };
  }
  return {
    kind: "ambiguous",
    candidates: ranked
      .filter((c) => c.score <= ACCEPT)
      .slice(0, 5)
      .map(candidateOf),
  };
}

/** The first name with the words of `norm` in any order; only names as long as `norm` can be. */
function sameWords(names: readonly NameEntry[], norm: string): NameEntry | undefined {
  const sorted = sortWords(norm);
  return names.find((e) => {
    if (e.norm.length !== norm.length) return false;
    e.sorted ??= sortWords(e.norm);
    return e.sorted === sorted;
  });
}

type Hit = { item: NameEntry; score?: number };

type FuseIndex = ReturnType<typeof Fuse.createIndex<NameEntry>>;

function rankRoles(Fuse: FuseLibrary, names: readonly NameEntry[], fuseIndex: FuseIndex, norm: string): Placed[] {
  const words = bestPerRole(new Fuse(names, { ...FUSE_OPTIONS, useTokenSearch: true }, fuseIndex).search(norm));
  const phrase = bestPerRole(new Fuse(names, FUSE_OPTIONS, fuseIndex).search(norm));
  const ids = new Set([...words.keys(), ...phrase.keys()]);
  return [...ids]
    .map((id) => {
      const w = words.get(id);
      const p = phrase.get(id);
      const named = (w && p ? (w.score <= p.score ? w : p) : (w ?? p)) as Placed;
      return { ...named, score: ((w?.score ?? 1) + (p?.score ?? 1)) / 2 };
    })
    .sort(byScoreThenId);
}

/** For "no match": the closest names however far, so the person sees what there is. */
function nearestNames(Fuse: FuseLibrary, names: readonly NameEntry[], fuseIndex: FuseIndex, norm: string): Candidate[] {
  const loose = new Fuse(names, { ...FUSE_OPTIONS, threshold: 1 }, fuseIndex);
  return [...bestPerRole(loose.search(norm, { limit: 50 })).values()]
    .sort(byScoreThenId)
    .slice(0, NEAREST)
    .map(candidateOf);
}

/** A candidate with its role's place, to read the role in full if it is the one. */
type Placed = Candidate & { place: number };

const candidateOf = ({ role, name, score }: Placed): Candidate => ({ role, name, score });

function bestPerRole(results: Hit[]): Map<string, Placed> {
  const best = new Map<string, Placed>();
  for (const { item, score = 1 } of results) {
    const seen = best.get(item.role.id);
    if (!seen || score < seen.score)
      best.set(item.role.id, { role: item.role, name: item.name, score, place: item.place });
  }
  return best;
}

const byScoreThenId = (a: Candidate, b: Candidate) => a.score - b.score || compareIds(a.role.id, b.role.id);
