import type MiniSearch from "minisearch";
import type { SearchResult } from "minisearch";
import { compareIds } from "./compare.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import { normalizeName } from "./normalize.js";
import { type Restorable, restorable, type SearchState } from "./search-state.js";

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

/** "non-" or "non " before a word, joined to it: "non-voice" is "nonvoice". */
const NOT_A_WORD = /\bnon[-\s]+(?=\p{L})/giu;

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
   * The index as minisearch holds it in memory, Maps and all, to restore (meaningIndex's
   * `prebuilt`): the build keeps the shipped KB's, serialized by V8 (scripts/build-kb.ts).
   */
  state(): IndexState;
  /** The query's words as the index holds them (stemmed, stop words left out). */
  terms(text: string): string[];
}

/** The index as the build keeps it: minisearch's (search-state.ts), and the stems it was built with. */
export interface IndexState extends SearchState {
  /** The stem of each word of the roles' texts. */
  stems: Map<string, string | null>;
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

/**
 * The index of the roles' texts; restored from `prebuilt` (what state() gave, for the same texts)
 * when given: that takes ~2 ms where building it takes ~20 ms at start-up.
 */
export function meaningIndex(
  texts: readonly RoleText[],
  { MiniSearch, stemmer }: MeaningLibraries,
  prebuilt?: IndexState,
  synonyms: readonly (readonly string[])[] = [],
): MeaningIndex {
  // each word stemmed once: the lines of the results' fields are stemmed again to say what matched
  // (a restored index comes with the stems of its texts' words, so that few are stemmed again)
  const stems = prebuilt?.stems ?? new Map<string, string | null>();
  const processTerm = (term: string): string | null => {
    let stem = stems.get(term);
    if (stem !== undefined) return stem;
    const word = normalizeName(term);
    stem = word === "" || STOP_WORDS.has(word) ? null : (OWN_STEMS[word] ?? stemmer(SPELLINGS[word] ?? word));
    stems.set(term, stem);
    return stem;
  };
  // a query's word also finds its synonyms' (data/kb/jargon.yaml), each counted as that word
  const same = new Map<string, string[]>();
  for (const group of synonyms) {
    const stems = group.map((w) => processTerm(w)).filter((t): t is string => t !== null);
    for (const s of stems) same.set(s, [...new Set([...(same.get(s) ?? []), ...stems])]);
  }
  /** For the query being searched: each synonym's stem, to the query word it stands for. */
  const originOf = new Map<string, string>();
  const searchTerm = (term: string): string | string[] | null => {
    const stem = processTerm(term);
    if (stem === null) return null;
    const group = same.get(stem);
    if (!group) return stem;
    for (const s of group) if (!originOf.has(s) || s === stem) originOf.set(s, stem);
    return group;
  };
  // "non-voice" (or "non voice") is one word: a non-voice role is not found by "voice"
  const splitWords = MiniSearch.getDefault("tokenize") as (text: string) => string[];
  const tokenize = (text: string): string[] => splitWords(text.replace(NOT_A_WORD, "non"));
  const options = {
    fields: ["title", "names", "summary", "skills", "responsibilities"],
    tokenize,
    processTerm,
    searchOptions: {
      boost: BOOST,
      fuzzy: (term: string): number | false => (term.length >= 5 && !index.holds(term) ? 0.2 : false),
      maxFuzzy: 1,
      prefix: false,
      processTerm: searchTerm,
    },
  };
  type Doc = { id: number; title: string; names: string; summary: string; skills: string; responsibilities: string };
  const Index = restorable<Doc>(MiniSearch);
  const index: MiniSearch<Doc> & Restorable = new Index(options);
  if (prebuilt !== undefined) index.restore(prebuilt);
  else {
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
  }
  // split as the index splits its texts and queries, so that a line holds the words it was indexed by
  const terms = (text: string) =>
    tokenize(text)
      .map(processTerm)
      .filter((t): t is string => t !== null);
  const linesOf = (t: RoleText, field: MeaningField): readonly string[] =>
    field === "title"
      ? [t.role.title]
      : field === "names"
        ? t.names
        : field === "summary"
          ? [t.role.summary]
          : field === "skills"
            ? t.role.skills
            : t.role.responsibilities;
  /**
   * The share of the query's words a result holds: a word found as written (or as a synonym)
   * counts 1, one found a letter off counts half ("banana bread" is not a role for "bread"
   * being one letter from "break").
   */
  const coverageOf = (r: SearchResult, asked: number): number => {
    if (asked === 0) return 0;
    const held = new Set(r.terms);
    const words = new Map<string, number>();
    for (const q of r.queryTerms) {
      const word = originOf.get(q) ?? q;
      words.set(word, Math.max(words.get(word) ?? 0, held.has(q) ? 1 : 0.5));
    }
    let sum = 0;
    for (const w of words.values()) sum += w;
    return Math.min(1, sum / asked);
  };
  const hitOf = (r: SearchResult, asked: ReadonlySet<string>): MeaningHit => {
    const t = texts[r.id as number] as RoleText;
    const matches: MeaningHit["matches"] = [];
    const seen = new Set<string>();
    // the query's words it matched: a word matched both as written and a letter off ("analyst"
    // and "analysis") is one word, held by a name that holds either
    const held = new Set(r.queryTerms.map((q) => originOf.get(q) ?? q));
    const matched = held.size;
    let named = false;
    for (const field of ["title", "names", "summary", "skills", "responsibilities"] as const) {
      const stems = Object.entries(r.match)
        .filter(([, fields]) => fields.includes(field))
        .map(([term]) => term);
      if (stems.length === 0) continue;
      // the line of the field that holds the most of the matched words
      let best: string | undefined;
      let most = 0;
      for (const line of linesOf(t, field)) {
        const words = new Set(terms(line));
        const n = stems.filter((s) => words.has(s)).length;
        if (n > most) [best, most] = [line, n];
      }
      if ((field === "title" || field === "names") && most >= matched) named = true;
      if (best && !seen.has(best)) {
        seen.add(best);
        matches.push({ field, text: best });
      }
    }
    return {
      role: t.role,
      score: r.score,
      coverage: coverageOf(r, asked.size),
      named,
      unmatched: [...asked].filter((w) => !held.has(w)),
      matches,
    };
  };
  return {
    terms,
    state: () => ({ ...index.state(), stems }),
    search: (text, limit = 10) => {
      originOf.clear(); // a query's synonyms stand for its own words, not an earlier query's
      const asked = new Set(terms(text));
      const idOf = (r: SearchResult) => (texts[r.id as number] as RoleText).role.id;
      // what matched is worked out for the results kept only: it stems each line of their fields
      return index
        .search(text)
        .sort((a, b) => b.score - a.score || compareIds(idOf(a), idOf(b)))
        .slice(0, limit)
        .map((r) => hitOf(r, asked));
    },
  };
}
