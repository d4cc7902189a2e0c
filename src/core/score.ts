import { compareIds } from "./compare.js";
import {
  CONFLICT,
  FACTORS,
  type FactorDef,
  type FactorName,
  type Facts,
  FLOOR_MET,
  factsOf,
  type KbContext,
  NOT_KNOWN,
} from "./factors.js";
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
// a step down), the person's earlier interest, more requirements from the role's own sources,
// then id; and before all of them, eligible before not known (issue #14: a role whose
// requirements are not known ranks below every role with evidence at the same fit).

interface Row {
  def: FactorDef;
  /** Its factor's place in FACTORS. */
  index: number;
  /** Whether its factor is keyed by the profile alone (FactorDef.byProfile): its verdicts are in the market's columns. */
  byProfile: boolean;
  requirement: boolean;
  /** What a conflict of this factor is flagged as (see Tally.flags). */
  conflictBit: number;
  /** Its points for a full share (requirements share theirs equally), and that rounded. */
  weight: number;
  max: number;
  /** Its words, by FactorDef.key (made with the first kept); for a factor keyed by the profile, in the market's columns too. */
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

/**
 * A market's verdicts of the factors keyed by the profile alone (FactorDef.byProfile): for each
 * factor (by its place in FACTORS) and key, one column of every role's verdict, in the order of
 * the market's `all` (NaN where the factor does not apply), made whole when the key first comes.
 * A line reads one column per factor, its roles side by side: per-row tables of verdicts, read
 * role by role, took ~60% of the tally (the loads missed the processor's caches), ~15% of a line.
 */
interface Columns {
  byFactor: (Float64Array | undefined)[][];
  /** The words kept, the same way (by factor, key and role; filled as roles are shown). */
  said: (Worded | undefined)[][][];
  /** This line's column for each factor (undefined: worked out role by role), by its place in FACTORS. */
  now: (Float64Array | undefined)[];
}

interface Market {
  roles: WeakMap<Role, CompiledRole>;
  all?: readonly CompiledRole[];
  columns?: Columns;
}

interface Model {
  ctx: KbContext;
  idOrder: ReadonlyMap<string, number>;
  /** Per market ("" for none): each role's table, and those of kb.roles in order. */
  markets: Map<string, Market>;
  /** How many more cells all the markets' columns may have (see Columns): past that, verdicts are worked out each time. */
  cellsLeft: number;
  /** How many more words all the rows may keep (references to words kept once per content: see interned). */
  budget: { left: number };
  /** The words kept, by their content (see interned). */
  contents: Map<string, Worded>;
  /** The columns a ranking fills (see Tally): made with the first ranking, kept for the next. */
  tally?: Tally;
  /** The profile's keys of the factors keyed by it (see placesOf). */
  places?: Int32Array;
}

/**
 * How many words the rows of a KB may keep, and one row: a row keeps a reference for each value
 * it has met (a batch over the shipped KB keeps ~10,000 of ~600 contents); past that, words are
 * made each time. 1,000,000 batch lines peaked at ~185 MB.
 */
const KEPT_PER_KB = 100_000;
const KEPT_PER_ROW = 4096;
/** Cells of verdict columns per KB (8 bytes each): the shipped KB fills ~100,000 (a few keys of each factor, 37 roles). */
const CELLS_PER_KB = 2_000_000;
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
      cellsLeft: CELLS_PER_KB,
      budget: { left: KEPT_PER_KB },
      contents: new Map(),
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
      return {
        def,
        index: FACTORS.indexOf(def),
        byProfile: def.byProfile !== undefined,
        requirement: def.kind === "requirement",
        conflictBit: CONFLICT_BIT[def.name] ?? 4,
        weight,
        max: round2(weight),
        said: undefined,
      };
    });
    const { education, languages, experience } = terms;
    const evidence = [education, languages, experience].filter((p) => p?.origin.kind === "role").length;
    c = { terms, order: model.idOrder.get(role.id) ?? Number.NaN, rows, evidence };
    market.roles.set(role, c);
  }
  return c;
}

