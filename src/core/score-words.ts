import type { Factor, Gap } from "./match-types.js";

// A role's words: the lines of its breakdown, each with its reason and, for a requirement not
// met, its gap; and the memos that keep them per role and input, so that a batch makes each once
// (see RolePlan.said in score-plan.ts).

/** One line of a role's details in words: made by wordedOf. */
export interface Worded {
  line: Readonly<Factor>;
  /** Where its reason goes among the role's reasons (lower first); undefined when not listed. */
  reasonRank: number | undefined;
  /** For a requirement not met: the gap. */
  gap: Readonly<Gap> | undefined;
  /**
   * Set on words that are kept, which many results share and which never change (their line and
   * gap are frozen): what a writer makes of them can be kept here too (render/match-json.ts keeps
   * their JSON). Words not kept have none.
   */
  shared: { json: unknown } | undefined;
}

// Words and their lines are each made in one place, with every field, so that all have one shape:
// a batch reads ~45 of them for each line it writes, and V8 reads objects of one shape faster
// than objects of several. (Made as they came, with a gap or without, and `shared` added to
// those kept, they had several: summing a result's points took ~0.5 us of a batch line.)

/** Words for a line of a breakdown. */
export const wordedOf = (line: Readonly<Factor>, reasonRank: number | undefined, gap?: Readonly<Gap>): Worded => ({
  line,
  reasonRank,
  gap,
  shared: undefined,
});

/** A line of a breakdown. */
export const factorLine = (factor: Factor["factor"], points: number, max: number, reason: string): Factor => ({
  factor,
  points,
  max,
  reason,
});

/**
 * A role's words for a factor, kept by the one value of a profile the factor looks at: a batch
 * meets the same few values for a role again and again (English B2, 2 years, non-voice). Values
 * such as years (2.25, 2.5, ...) can be many, and a KB may have 10,000 roles, so a memo keeps at
 * most LIMIT, and all the memos of a KB at most KEPT_PER_KB (score-plan.ts, ~5 MB); past that the words are
 * made each time. What is kept is shared by every result that has it, so it is frozen, and marked
 * `shared` (the batch writer keeps its JSON there: see render/match-json.ts).
 */
export class Memo<K> {
  static readonly LIMIT = 512;
  #kept: Map<K, Worded> | undefined; // made with the first words kept: most of 10,000 roles keep none

  constructor(readonly budget: { left: number }) {}

  /** The words kept for `key`, if any. */
  kept(key: K): Worded | undefined {
    return this.#kept?.get(key);
  }

  /** Keeps `worded` for `key` (while there is room), and gives it back. */
  keep(key: K, worded: Worded): Worded {
    this.#kept ??= new Map();
    if (this.#kept.size < Memo.LIMIT && this.budget.left > 0) {
      this.#kept.set(key, sharedWords(worded));
      this.budget.left -= 1;
    }
    return worded;
  }
}

/**
 * A Memo for a factor whose input is one of a few values (CaseRule.inputs), kept by the value's
 * place among them: an array is read for each of them and each result of a batch, where a Map's
 * lookup cost more (~0.3 us a batch line).
 */
export class PlacedMemo {
  readonly #kept: (Worded | undefined)[] = [];

  constructor(readonly budget: { left: number }) {}

  /** The words kept for the input at `place`, if any. */
  kept(place: number): Worded | undefined {
    return this.#kept[place];
  }

  /** Keeps `worded` for the input at `place` (while the budget lasts), and gives it back. */
  keep(place: number, worded: Worded): Worded {
    if (this.budget.left > 0) {
      // filled up to `place` first, so that the array has no holes (V8 reads such an array faster)
      while (this.#kept.length <= place) this.#kept.push(undefined);
      this.#kept[place] = sharedWords(worded);
      this.budget.left -= 1;
    }
    return worded;
  }
}

/** Words kept are shared by every result that has them: frozen, and marked so (see Worded.shared). */
export function sharedWords(worded: Worded): Worded {
  Object.freeze(worded.line);
  if (worded.gap) Object.freeze(worded.gap);
  worded.shared = { json: undefined };
  return worded;
}
