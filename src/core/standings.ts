import { compareIds } from "./compare.js";
import type { RolePlan } from "./score-plan.js";

// What a role's place in a ranking depends on, for all the roles of one ranking at once: a table
// of columns, one row per role, rather than an object per role. A batch ranks the 20 roles of the
// shipped KB for every line; as objects (with their numbers boxed), standings and the arrays that
// held and sorted them were ~40% of all a batch line allocated (~4 KB of ~11 KB, measured with
// V8's allocation sampler), and the garbage collector's work grows with it. A table is made once
// per KB and thread (KbPlan.standings), and filled again for each ranking: the rankings of a
// thread run one at a time, and none keeps a row past its return.

export class Standings {
  /** The roles ranked, row by row. */
  plans: readonly RolePlan[] = [];
  eligible = new Uint8Array(0);
  /** The breakdown's points added up, before an ineligible role's are scaled down. */
  points = new Float64Array(0);
  score = new Float64Array(0);
  gapCount = new Int32Array(0);
  /** The gaps' distances added up, as listed (rounded). */
  distance = new Float64Array(0);

  /** Empties the table for a ranking of `plans`, growing it if they are more than it has rows for. */
  reset(plans: readonly RolePlan[]): this {
    const size = plans.length;
    if (size > this.points.length) {
      this.eligible = new Uint8Array(size);
      this.points = new Float64Array(size);
      this.score = new Float64Array(size);
      this.gapCount = new Int32Array(size);
      this.distance = new Float64Array(size);
    }
    this.plans = plans;
    return this;
  }

  /**
   * Row a before row b (< 0) or after (> 0): eligible first, by score; then the rest by fewest
   * gaps, smallest total distance, score; then by id (each role's place by id, RolePlan.order,
   * with the ids compared for a role not in the KB).
   */
  compare(a: number, b: number): number {
    const eligible = this.eligible[a] === 1;
    if (eligible !== (this.eligible[b] === 1)) return eligible ? -1 : 1;
    if (!eligible) {
      const byCount = (this.gapCount[a] as number) - (this.gapCount[b] as number);
      if (byCount !== 0) return byCount;
      const byDistance = (this.distance[a] as number) - (this.distance[b] as number);
      if (Math.abs(byDistance) > 1e-9) return byDistance;
    }
    const pa = this.plans[a] as RolePlan;
    const pb = this.plans[b] as RolePlan;
    return (
      (this.score[b] as number) - (this.score[a] as number) || pa.order - pb.order || compareIds(pa.role.id, pb.role.id)
    );
  }

  /** Every row, best first (equal rows in the order of the roles). */
  ranked(): number[] {
    const rows: number[] = [];
    for (let i = 0; i < this.plans.length; i++) rows.push(i);
    return rows.sort((a, b) => this.compare(a, b));
  }

  /**
   * Keeps row `row` among the first `limit` of `top` (rows best first) if it belongs there: after
   * those it does not come before, so that equal rows keep the order they came in.
   */
  keepTop(top: number[], row: number, limit: number): void {
    let at = top.length;
    while (at > 0 && this.compare(row, top[at - 1] as number) < 0) at -= 1;
    if (at >= limit) return;
    // shift the rows after `at` down by one (the last one falls off when the list is full)
    for (let i = Math.min(top.length, limit - 1); i > at; i--) top[i] = top[i - 1] as number;
    top[at] = row;
  }
}
