import { compareIds } from "./compare.js";
import { CONFLICT, FACTORS, type FactorDef, type Facts, factsOf, type KbContext, NOT_KNOWN } from "./factors.js";
import type { KnowledgeBase, Role } from "./kb-schema.js";
import type { Band, Eligibility, Gap, RoleMatch, Verdict } from "./match-types.js";
import type { Profile } from "./profile-schema.js";
import { type RoleTerms, termsOf } from "./role-terms.js";
import { sharedWords, type Worded, wordedOf } from "./score-words.js";

// The scorer (issue #14): pure, no I/O. The KB is compiled once into a table per role and market
// (its terms and its rows: the factors that apply, each with its weight); ranking only sums each
// row's share of its weight, by numbers; the words (reasons, gaps, breakdown) are made only for
// the roles shown, and kept per row and profile value, so that a batch makes each once.
//
// Order: the roles a person can go for (eligible or not known, by score: a requirement not known
// earns only the neutral share, so such a role ranks below one with evidence at the same fit),
// then those with a gap, then those a step back from the person's level, then conflicts (shown
// only when everything is asked for). Ties: the role nearer the person's level (a step up before
// a step down), the person's earlier interest, eligible before not known, more requirements from
// the role's own sources, then id.

interface Row {
  def: FactorDef;
  /** Its points for a full share (requirements share theirs equally), and that rounded. */
  weight: number;
  max: number;
  /** Its words, by FactorDef.key (made with the first kept). */
  said: Map<string | number, Worded> | undefined;
}

interface CompiledRole {
  terms: RoleTerms;
  /** Its id's place among the KB's ids (ties are broken by it); NaN for a role not in the KB. */
  order: number;
  rows: readonly Row[];
  /** How many of its requirements the role's own sources give (more evidence ranks first among equals). */
  evidence: number;
}

interface Model {
  ctx: KbContext;
  idOrder: ReadonlyMap<string, number>;
  /** Per market ("" for none): each role's table, and those of kb.roles in order. */
  markets: Map<string, { roles: WeakMap<Role, CompiledRole>; all?: readonly CompiledRole[] }>;
  /** How many more words all the rows may keep (~5 MB at most). */
  budget: { left: number };
}

const KEPT_PER_KB = 20_000;
const KEPT_PER_ROW = 512;
const models = new WeakMap<KnowledgeBase, Model>();

function modelOf(kb: KnowledgeBase): Model {
  let model = models.get(kb);
  if (!model) {
    const labels = (entries: readonly { id: string; label: string }[]) => {
      const map = new Map<string, string>();
      for (const e of entries) if (!map.has(e.id)) map.set(e.id, e.label);
      return map;
    };
    const ranks = (entries: readonly { id: string }[]) => {
      const map = new Map<string, number>();
      entries.forEach((e, i) => {
        if (!map.has(e.id)) map.set(e.id, i + 1);
      });
      return map;
    };
    const v = kb.vocabularies;
    const titles = new Map<string, string>();
    for (const r of kb.roles) if (!titles.has(r.id)) titles.set(r.id, r.title);
    model = {
      ctx: {
        kb,
        scoring: kb.scoring,
        educationRank: ranks(v.educationLevels),
        educationLabel: labels(v.educationLevels),
        cefrRank: ranks(v.cefrLevels),
        fieldLabel: labels(v.fieldsOfStudy),
        domainLabel: labels(v.domains),
        titleOf: (id) => titles.get(id) ?? id,
      },
      idOrder: new Map([...titles.keys()].sort(compareIds).map((id, i) => [id, i])),
      markets: new Map(),
      budget: { left: KEPT_PER_KB },
    };
    models.set(kb, model);
  }
  return model;
}

function compiled(model: Model, role: Role, country: string | undefined): CompiledRole {
  const key = country ?? "";
  let market = model.markets.get(key);
  if (!market) {
    market = { roles: new WeakMap() };
    model.markets.set(key, market);
  }
  let c = market.roles.get(role);
  if (!c) {
    const terms = termsOf(model.ctx.kb, role, country);
    const defs = FACTORS.filter((d) => d.applies(terms));
    const requirements = defs.filter((d) => d.kind === "requirement").length;
    const { weights } = model.ctx.scoring;
    const rows = defs.map((def) => {
      const weight = def.kind === "requirement" ? weights.requirements / requirements : weights[def.weight];
      return { def, weight, max: round2(weight), said: undefined };
    });
    const { education, languages, experience } = terms;
    const evidence = [education, languages, experience].filter((p) => p?.origin.kind === "role").length;
    c = { terms, order: model.idOrder.get(role.id) ?? Number.NaN, rows, evidence };
    market.roles.set(role, c);
  }
  return c;
}

function compiledAll(model: Model, roles: readonly Role[], country: string | undefined): readonly CompiledRole[] {
  if (roles !== model.ctx.kb.roles) return roles.map((r) => compiled(model, r, country));
  const market = model.markets.get(country ?? "");
  if (market?.all) return market.all;
  const all = roles.map((r) => compiled(model, r, country));
  (model.markets.get(country ?? "") as { all?: readonly CompiledRole[] }).all = all;
  return all;
}

