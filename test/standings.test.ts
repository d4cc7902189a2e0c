import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RolePlan } from "../src/core/score-plan.js";
import { Standings } from "../src/core/standings.js";

// The table a ranking fills (src/core/standings.ts): the first `limit` rows kept as they come
// must be the first `limit` of all the rows ranked, ties and all.

/** A row: eligible or not, its score, gaps and distance, and its role's place by id. */
const rowArb = fc.record({
  eligible: fc.boolean(),
  score: fc.integer({ min: 0, max: 3 }),
  gapCount: fc.integer({ min: 0, max: 2 }),
  distance: fc.constantFrom<number>(0, 0.1, 0.2, 0.30000000000000004, 0.3, 0.5),
  order: fc.integer({ min: 0, max: 3 }),
});
type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

function tableOf(rows: readonly Row[], table = new Standings()): Standings {
  const plans = rows.map(
    (r, i) => ({ order: r.order, role: { id: `role-${r.order}` }, row: i }) as unknown as RolePlan,
  );
  table.reset(plans);
  rows.forEach((r, i) => {
    table.eligible[i] = r.eligible ? 1 : 0;
    table.score[i] = r.score;
    table.gapCount[i] = r.gapCount;
    table.distance[i] = r.distance;
  });
  return table;
}

describe("the table of standings", () => {
  it("keeps as the first N the first N of every row ranked, equal rows in the order they came", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.integer({ min: 0, max: 14 }), (rows, limit) => {
        const table = tableOf(rows);
        const top: number[] = [];
        for (let row = 0; row < rows.length; row++) table.keepTop(top, row, limit);
        expect(top).toEqual(table.ranked().slice(0, limit));
      }),
    );
  });

  it("ranks eligible rows first by score, the others by fewest gaps, then distance, then score, then id", () => {
    const table = tableOf([
      { eligible: false, score: 9, gapCount: 2, distance: 0.1, order: 0 },
      { eligible: false, score: 1, gapCount: 1, distance: 0.5, order: 1 },
      { eligible: false, score: 2, gapCount: 1, distance: 0.2, order: 2 },
      { eligible: false, score: 3, gapCount: 1, distance: 0.30000000000000004, order: 3 },
      { eligible: false, score: 4, gapCount: 1, distance: 0.3, order: 4 },
      { eligible: true, score: 50, gapCount: 0, distance: 0, order: 6 },
      { eligible: true, score: 50, gapCount: 0, distance: 0, order: 5 },
      { eligible: true, score: 70, gapCount: 0, distance: 0, order: 7 },
    ]);
    // distances that differ only by how the sum was rounded (0.3 and 0.1 + 0.2) are equal
    expect(table.ranked()).toEqual([7, 6, 5, 2, 4, 3, 1, 0]);
  });

  it("is filled afresh for each ranking, growing when a ranking has more roles", () => {
    const table = tableOf([{ eligible: true, score: 1, gapCount: 0, distance: 0, order: 0 }]);
    const again = tableOf(
      [
        { eligible: false, score: 5, gapCount: 1, distance: 0.5, order: 0 },
        { eligible: true, score: 1, gapCount: 0, distance: 0, order: 1 },
        { eligible: true, score: 2, gapCount: 0, distance: 0, order: 2 },
      ],
      table,
    );
    expect(again).toBe(table);
    expect(table.ranked()).toEqual([2, 1, 0]);
  });
});
