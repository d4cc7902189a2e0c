import type { Factor, Gap } from "./match-types.js";

// A role's words: the lines of its breakdown, each with its reason and, for a requirement not
// met, its gap. The scorer keeps them per role, factor and the profile's value the factor reads
// (a batch meets the same few values again and again: English B2, 2 years, non-voice), so that
// each is made once; what is kept is shared by every result that has it, so it is frozen and
// marked `shared`, where the batch writer keeps its JSON (render/match-json.ts).

/** One line of a role's details in words: made by wordedOf. */
export interface Worded {
  line: Readonly<Factor>;
  /** Where its reason goes among the role's reasons (lower first); undefined when not listed. */
  reasonRank: number | undefined;
  /** For a requirement not met: the gap. */
  gap: Readonly<Gap> | undefined;
  /** Set on words that are kept (frozen): what a writer makes of them can be kept here too. */
  shared: { json: unknown } | undefined;
}

/** Words for a line of a breakdown, made with every field (objects of one shape read faster). */
export const wordedOf = (line: Readonly<Factor>, reasonRank: number | undefined, gap?: Readonly<Gap>): Worded => ({
  line,
  reasonRank,
  gap,
  shared: undefined,
});

/** Words kept are shared by every result that has them: frozen, and marked so (see Worded.shared). */
export function sharedWords(worded: Worded): Worded {
  Object.freeze(worded.line);
  if (worded.gap) {
    if (worded.gap.next) Object.freeze(worded.gap.next);
    Object.freeze(worded.gap);
  }
  worded.shared = { json: undefined };
  return worded;
}
