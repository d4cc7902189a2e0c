import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterPacked, mapPacked } from "../src/core/packed.js";

// The batch path builds its arrays with these (src/core/packed.ts says why): they must give what
// Array.prototype.map and filter give, item for item and in order.
describe("arrays built for the batch path", () => {
  it("mapPacked gives what map gives", () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (list) => {
        const f = (x: unknown) => [typeof x, x];
        expect(mapPacked(list, f)).toEqual(list.map(f));
      }),
    );
  });

  it("filterPacked gives what filter gives", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 5 }), (list, n) => {
        const keep = (x: number) => x % n === 0;
        expect(filterPacked(list, keep)).toEqual(list.filter(keep));
      }),
    );
  });

  it("gives empty arrays for an empty list", () => {
    expect(mapPacked([], String)).toEqual([]);
    expect(filterPacked([], () => true)).toEqual([]);
  });
});
