import type MiniSearch from "minisearch";
import type { SearchResult } from "minisearch";
import { compareIds } from "./compare.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import { lazy } from "./lazy.js";
import { normalizeName } from "./normalize.js";
import { NEAR, type Restorable, restorable, type SearchState, type TreeBranch } from "./search-state.js";

// Finding roles by the words people use (issue #16): a full-text index (minisearch) over each
// role's title, its other names (aliases, ESCO's labels of its occupation, the sector's words of
// data/kb/jargon.yaml), its skills and its responsibilities, weighted in that order. Words are
// stemmed (Porter, the `stemmer` package): "collections", "collection" and "collecting" are one
// stem, "collect", while "collector" stays "collector", so that a debt-collection query does not
// land on Data Collector through its title (its "collecting data" responsibility weighs little).
// A query word of five letters or more (as stemmed) that the index does not hold may be one edit
// off one it does (a typo); a word it holds is taken as written ("audit" does not also find
// "audio", nor "trainer" "trainee").

/** The libraries, loaded by the caller only when a query needs them (start-up: see lookup.ts). */
export interface MeaningLibraries {
  MiniSearch: typeof MiniSearch;
  stemmer: (word: string) => string;
}

export type MeaningField = "title" | "names" | "summary" | "skills" | "responsibilities";

/** Field weights: what a role is called above what it is, asks and does. */
const BOOST: Record<MeaningField, number> = { title: 3, names: 2.5, summary: 1.5, skills: 1, responsibilities: 1 };
/** British and American spellings the KB and its users mix: one stem each. */
const SPELLINGS: Record<string, string> = { centre: "center", centres: "centers" };
/**
 * Words the stemmer would merge with others of different work, kept apart: "excel" (the
 * spreadsheet) is not process "excellence", nor are "operations" a data entry "operator".
 */
const OWN_STEMS: Record<string, string> = {
  excellence: "excellence",
  excellent: "excellence",
  operator: "operator",
  operators: "operator",
};

/**
 * "non-" or "non " before a word, joined to it: "non-voice" is "nonvoice". (Its letters are
 * spelt in both cases: V8 takes ~0.4 ms more to compile \p{L} without regard to case.)
 */
const NOT_A_WORD = /\b[Nn][Oo][Nn][-\s]+(?=\p{L})/gu;

/** Words that say nothing of a role. */
const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "is",
  "it",
  "job",
  "jobs",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
  "work",
]);

export interface RoleText {
  role: Role;
  /** Every name of the role but its title: aliases, ESCO labels, the sector's words. */
  names: readonly string[];
}

export interface MeaningHit {
  role: Role;
  score: number;
  /** The share of the query's words it matched (0..1). */
  coverage: number;
  /** Whether one name of it (its title or another) holds every query word it matched. */
  named: boolean;
  /** The query's words (as stemmed) it holds in no field, not even a letter off. */
  unmatched: string[];
  /** What matched: the name or line of each field that holds a matched word. */
  matches: { field: MeaningField; text: string }[];
}

export interface MeaningIndex {
  search(text: string, limit?: number): MeaningHit[];
  /**
   * The index as minisearch holds it in memory, Maps and all, with the lines of the roles' texts
   * as it split them: the build keeps the shipped KB's (meaning-file.ts), to restore.
   */
  state(): StoredIndex;
  /** The query's words as the index holds them (stemmed, stop words left out). */
  terms(text: string): string[];
}

/** A line of a role's text (a name, a skill, a responsibility...), with its words as the index holds them. */
export interface IndexedLine {
  text: string;
  terms: readonly string[];
}

/** A role's lines, field by field: what a result says it matched is one of them. */
export type RoleLines = Record<MeaningField, readonly IndexedLine[]>;

/**
 * The index as the build keeps it (dist/meaning.bin: meaning-file.ts), each part read only when
 * a query needs it: minisearch's index (search-state.ts), the synonyms' stems, and each role's
 * lines, read for a result of the query alone. The shipped KB's roles' names (dist/names.json)
 * and the stemmer's work on their texts are in it: restoring it reads neither.
 */
export interface StoredIndex {
  search: SearchState;
  tree: readonly TreeBranch[];
  /** For the stem of each word of a synonym group (data/kb/jargon.yaml), the stems of its group. */
  synonyms: Map<string, readonly string[]>;
  /** Each role's lines, in the order of the KB's roles. */
  lines: readonly (() => RoleLines)[];
}