/** What a role's place in a ranking depends on: numbers only. */
export interface Standing {
  role: Role;
  score: number;
  eligibility: Eligibility;
  conflict: boolean;
  /** The factors it conflicts on (workMode, nightShifts), when it does. */
  conflictsOn: readonly string[];
  stepBack: boolean;
  band: Band;
  /** 0 can go for it, 1 has a gap, 2 a step back, 3 a conflict: the ranking's groups, in order. */
  group: number;
  gapCount: number;
  /** The gaps' distances added up (rounded). */
  distance: number;
  /** How far the role's level is from the person's: 0 at it, 1 a step up, 2 a step down, 3 two up, ... */
  levelFit: number;
  /** The role's domain's place among the person's interests (99 when not among them). */
  interestAt: number;
  compiled: CompiledRole;
}

function standingOf(model: Model, c: CompiledRole, facts: Facts): Standing {
  const { ctx } = model;
  const { neutral, ineligibleCap, bands, stepBackAfter } = ctx.scoring;
  let raw = 0;
  let gapCount = 0;
  let distance = 0;
  let unknown = false;
  let conflict = false;
  let conflictsOn: string[] = NONE;
  for (const row of c.rows) {
    const v = row.def.verdict(c.terms, facts, ctx);
    if (v === NOT_KNOWN) {
      raw += row.weight * neutral;
      if (row.def.kind === "requirement") unknown = true;
    } else if (v === CONFLICT) {
      conflict = true;
      conflictsOn = conflictsOn === NONE ? [row.def.name] : [...conflictsOn, row.def.name];
    } else {
      raw += row.weight * v;
      if (row.def.kind === "requirement" && v < 1) {
        gapCount += 1;
        distance += 1 - v;
      }
    }
  }
  const eligibility: Eligibility = gapCount > 0 ? "not-yet" : unknown ? "not-known" : "eligible";
  const score = Math.round(Math.min(100, eligibility === "not-yet" ? (raw * ineligibleCap) / 100 : raw));
  const levelGap = facts.levelRank - c.terms.levelRank;
  const stepBack = levelGap >= stepBackAfter;
  // at the person's level first, then one step up, one down, two up, ...
  const levelFit = levelGap === 0 ? 0 : levelGap < 0 ? -2 * levelGap - 1 : 2 * levelGap;
  distance = Math.round(distance * 1000) / 1000;
  const band: Band = conflict
    ? "conflict"
    : eligibility === "not-yet"
      ? distance <= bands.stretchDistance
        ? "stretch"
        : "not-yet"
      : eligibility === "not-known"
        ? "possible"
        : score >= bands.strong
          ? "strong"
          : "good";
  const at = facts.profile.preferences.interests.indexOf(c.terms.role.domain);
  return {
    role: c.terms.role,
    score,
    eligibility,
    conflict,
    conflictsOn,
    stepBack,
    band,
    group: conflict ? 3 : stepBack ? 2 : eligibility === "not-yet" ? 1 : 0,
    gapCount,
    distance,
    levelFit,
    interestAt: at < 0 ? 99 : at,
    compiled: c,
  };
}

const NONE: string[] = [];

/** a before b (< 0) or after (> 0): see the order at the top of this file. */
export function compareStandings(a: Standing, b: Standing): number {
  return (
    a.group - b.group ||
    b.score - a.score ||
    a.levelFit - b.levelFit ||
    a.interestAt - b.interestAt ||
    Number(a.eligibility !== "eligible") - Number(b.eligibility !== "eligible") ||
    b.compiled.evidence - a.compiled.evidence ||
    a.compiled.order - b.compiled.order ||
    compareIds(a.role.id, b.role.id)
  );
}

/** Every role's standing, best first, conflicts included. */
export function rankStandings(kb: KnowledgeBase, profile: Profile, roles: readonly Role[] = kb.roles): Standing[] {
  const model = modelOf(kb);
  const facts = factsOf(model.ctx, profile);
  return compiledAll(model, roles, facts.country)
    .map((c) => standingOf(model, c, facts))
    .sort(compareStandings);
}

/** A role's result as the words it is made of, before it is spelled out as a RoleMatch. */
export interface WordedMatch {
  role: Role;
  score: number;
  band: Band;
  eligibility: Eligibility;
  stepBack: boolean;
  /** The lines of the breakdown, in the order of FACTORS, each with its gap if any. */
  lines: readonly Worded[];
  /** The lines whose reasons are listed, in the order they are listed. */
  reasons: readonly Worded[];
}

export interface Ranking {
  matches: WordedMatch[];
  /** How many roles were ranked (conflicts included). */
  total: number;
  /** How many roles conflict with what the person said (left out unless all are asked for). */
  conflicts: number;
  /** The factors they conflict on: workMode, nightShifts. */
  conflictsOn: readonly string[];
}

/**
 * The best `limit` roles (all when undefined), in words. Conflicts are left out unless
 * `withConflicts` (--all, --explain): they come last.
 */