/** The tables of `roles` in the market, and the market's verdict columns when they are the KB's roles in order. */
function compiledAll(
  model: Model,
  roles: readonly Role[],
  country: string | undefined,
): { all: readonly CompiledRole[]; columns: Columns | undefined } {
  if (roles !== model.ctx.kb.roles) return { all: roles.map((r) => compiled(model, r, country)), columns: undefined };
  const market = model.markets.get(country ?? "");
  if (market?.all && market.columns) return { all: market.all, columns: market.columns };
  const all = roles.map((r) => compiled(model, r, country));
  const made = model.markets.get(country ?? "") as Market;
  made.all = all;
  made.columns = { byFactor: FACTORS.map(() => []), said: FACTORS.map(() => []), now: FACTORS.map(() => undefined) };
  return { all, columns: made.columns };
}

/** Sets `columns.now` to the profile's column of each factor keyed by it, each made when its key first comes. */
function columnsFor(model: Model, all: readonly CompiledRole[], columns: Columns, facts: Facts, places: Int32Array) {
  for (let f = 0; f < FACTORS.length; f++) {
    const place = places[f] as number;
    const byKey = columns.byFactor[f] as (Float64Array | undefined)[];
    let column = place < 0 ? undefined : byKey[place];
    if (column === undefined && place >= 0 && model.cellsLeft >= all.length) {
      column = new Float64Array(all.length).fill(Number.NaN);
      for (let i = 0; i < all.length; i++) {
        const c = all[i] as CompiledRole;
        for (const row of c.rows) if (row.index === f) column[i] = row.def.verdict(c.terms, facts, model.ctx);
      }
      while (byKey.length < place) byKey.push(undefined); // no holes
      byKey[place] = column;
      model.cellsLeft -= all.length;
    }
    columns.now[f] = column;
  }
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
  compiled: CompiledRole;
}

// A ranking's numbers, one row per role, in columns made once per KB and thread and filled again
// for each ranking (a batch ranks every role for each of its lines: an object per role and line
// was ~a third of what a line allocated). A role's place is one number, `order`: its group,
// score and tie-breaks packed so that lower comes first (see packOrder).
class Tally {
  order = new Float64Array(0);
  score = new Float64Array(0);
  distance = new Float64Array(0);
  gapCount = new Int32Array(0);
  /** eligibility (0 eligible, 1 not yet, 2 not known) | stepBack << 2 | conflicts << 3 (1 mode, 2 nights). */
  flags = new Int32Array(0);

  reset(size: number): this {
    if (size > this.order.length) {
      this.order = new Float64Array(size);
      this.score = new Float64Array(size);
      this.distance = new Float64Array(size);
      this.gapCount = new Int32Array(size);
      this.flags = new Int32Array(size);
    }
    return this;
  }
}

function tallyOf(model: Model): Tally {
  model.tally ??= new Tally();
  return model.tally;
}

const ELIGIBILITY: readonly Eligibility[] = ["eligible", "not-yet", "not-known"];
const CONFLICT_BIT: Partial<Record<string, number>> = { workMode: 1, nightShifts: 2 };
/** Room in a packed order for each role's place by id: 2^20 roles (a million). */
const ORDER_ROOM = 2 ** 20;

/**
 * A role's place as one number, lower first: its group, then its score (higher first), eligible
 * before not known, then how near its level is to the person's (0 at it, 1 a step up, 2 a step
 * down, 3 two up, ...), the person's interest it is (99: none), more requirements from its own
 * sources, then its id's place (42 bits in all: exact in a double).
 */
