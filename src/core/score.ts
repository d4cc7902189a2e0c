import type { KnowledgeBase, Role } from "./kb-schema.js";
import type { Gap, RoleMatch } from "./match-types.js";
import type { Profile } from "./profile-schema.js";
import {
  factsOf,
  type KbPlan,
  type ProfileFacts,
  planOf,
  type RolePlan,
  rolePlanOf,
  rolePlansOf,
} from "./score-plan.js";
import { addPreferencePoints, wordPreferences } from "./score-preferences.js";
import {
  describeCheck,
  inputOf,
  type RequirementInput,
  type RequirementPlan,
  roundDistance,
  shortfallOf,
} from "./score-requirements.js";
import { factorLine, type Worded, wordedOf } from "./score-words.js";
import { Standings } from "./standings.js";

// The scorer: pure, no I/O. Requirements decide `eligible`; all factors give the score (0..100)
// with a breakdown; eligible roles rank first, then the closest of the rest; ties by id.
// A role's place needs only numbers (its `Standing`); the words (reasons, gaps, breakdown) are
// built only for the roles shown, which is most of the work when only the top 5 of 20 are.

export function scoreRole(kb: KnowledgeBase, role: Role, profile: Profile): RoleMatch {
  const plan = planOf(kb);
  return spelledOut(detail(plan, rolePlanOf(plan, role), factsOf(plan, profile)));
}

/** Every role, best first. */
export function rankRoles(kb: KnowledgeBase, profile: Profile, roles: readonly Role[] = kb.roles): RoleMatch[] {
  const plan = planOf(kb);
  const facts = factsOf(plan, profile);
  return inOrder(
    plan,
    roles.map((role) => detail(plan, rolePlanOf(plan, role), facts)),
  ).map(spelledOut);
}

/**
 * The first `limit` of rankRoles (all when undefined), the same in order and in every detail, for
 * less work: every role is placed by its numbers alone, and only those returned get their words.
 */
export function rankTopRoles(
  kb: KnowledgeBase,
  profile: Profile,
  limit: number | undefined,
  roles: readonly Role[] = kb.roles,
): RoleMatch[] {
  return rankTopWorded(kb, profile, limit, roles).map(spelledOut);
}

/**
 * A role's result as the words it is made of, before it is spelled out as a RoleMatch: a batch
 * writes the JSON of each kept line once, and then copies it (see render/match-json.ts).
 */
export interface WordedMatch {
  role: Role;
  score: number;
  eligible: boolean;
  /** The lines of the breakdown in order (requirements, then preferences), each with its gap if any. */
  lines: readonly Worded[];
  /** The lines whose reasons are listed, in the order they are listed. */
  reasons: readonly Worded[];
}

/** rankTopRoles before the results are spelled out. */
export function rankTopWorded(
  kb: KnowledgeBase,
  profile: Profile,
  limit: number | undefined,
  roles: readonly Role[] = kb.roles,
): WordedMatch[] {
  const plan = planOf(kb);
  const facts = factsOf(plan, profile);
  if (limit === undefined || limit >= roles.length) {
    // every role shown: words for all of them, in the order of rankRoles
    return inOrder(
      plan,
      rolePlansOf(plan, roles).map((role) => detail(plan, role, facts)),
    );
  }
  // Requirements come first: when `limit` roles or more are eligible, the others cannot be among
  // the first, so their preferences are not added up (~40% of the roles of a batch line of --top 5)
  const t = standingsOf(plan, roles);
  const onlyEligible = addRequirements(plan, t, facts) >= limit;
  const top: number[] = [];
  for (let row = 0; row < t.plans.length; row++) {
    if (onlyEligible && t.eligible[row] === 0) continue;
    addPreferences(plan, t, row, facts);
    t.keepTop(top, row, limit);
  }
  const shown: WordedMatch[] = [];
  for (const row of top) shown.push(detail(plan, t.plans[row] as RolePlan, facts));
  return shown;
}

/** A result in full: its reasons, gaps and breakdown, as `match` shows them. */
export function spelledOut(w: WordedMatch): RoleMatch {
  const gaps: Gap[] = [];
  for (const line of w.lines) if (line.gap) gaps.push(line.gap);
  return {
    role: w.role,
    score: w.score,
    eligible: w.eligible,
    reasons: w.reasons.map((r) => r.line.reason),
    gaps,
    breakdown: w.lines.map((l) => l.line),
  };
}

/** What a role's place in the ranking depends on. */
export interface Standing {
  role: Role;
  eligible: boolean;
  score: number;
  /** The breakdown's points added up, before an ineligible role's are scaled down. */
  points: number;
  gapCount: number;
  /** The gaps' distances added up, as listed (rounded). */
  distance: number;
}

/** Every role's standing, best first: the ranking by numbers alone, as rankTopRoles makes it. */
export function rankStandings(kb: KnowledgeBase, profile: Profile, roles: readonly Role[] = kb.roles): Standing[] {
  const plan = planOf(kb);
  const facts = factsOf(plan, profile);
  const t = standingsOf(plan, roles);
  addRequirements(plan, t, facts);
  for (let row = 0; row < t.plans.length; row++) addPreferences(plan, t, row, facts);
  return t.ranked().map((row) => ({
    role: (t.plans[row] as RolePlan).role,
    eligible: t.eligible[row] === 1,
    score: t.score[row] as number,
    points: t.points[row] as number,
    gapCount: t.gapCount[row] as number,
    distance: t.distance[row] as number,
  }));
}