export function rankWorded(
  kb: KnowledgeBase,
  profile: Profile,
  limit: number | undefined,
  withConflicts: boolean,
  roles: readonly Role[] = kb.roles,
): Ranking {
  const model = modelOf(kb);
  const facts = factsOf(model.ctx, profile);
  const all = compiledAll(model, roles, facts.country);
  const standings: Standing[] = [];
  let conflicts = 0;
  const on = new Set<string>();
  for (const c of all) {
    const s = standingOf(model, c, facts);
    if (s.conflict) conflicts += 1;
    for (const f of s.conflictsOn) on.add(f);
    if (withConflicts || !s.conflict) standings.push(s);
  }
  standings.sort(compareStandings);
  const shown = limit === undefined ? standings : standings.slice(0, limit);
  return { matches: shown.map((s) => worded(model, s, facts)), total: all.length, conflicts, conflictsOn: [...on] };
}

/** rankWorded spelled out. */
export function rankTopRoles(
  kb: KnowledgeBase,
  profile: Profile,
  limit: number | undefined,
  withConflicts = false,
  roles: readonly Role[] = kb.roles,
): Omit<Ranking, "matches"> & { matches: RoleMatch[] } {
  const r = rankWorded(kb, profile, limit, withConflicts, roles);
  return { ...r, matches: r.matches.map(spelledOut) };
}

/** Every role, best first, conflicts last. */
export function rankRoles(kb: KnowledgeBase, profile: Profile, roles: readonly Role[] = kb.roles): RoleMatch[] {
  return rankTopRoles(kb, profile, undefined, true, roles).matches;
}

/** One role's result in full, as `role --profile` shows it. */
export function scoreRole(kb: KnowledgeBase, role: Role, profile: Profile): RoleMatch {
  const model = modelOf(kb);
  const facts = factsOf(model.ctx, profile);
  return spelledOut(worded(model, standingOf(model, compiled(model, role, facts.country), facts), facts));
}

const VERDICT_OF = (v: number, kind: FactorDef["kind"]): Verdict =>
  v === NOT_KNOWN
    ? "not-known"
    : v === CONFLICT
      ? "conflict"
      : v >= 1
        ? "met"
        : v <= 0 || kind === "requirement"
          ? "unmet"
          : "partial";

/** A role's words: each row's, kept by the profile value it reads. */
function worded(model: Model, s: Standing, facts: Facts): WordedMatch {
  const { ctx } = model;
  const c = s.compiled;
  const lines: Worded[] = [];
  for (const row of c.rows) {
    const key = row.def.key(c.terms, facts);
    let w = row.said?.get(key);
    if (!w) {
      const v = row.def.verdict(c.terms, facts, ctx);
      const words = row.def.words(c.terms, facts, ctx, v);
      const share = v === NOT_KNOWN ? ctx.scoring.neutral : v === CONFLICT ? 0 : v;
      const line = {
        factor: row.def.name,
        points: round2(row.weight * share),
        max: row.max,
        verdict: VERDICT_OF(v, row.def.kind),
        reason: words.reason,
      };
      w = wordedOf(line, words.rank, words.gap as Gap | undefined);
      row.said ??= new Map();
      if (row.said.size < KEPT_PER_ROW && model.budget.left > 0) {
        row.said.set(key, sharedWords(w));
        model.budget.left -= 1;
      }
    }
    lines.push(w);
  }
  const reasons = lines
    .filter((w) => w.reasonRank !== undefined && w.line.points > 0)
    .sort((a, b) => (a.reasonRank as number) - (b.reasonRank as number));
  return {
    role: s.role,
    score: s.score,
    band: s.band,
    eligibility: s.eligibility,
    stepBack: s.stepBack,
    lines,
    reasons,
  };
}

/** A result in full: its reasons, gaps, unknowns, conflicts and breakdown, as `match` shows them. */
export function spelledOut(w: WordedMatch): RoleMatch {
  const gaps: Gap[] = [];
  const unknown: string[] = [];
  const conflicts: string[] = [];
  for (const l of w.lines) {
    if (l.gap) gaps.push(l.gap);
    if (l.line.verdict === "conflict") conflicts.push(l.line.reason);
    else if (l.line.verdict === "not-known" && isRequirement(l.line.factor)) unknown.push(l.line.reason);
  }
  return {
    role: w.role,
    score: w.score,
    band: w.band,
    eligibility: w.eligibility,
    eligible: w.eligibility === "eligible" && conflicts.length === 0,
    stepBack: w.stepBack,
    reasons: w.reasons.map((r) => r.line.reason),
    gaps,
    unknown,
    conflicts,
    breakdown: w.lines.map((l) => l.line),
  };
}

const REQUIREMENTS = new Set(FACTORS.filter((d) => d.kind === "requirement").map((d) => d.name));
export const isRequirement = (factor: string) => REQUIREMENTS.has(factor as FactorDef["name"]);

const round2 = (n: number) => Math.round(n * 100) / 100;