function packOrder(
  group: number,
  score: number,
  levelFit: number,
  interestAt: number,
  notEligible: number,
  evidence: number,
  order: number,
): number {
  const head =
    ((((group * 128 + (100 - score)) * 2 + notEligible) * 8 + levelFit) * 128 + interestAt) * 4 + (3 - evidence);
  return head * ORDER_ROOM + (Number.isNaN(order) ? ORDER_ROOM - 1 : Math.min(order, ORDER_ROOM - 1));
}

/**
 * Fills row `i` of the tally with role `c`'s numbers for the person; `now`: the profile's verdict
 * columns (see Columns), when `c` is the market's `all[i]`.
 */
function tally(
  model: Model,
  c: CompiledRole,
  facts: Facts,
  t: Tally,
  i: number,
  now: readonly (Float64Array | undefined)[] | undefined,
): void {
  const { ctx } = model;
  const { neutral, ineligibleCap, stepBackAfter } = ctx.scoring;
  let raw = 0;
  let gapCount = 0;
  let distance = 0;
  let unknown = false;
  let conflicts = 0;
  const { rows, terms } = c;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Row;
    const column = now === undefined ? undefined : now[row.index];
    const v = column === undefined ? row.def.verdict(terms, facts, ctx) : (column[i] as number);
    if (v === NOT_KNOWN) {
      raw += row.weight * neutral;
      if (row.requirement) unknown = true;
    } else if (v === FLOOR_MET) {
      raw += row.weight;
      unknown = true;
    } else if (v === CONFLICT) conflicts |= row.conflictBit;
    else {
      raw += row.weight * v;
      if (row.requirement && v < 1) {
        gapCount += 1;
        distance += 1 - v;
      }
    }
  }
  const eligibility = gapCount > 0 ? 1 : unknown ? 2 : 0;
  const score = Math.round(Math.min(100, eligibility === 1 ? (raw * ineligibleCap) / 100 : raw));
  const levelGap = facts.levelRank - terms.levelRank;
  const stepBack = levelGap >= stepBackAfter ? 1 : 0;
  const levelFit = levelGap === 0 ? 0 : levelGap < 0 ? -2 * levelGap - 1 : 2 * levelGap;
  const at = facts.profile.preferences.interests.indexOf(terms.role.domain);
  const group = conflicts !== 0 ? 3 : stepBack ? 2 : eligibility === 1 ? 1 : 0;
  t.order[i] = packOrder(group, score, levelFit, at < 0 ? 99 : at, eligibility === 0 ? 0 : 1, c.evidence, c.order);
  t.score[i] = score;
  t.distance[i] = Math.round(distance * 1000) / 1000;
  t.gapCount[i] = gapCount;
  t.flags[i] = eligibility | (stepBack << 2) | (conflicts << 3);
}

const NO_CONFLICTS: readonly string[] = Object.freeze([]);
const conflictNames = (on: number): string[] => [...(on & 1 ? ["workMode"] : []), ...(on & 2 ? ["nightShifts"] : [])];

/** The profile's key for each factor keyed by the profile alone (FactorDef.byProfile), by its place in FACTORS. */
function placesOf(model: Model, facts: Facts): Int32Array {
  model.places ??= new Int32Array(FACTORS.length);
  const { places } = model;
  for (let i = 0; i < FACTORS.length; i++) {
    const by = (FACTORS[i] as FactorDef).byProfile;
    places[i] = by ? by(facts) : -1;
  }
  return places;
}

/** Row i of the tally as a Standing. */
function standingAt(model: Model, c: CompiledRole, t: Tally, i: number): Standing {
  const { bands } = model.ctx.scoring;
  const flags = t.flags[i] as number;
  const eligibility = ELIGIBILITY[flags & 3] as Eligibility;
  const stepBack = (flags & 4) !== 0;
  const on = flags >> 3;
  const conflict = on !== 0;
  const score = t.score[i] as number;
  const distance = t.distance[i] as number;
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
  const conflictsOn = on === 0 ? NO_CONFLICTS : conflictNames(on);
  return {
    role: c.terms.role,
    score,
    eligibility,
    conflict,
    conflictsOn,
    stepBack,
    band,
    group: conflict ? 3 : stepBack ? 2 : eligibility === "not-yet" ? 1 : 0,
    gapCount: t.gapCount[i] as number,
    distance,
    compiled: c,
  };
}