/** The KB's synonym groups (data/kb/jargon.yaml), as lists of words. */
export const synonymsOf = (kb: KnowledgeBase): string[][] => (kb.synonyms ?? []).map((g) => g.words);

/** Each role with its other names: aliases, then ESCO labels and sector words (issue #16). */
export function roleTexts(kb: KnowledgeBase): RoleText[] {
  const extra = new Map<string, string[]>();
  const add = (id: string, name: string) => extra.set(id, [...(extra.get(id) ?? []), name]);
  for (const e of kb.escoLabels ?? []) for (const label of e.labels) add(e.role, label);
  for (const j of kb.jargon ?? []) for (const id of j.roles) add(id, j.term);
  return kb.roles.map((role) => ({ role, names: [...role.aliases, ...(extra.get(role.id) ?? [])] }));
}

const FIELDS = ["title", "names", "summary", "skills", "responsibilities"] as const;

type Doc = Record<MeaningField, string> & { id: number };

/** The index of the roles' texts, built here (~20 ms for the shipped KB at start-up). */
export function meaningIndex(
  texts: readonly RoleText[],
  libraries: MeaningLibraries,
  synonyms: readonly (readonly string[])[] = [],
): MeaningIndex {
  const words = wordsOf(libraries);
  // a query's word also finds its synonyms' (data/kb/jargon.yaml), each counted as that word
  const same = new Map<string, readonly string[]>();
  for (const group of synonyms) {
    const stems = group.map((w) => words.processTerm(w)).filter((t): t is string => t !== null);
    for (const s of stems) same.set(s, [...new Set([...(same.get(s) ?? []), ...stems])]);
  }
  // split as the index splits its texts, so that a line holds the words it was indexed by
  const linesOf = (t: RoleText): RoleLines => {
    const lines = (texts: readonly string[]) => texts.map((text) => ({ text, terms: words.terms(text) }));
    return {
      title: lines([t.role.title]),
      names: lines(t.names),
      summary: lines([t.role.summary]),
      skills: lines(t.role.skills),
      responsibilities: lines(t.role.responsibilities),
    };
  };
  const { index, meaning } = searcherOf(libraries, words, {
    roles: texts.map((t) => t.role),
    synonyms: same,
    lines: texts.map((t) => lazy(() => linesOf(t))),
  });
  index.addAll(
    texts.map((t, id) => ({
      id,
      title: t.role.title,
      names: t.names.join(" \n "),
      summary: t.role.summary,
      skills: t.role.skills.join(" \n "),
      responsibilities: t.role.responsibilities.join(" \n "),
    })),
  );
  return meaning;
}

/**
 * The index the build made (state() of the index above, for the KB's roles in the same order),
 * restored: ~1 ms, where building it takes ~20 ms at start-up.
 */
export function restoredMeaningIndex(
  roles: readonly Role[],
  libraries: MeaningLibraries,
  stored: StoredIndex,
): MeaningIndex {
  const { index, meaning } = searcherOf(libraries, wordsOf(libraries), {
    roles,
    synonyms: stored.synonyms,
    lines: stored.lines.map((l) => lazy(l)),
  });
  index.restore(stored.search, stored.tree);
  return meaning;
}

/** How the index splits and stems a text: the same for the roles' texts and for a query. */
function wordsOf({ MiniSearch, stemmer }: MeaningLibraries) {
  // each word stemmed once
  const stems = new Map<string, string | null>();
  const processTerm = (term: string): string | null => {
    let stem = stems.get(term);
    if (stem !== undefined) return stem;
    const word = normalizeName(term);
    stem = word === "" || STOP_WORDS.has(word) ? null : (OWN_STEMS[word] ?? stemmer(SPELLINGS[word] ?? word));
    stems.set(term, stem);
    return stem;
  };
  // "non-voice" (or "non voice") is one word: a non-voice role is not found by "voice"
  const splitWords = MiniSearch.getDefault("tokenize") as (text: string) => string[];
  const tokenize = (text: string): string[] => splitWords(text.replace(NOT_A_WORD, "non"));
  const terms = (text: string) =>
    tokenize(text)
      .map(processTerm)
      .filter((t): t is string => t !== null);
  return { processTerm, tokenize, terms };
}

type Words = ReturnType<typeof wordsOf>;

/** What the search says of the roles: the KB's roles, in order, each with its lines, and the synonyms' stems. */
interface Searched {
  roles: readonly Role[];
  lines: readonly (() => RoleLines)[];
  synonyms: ReadonlyMap<string, readonly string[]>;
}