/** The KB's table of standings (see standings.ts), emptied for a ranking of `roles`. */
function standingsOf(plan: KbPlan, roles: readonly Role[]): Standings {
  plan.standings ??= new Standings();
  return plan.standings.reset(rolePlansOf(plan, roles));
}

/**
 * Fills each row's standing from the role's requirements alone, and says how many roles are
 * eligible; a row's score comes with its preferences (addPreferences).
 */
function addRequirements(plan: KbPlan, t: Standings, facts: ProfileFacts): number {
  let eligibleCount = 0;
  for (let row = 0; row < t.plans.length; row++) {
    const role = t.plans[row] as RolePlan;
    let raw = 0;
    let gapCount = 0;
    let distance = 0;
    if (role.requirements.length === 0) raw += plan.kb.scoring.weights.requirements;
    for (const { req } of role.requirements) {
      const short = shortfallOf(req, facts);
      if (short === undefined) raw += round(role.share);
      else {
        raw += round(role.share * (1 - short));
        gapCount += 1;
        distance += roundDistance(short);
      }
    }
    t.points[row] = raw;
    t.gapCount[row] = gapCount;
    t.distance[row] = distance;
    t.eligible[row] = gapCount === 0 ? 1 : 0;
    if (gapCount === 0) eligibleCount += 1;
  }
  return eligibleCount;
}

/** Adds a row's preference points to its standing, in the same order as its breakdown, and scores it. */
function addPreferences(plan: KbPlan, t: Standings, row: number, facts: ProfileFacts): void {
  const points = addPreferencePoints(t.points[row] as number, plan, t.plans[row] as RolePlan, facts);
  t.points[row] = points;
  t.score[row] = scoreOf(plan, points, t.eligible[row] === 1);
}

/** A role's full result, in words: score, reasons, gaps and breakdown. */
function detail(plan: KbPlan, role: RolePlan, facts: ProfileFacts): WordedMatch {
  const lines: Worded[] = [];
  let raw = 0;
  let eligible = true;
  if (role.requirements.length === 0) lines.push(plan.noRequirements);
  for (const { req, said } of role.requirements) {
    const input = inputOf(req, facts);
    lines.push(said.kept(input) ?? said.keep(input, wordCheck(plan, role, req, input)));
  }
  const requirements = lines.length;
  wordPreferences(plan, role, facts, lines);
  for (const w of lines) {
    raw += w.line.points;
    if (w.gap) eligible = false;
  }
  // Reasons lead with what is personal (interests, field of study), then requirements met, then
  // the rest; "needs no previous experience" says least about the person, so it comes last.
  // Within a rank, preferences come before requirements.
  const reasons: Worded[] = [];
  for (let i = requirements; i < lines.length; i++) addReason(reasons, lines[i] as Worded);
  for (let i = 0; i < requirements; i++) addReason(reasons, lines[i] as Worded);
  return { role: role.role, score: scoreOf(plan, raw, eligible), eligible, lines, reasons };
}

/** Adds a line to the reasons if it is listed: after those of its rank and lower (a stable sort of a few). */
function addReason(reasons: Worded[], w: Worded): void {
  const rank = w.reasonRank;
  if (rank === undefined) return;
  // an insertion sort's step: those of a higher rank move up one, and it goes in before them
  let at = reasons.length;
  reasons.push(w);
  for (; at > 0 && ((reasons[at - 1] as Worded).reasonRank ?? 0) > rank; at -= 1) {
    reasons[at] = reasons[at - 1] as Worded;
  }
  reasons[at] = w;
}

/** A requirement in words: its check, and its line of the breakdown with its share of the points. */
function wordCheck(plan: KbPlan, role: RolePlan, req: RequirementPlan, input: RequirementInput): Worded {
  const c = describeCheck(plan, req, input);
  const line = factorLine(c.factor, round(role.share * c.closeness), role.max, c.text);
  // "needs no previous experience" says least about the person, so it comes last
  const reasonRank = c.met ? (c.closeness === 1 && c.text.startsWith("needs no") ? 9 : 2) : undefined;
  return wordedOf(line, reasonRank, c.gap);
}

/** An eligible role's points as they are (at most 100); an ineligible one's scaled into 0..ineligibleCap. */
const scoreOf = (plan: KbPlan, raw: number, eligible: boolean) =>
  Math.round(Math.min(100, eligible ? raw : (raw * plan.kb.scoring.ineligibleCap) / 100));

/** Results in the order of rankRoles: as the table of standings orders them (Standings.compare). */
function inOrder(plan: KbPlan, matches: readonly WordedMatch[]): WordedMatch[] {
  const t = standingsOf(
    plan,
    matches.map((m) => m.role),
  );
  for (let row = 0; row < matches.length; row++) {
    const m = matches[row] as WordedMatch;
    let gapCount = 0;
    let distance = 0;
    for (const { gap } of m.lines) {
      if (!gap) continue;
      gapCount += 1;
      distance += gap.distance;
    }
    t.eligible[row] = m.eligible ? 1 : 0;
    t.score[row] = m.score;
    t.gapCount[row] = gapCount;
    t.distance[row] = distance;
  }
  return t.ranked().map((row) => matches[row] as WordedMatch);
}

const round = (n: number) => Math.round(n * 100) / 100;