/** The rows of the tally, best first: the first `limit` only, kept as they come, or all, sorted. */
function bestRows(t: Tally, size: number, limit: number | undefined, skip: (i: number) => boolean): number[] {
  const { order } = t;
  if (limit === undefined || limit >= size) {
    const rows: number[] = [];
    for (let i = 0; i < size; i++) if (!skip(i)) rows.push(i);
    return rows.sort((a, b) => (order[a] as number) - (order[b] as number) || a - b);
  }
  const top: number[] = [];
  for (let i = 0; i < size; i++) {
    if (skip(i)) continue;
    const o = order[i] as number;
    let at = top.length;
    while (at > 0 && o < (order[top[at - 1] as number] as number)) at -= 1;
    if (at >= limit) continue;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Every role's standing, best first, conflicts included. */
export function rankStandings(kb: KnowledgeBase, profile: Profile, roles: readonly Role[] = kb.roles): Standing[] {
  const model = modelOf(kb);
  const facts = factsOf(model.ctx, profile);
  const { all, columns } = compiledAll(model, roles, facts.country);
  const t = tallyOf(model).reset(all.length);
  const places = placesOf(model, facts);
  if (columns) columnsFor(model, all, columns, facts, places);
  for (let i = 0; i < all.length; i++) tally(model, all[i] as CompiledRole, facts, t, i, columns?.now);
  return bestRows(t, all.length, undefined, () => false).map((i) => standingAt(model, all[i] as CompiledRole, t, i));
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
  const { all, columns } = compiledAll(model, roles, facts.country);
  const t = tallyOf(model).reset(all.length);
  let conflicts = 0;
  let on = 0;
  const places = placesOf(model, facts);
  if (columns) columnsFor(model, all, columns, facts, places);
  const now = columns?.now;
  for (let i = 0; i < all.length; i++) {
    tally(model, all[i] as CompiledRole, facts, t, i, now);
    const bits = (t.flags[i] as number) >> 3;
    if (bits !== 0) conflicts += 1;
    on |= bits;
  }
  const skip = withConflicts ? () => false : (i: number) => (t.flags[i] as number) >> 3 !== 0;
  const shown = bestRows(t, all.length, limit, skip);
  const matches: WordedMatch[] = [];
  for (const i of shown)
    matches.push(worded(model, standingAt(model, all[i] as CompiledRole, t, i), facts, i, columns));
  return { matches, total: all.length, conflicts, conflictsOn: conflictNames(on) };
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
  const c = compiled(model, role, facts.country);
  const t = tallyOf(model).reset(1);
  placesOf(model, facts); // for worded
  tally(model, c, facts, t, 0, undefined);
  return spelledOut(worded(model, standingAt(model, c, t, 0), facts, 0, undefined));
}

const VERDICT_OF = (v: number, kind: FactorDef["kind"]): Verdict =>
  v === NOT_KNOWN || v === FLOOR_MET
    ? "not-known"
    : v === CONFLICT
      ? "conflict"
      : v >= 1
        ? "met"
        : v <= 0 || kind === "requirement"
          ? "unmet"
          : "partial";

/**
 * A role's words: each row's, kept by the profile value it reads. `columns`: the market's, when
 * the role is its `all[at]`; a factor keyed by the profile alone keeps its words there by that
 * key, and looks for them by the role's own key (FactorDef.key) before it makes them: of the
 * 20,000 first lines of the bench, ~54,000 words were made and interned for ~700 contents, most
 * of them for a person's languages (each set of them a key) that a role reads one or two of.
 */
function worded(model: Model, s: Standing, facts: Facts, at: number, columns: Columns | undefined): WordedMatch {
  const c = s.compiled;
  const lines: Worded[] = [];
  const places = model.places as Int32Array; // as placesOf left them for this profile
  for (const row of c.rows) {
    const place = row.byProfile && columns !== undefined ? (places[row.index] as number) : -1;
    let column: (Worded | undefined)[] | undefined;
    if (place >= 0) {
      const byKey = (columns as Columns).said[row.index] as (Worded | undefined)[][];
      column = byKey[place];
      if (column === undefined) {
        column = [];
        while (byKey.length < place) byKey.push([]); // no holes
        byKey[place] = column;
      }
    }
    let w = column?.[at];
    if (!w) {
      const key = row.def.key(c.terms, facts);
      w = row.said?.get(key);
      if (!w) {
        w = wordsOf(model, row, c, facts);
        if (model.budget.left > 0) {
          w = interned(model, w);
          row.said ??= new Map();
          if (row.said.size < KEPT_PER_ROW) {
            row.said.set(key, w);
            model.budget.left -= 1;
          }
        }
      }
      if (column !== undefined && w.shared !== undefined && model.budget.left > 0) {
        while (column.length < at) column.push(undefined); // no holes
        column[at] = w;
        model.budget.left -= 1;
      }
    }
    lines.push(w);
  }
  // listed by rank (a stable insertion: a few lines each)
  const reasons: Worded[] = [];
  for (const w of lines) {
    const rank = w.reasonRank;
    if (rank === undefined || w.line.points <= 0) continue;
    let at = reasons.length;
    reasons.push(w);
    for (; at > 0 && ((reasons[at - 1] as Worded).reasonRank as number) > rank; at -= 1)
      reasons[at] = reasons[at - 1] as Worded;
    reasons[at] = w;
  }
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

/** A row's words for the person, made afresh. */
function wordsOf(model: Model, row: Row, c: CompiledRole, facts: Facts): Worded {
  const { ctx } = model;
  const v = row.def.verdict(c.terms, facts, ctx);
  const words = row.def.words(c.terms, facts, ctx, v);
  const share = v === NOT_KNOWN ? ctx.scoring.neutral : v === CONFLICT ? 0 : v === FLOOR_MET ? 1 : v;
  const line = {
    factor: row.def.name,
    points: round2(row.weight * share),
    max: row.max,
    verdict: VERDICT_OF(v, row.def.kind),
    reason: words.reason,
  };
  return wordedOf(line, words.rank, words.gap as Gap | undefined);
}

/**
 * The words kept for `w`'s content: the same object for every row, role and market that says the
 * same (a batch over the shipped KB keeps ~10,000 rows' words, of ~600 contents). Their JSON is
 * then encoded once, and the few pieces a batch copies stay in the processor's caches: copying
 * pieces scattered over ~30,000 buffers was a quarter of a batch line.
 */
function interned(model: Model, w: Worded): Worded {
  const key = `${w.reasonRank}|${JSON.stringify(w.line)}|${w.gap ? JSON.stringify(w.gap) : ""}`;
  const kept = model.contents.get(key);
  if (kept) return kept;
  if (model.contents.size < KEPT_PER_KB) model.contents.set(key, sharedWords(w));
  else sharedWords(w);
  return w;
}

/** A result in full: its reasons, gaps, unknowns, conflicts and breakdown, as `match` shows them. */
export function spelledOut(w: WordedMatch): RoleMatch {
  const gaps: Gap[] = [];
  const unknown: FactorName[] = [];
  const conflicts: FactorName[] = [];
  for (const l of w.lines) {
    if (l.gap) gaps.push(l.gap);
    if (l.line.verdict === "conflict") conflicts.push(l.line.factor);
    else if (l.line.verdict === "not-known" && isRequirement(l.line.factor)) unknown.push(l.line.factor);
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