/** An index (empty, to fill or restore), and the search over it, saying what each result matched. */
function searcherOf({ MiniSearch }: MeaningLibraries, words: Words, { roles, lines, synonyms: same }: Searched) {
  /** For the query being searched: each synonym's stem, to the query word it stands for. */
  const originOf = new Map<string, string>();
  const searchTerm = (term: string): string | readonly string[] | null => {
    const stem = words.processTerm(term);
    if (stem === null) return null;
    const group = same.get(stem);
    if (!group) return stem;
    for (const s of group) if (!originOf.has(s) || s === stem) originOf.set(s, stem);
    return group;
  };
  /** A word of five letters or more that the index does not hold may be one letter off one it does. */
  const fuzzy = (term: string): number | false => (term.length >= 5 && !index.holds(term) ? 0.2 : false);
  const Index = restorable<Doc>(MiniSearch);
  const index: MiniSearch<Doc> & Restorable = new Index({
    fields: [...FIELDS],
    tokenize: words.tokenize,
    processTerm: words.processTerm,
    searchOptions: {
      boost: BOOST,
      fuzzy,
      maxFuzzy: NEAR,
      prefix: false,
      processTerm: searchTerm as (term: string) => string | string[] | null,
    },
  });
  /** Reads what of a restored index a query needs: the branches of its words, and of those near a typo. */
  const prepare = (text: string) => {
    for (const term of words.tokenize(text).flatMap((w) => searchTerm(w) ?? [])) {
      if (fuzzy(term) === false) index.need(term);
      else index.needNear(term);
    }
  };
  /**
   * The share of the query's words a result holds: a word found as written (or as a synonym)
   * counts 1, one found a letter off counts half ("banana bread" is not a role for "bread"
   * being one letter from "break").
   */
  const coverageOf = (r: SearchResult, asked: number): number => {
    if (asked === 0) return 0;
    const held = new Set(r.terms);
    const found = new Map<string, number>();
    for (const q of r.queryTerms) {
      const word = originOf.get(q) ?? q;
      found.set(word, Math.max(found.get(word) ?? 0, held.has(q) ? 1 : 0.5));
    }
    let sum = 0;
    for (const w of found.values()) sum += w;
    return Math.min(1, sum / asked);
  };
  const hitOf = (r: SearchResult, asked: ReadonlySet<string>): MeaningHit => {
    const id = r.id as number;
    const matches: MeaningHit["matches"] = [];
    const seen = new Set<string>();
    // the query's words it matched: a word matched both as written and a letter off ("analyst"
    // and "analysis") is one word, held by a name that holds either
    const held = new Set(r.queryTerms.map((q) => originOf.get(q) ?? q));
    const matched = held.size;
    let named = false;
    for (const field of FIELDS) {
      const stems = Object.entries(r.match)
        .filter(([, fields]) => fields.includes(field))
        .map(([term]) => term);
      if (stems.length === 0) continue;
      // the line of the field that holds the most of the matched words
      let best: string | undefined;
      let most = 0;
      for (const line of (lines[id] as () => RoleLines)()[field]) {
        const has = new Set(line.terms);
        const n = stems.filter((s) => has.has(s)).length;
        if (n > most) [best, most] = [line.text, n];
      }
      if ((field === "title" || field === "names") && most >= matched) named = true;
      if (best && !seen.has(best)) {
        seen.add(best);
        matches.push({ field, text: best });
      }
    }
    return {
      role: roles[id] as Role,
      score: r.score,
      coverage: coverageOf(r, asked.size),
      named,
      unmatched: [...asked].filter((w) => !held.has(w)),
      matches,
    };
  };
  const meaning: MeaningIndex = {
    terms: words.terms,
    state: () => {
      const { search, tree } = index.state();
      return { search, tree, synonyms: new Map(same), lines };
    },
    search: (text, limit = 10) => {
      originOf.clear(); // a query's synonyms stand for its own words, not an earlier query's
      const asked = new Set(words.terms(text));
      prepare(text);
      const idOf = (r: SearchResult) => (roles[r.id as number] as Role).id;
      // what matched is worked out for the results kept only: it reads their lines
      return index
        .search(text)
        .sort((a, b) => b.score - a.score || compareIds(idOf(a), idOf(b)))
        .slice(0, limit)
        .map((r) => hitOf(r, asked));
    },
  };
  return { index, meaning };
}
