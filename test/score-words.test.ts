import { describe, expect, it } from "vitest";
import { factorLine, Memo, type Worded, wordedOf } from "../src/core/score-words.js";

const words = (reason: string): Worded => wordedOf(factorLine("workMode", 15, 15, reason), undefined);

describe("a memo of a role's words", () => {
  it("keeps words per key, up to its limit, frozen as they are shared", () => {
    const memo = new Memo<number>({ left: Number.POSITIVE_INFINITY });
    for (let i = 0; i < Memo.LIMIT + 10; i++) expect(memo.keep(i, words(`r${i}`)).line.reason).toBe(`r${i}`);
    expect(memo.kept(0)?.line.reason).toBe("r0");
    expect(Object.isFrozen(memo.kept(0)?.line)).toBe(true);
    expect(memo.kept(0)?.shared).toEqual({ json: undefined }); // marked as shared, for a writer to keep its JSON with it
    expect(memo.kept(Memo.LIMIT - 1)?.line.reason).toBe(`r${Memo.LIMIT - 1}`);
    expect(memo.kept(Memo.LIMIT)).toBeUndefined();
  });

  it("keeps no more than the budget it shares with the KB's other memos, and leaves the rest unfrozen", () => {
    const budget = { left: 3 };
    const [a, b] = [new Memo<string>(budget), new Memo<string>(budget)];
    a.keep("x", words("1"));
    a.keep("y", words("2"));
    b.keep("x", words("3"));
    const given = b.keep("y", words("4"));
    expect(given.line.reason).toBe("4"); // given back, not kept
    expect(Object.isFrozen(given.line)).toBe(false);
    expect(given.shared).toBeUndefined();
    expect([a.kept("x"), a.kept("y"), b.kept("x"), b.kept("y")].map((w) => w?.line.reason)).toEqual([
      "1",
      "2",
      "3",
      undefined,
    ]);
    expect(budget.left).toBe(0);
  });
});
