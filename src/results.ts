import { meaningIndexOf } from "./core/find-role.js";
import type { KnowledgeBase, Role } from "./core/kb-schema.js";
import { MAX_NAME_CHARS, type RoleLookup } from "./core/lookup.js";
import type { RoleMatch } from "./core/match-types.js";
import type { Profile } from "./core/profile-schema.js";
import { rankTopRoles, scoreRole } from "./core/score.js";
import { MAX_SEARCH_CHARS, searchRoles } from "./core/search.js";
import { refuseLongText } from "./errors.js";
import { roleJson, roleNotFoundJson } from "./render/json.js";
import { type Market, matchJson, matchResultJson, type ResultField } from "./render/match-json.js";

// What `match`, `role` and `search` answer, made once for the commands (src/commands/: their
// text and their --json) and for the library (src/library.ts), so that the library's results
// are the --json output object for object, and cannot drift from it.

/** What `match` is asked to show: the best `top`, or every role (`all`); `explain` keeps conflicts too. */
export interface MatchChoice {
  top: number;
  all?: boolean;
  explain?: boolean;
}

export interface MatchRanking {
  shown: RoleMatch[];
  total: number;
  conflictsLeftOut: number;
  conflictsOn: readonly string[];
  market: Market;
}

/** The roles `match` shows for a profile, ranked; pay is for the profile's country and this year. */
export function matchRanking(kb: KnowledgeBase, profile: Profile, choice: MatchChoice): MatchRanking {
  // only the roles shown are worded (the rest are placed by their numbers);
  // --all and --explain ask for everything: conflicts too, last
  const everything = choice.all === true || choice.explain === true;
  const ranked = rankTopRoles(kb, profile, choice.all ? undefined : choice.top, everything);
  return {
    shown: ranked.matches,
    total: ranked.total,
    conflictsLeftOut: everything ? 0 : ranked.conflicts,
    conflictsOn: ranked.conflictsOn,
    market: { kb, country: profile.country, year: new Date().getFullYear() },
  };
}

/** `match --json`: pinned by schemas/match.schema.json. */
export const matchOutput = (profile: Profile, r: MatchRanking, fields?: readonly ResultField[]) =>
  matchJson(profile, r.shown, r.total, r.conflictsLeftOut, r.market, fields);

/** `role --json`: the role found (with how the profile fits it, given one), or why none was; pinned by schemas/role.schema.json. */
export function roleOutput(
  kb: KnowledgeBase,
  query: string,
  found: RoleLookup,
  profile: Profile | undefined,
  country: string | undefined,
) {
  switch (found.kind) {
    case "found":
      return roleFoundOutput(kb, found.role, profile && scoreRole(kb, found.role, profile), country);
    case "ambiguous":
      return roleNotFoundJson(query, found.candidates, true);
    case "none":
      return roleNotFoundJson(query, found.nearest, false);
  }
}

function roleFoundOutput(kb: KnowledgeBase, role: Role, fit: RoleMatch | undefined, country: string | undefined) {
  const year = new Date().getFullYear();
  return {
    ...roleJson(kb, role, country, year),
    ...(fit ? { fit: matchResultJson(fit, { kb, country, year }) } : {}),
  };
}

/** The roles `search` finds for a text (`search --json` is searchJson of them: schemas/search.schema.json). */
export const searchHits = async (kb: KnowledgeBase, text: string, limit: number) =>
  searchRoles(kb, await meaningIndexOf(kb), text, limit);

/** A role's name longer than a name can be is refused before the KB is read (issue #13). */
export const refuseLongName = (name: string) =>
  refuseLongText(
    name,
    MAX_NAME_CHARS,
    "the role name",
    "type a role's name or a few words of it, as in `bpo-advisor role team leader`",
  );

export const refuseLongSearch = (text: string) =>
  refuseLongText(
    text,
    MAX_SEARCH_CHARS,
    "the search text",
    "search for a few words, as in `bpo-advisor search payroll`",
  );
