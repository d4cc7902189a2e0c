import { describe, expect, it } from "vitest";
import { careerLadder, leadsTo } from "../src/core/career-ladder.js";
import type { KnowledgeBase, Role } from "../src/core/kb-schema.js";
import { fitOnLadder } from "../src/core/ladder-standing.js";
import { rankRoles } from "../src/core/score.js";
import { shippedKb as kb, profileOf } from "./helpers/kb.js";

/** A KB of the shipped KB's first roles, renamed a, b, c, ..., with only the career paths given. */
function kbWith(paths: Record<string, { previous?: string[]; next?: string[] }>): KnowledgeBase {
  const ids = Object.keys(paths);
  const roles: Role[] = ids.map((id, i) => ({
    ...(kb.roles[i] as Role),
    id,
    careerPath: { previous: paths[id]?.previous ?? [], next: paths[id]?.next ?? [] },
  }));
  return { ...kb, roles };
}

/** The ladder through `id` as rungs of ids: "-1:a,b 0:c 1:d". */
const rungsOf = (k: KnowledgeBase, id: string) =>
  careerLadder(k, k.roles.find((r) => r.id === id) as Role)
    .map((r) => `${r.offset}:${r.roles.map((x) => x.id).join(",")}`)
    .join(" ");

describe("the career ladder through a role", () => {
  it.each([
    [
      "a chain: the role before, the role, the role after",
      { a: { next: ["b"] }, b: { next: ["c"] }, c: {} },
      "b",
      "-1:a 0:b 1:c",
    ],
    ["steps followed transitively", { a: { next: ["b"] }, b: { next: ["c"] }, c: {} }, "a", "0:a 1:b 2:c"],
    ["a link stated on one side only still counts", { a: {}, b: { previous: ["a"] }, c: {} }, "a", "0:a 1:b"],
    [
      "a role both right before and two steps before sits two back, so the ladder never inverts",
      { a: { next: ["b", "c"] }, b: { next: ["c"] }, c: {} },
      "c",
      "-2:a -1:b 0:c",
    ],
    [
      "a cycle ends, its other role both before and after",
      { a: { next: ["b"] }, b: { next: ["a"] } },
      "a",
      "-1:b 0:a 1:b",
    ],
    [
      "a longer cycle ends too",
      { a: { next: ["b"] }, b: { next: ["c"] }, c: { next: ["a"] } },
      "a",
      "-2:b -1:c 0:a 1:b 2:c",
    ],
    ["a role that names itself is alone", { a: { next: ["a"], previous: ["a"] } }, "a", "0:a"],
    ["a role with no career path is alone", { a: {}, b: {} }, "a", "0:a"],
    [
      "roles of one rung keep the order the role lists them in",
      { a: { next: ["c", "b"] }, b: {}, c: {} },
      "a",
      "0:a 1:c,b",
    ],
  ])("%s", (_name, paths, id, wanted) => {
    expect(rungsOf(kbWith(paths), id)).toBe(wanted);
  });

  it("never puts a role at or after a role it leads to, for any role of the shipped KB", () => {
    for (const role of kb.roles) {
      const rungOf = new Map<Role, number>();
      for (const rung of careerLadder(kb, role)) for (const r of rung.roles) rungOf.set(r, rung.offset);
      for (const [from, at] of rungOf) {
        for (const to of leadsTo(kb, from)) {
          const there = rungOf.get(to);
          if (there !== undefined) expect(there, `${role.id}: ${from.id} -> ${to.id}`).toBeGreaterThan(at);
        }
      }
    }
  });

  it("puts the team leader's career path before and after it, each role once", () => {
    const leader = kb.roles.find((r) => r.id === "team-leader") as Role;
    const ladder = careerLadder(kb, leader);
    const before = ladder.filter((r) => r.offset < 0).flatMap((r) => r.roles.map((x) => x.id));
    const after = ladder.filter((r) => r.offset > 0).flatMap((r) => r.roles.map((x) => x.id));
    expect(before).toEqual(expect.arrayContaining(leader.careerPath.previous));
    expect(after).toEqual(expect.arrayContaining(leader.careerPath.next));
    expect(new Set([...before, ...after]).size).toBe(before.length + after.length);
  });
});

describe("where a person stands on a ladder", () => {
  const leader = kb.roles.find((r) => r.id === "team-leader") as Role;
  const standing = (input: Parameters<typeof profileOf>[0]) => {
    const profile = profileOf(input);
    return { fit: fitOnLadder(kb, profile, careerLadder(kb, leader)), matches: rankRoles(kb, profile) };
  };

  it("calls eligible exactly the steps match calls eligible, and nothing not known", () => {
    const { fit, matches } = standing({
      country: "IN",
      languages: [{ code: "en", level: "B2" }],
      education: { level: "higher-secondary" },
    });
    const onLadder = new Set(fit.rungs.flatMap((r) => r.steps.map((s) => s.role.id)));
    const eligible = matches.filter((m) => m.eligible && onLadder.has(m.role.id)).map((m) => m.role.id);
    expect(new Set(fit.eligible.map((r) => r.id))).toEqual(new Set(eligible));
    expect(fit.eligible.length).toBeGreaterThan(0);
    for (const rung of fit.rungs)
      for (const s of rung.steps) if (s.fit.eligibility !== "eligible") expect(fit.eligible).not.toContain(s.role);
  });

  it("takes a 12th-pass fresher with English B2 a step up from a role they can get, naming what is missing", () => {
    const { fit } = standing({
      country: "IN",
      languages: [{ code: "en", level: "B2" }],
      education: { level: "higher-secondary" },
    });
    expect(fit.at).toBeDefined();
    expect(fit.next?.offset).toBeGreaterThan(fit.at as number);
    const from = fit.eligible.filter((r) => leadsTo(kb, r).includes(fit.next?.fit.role as Role));
    expect(from.length).toBeGreaterThan(0);
    expect(fit.next?.fit.eligible).toBe(false);
  });

  it("still names a next step on a ladder that is all one loop, with no way in", () => {
    const loop = kbWith({ a: { next: ["b"] }, b: { next: ["a"] } });
    const fit = fitOnLadder(loop, profileOf({}), careerLadder(loop, loop.roles[0] as Role));
    expect(fit.eligible).toEqual([]);
    expect(fit.next?.offset).toBe(-1);
  });

  it("starts a school-leaver who is eligible for no step at a way into the ladder", () => {
    const { fit } = standing({
      country: "IN",
      languages: [{ code: "en", level: "B1" }],
      education: { level: "secondary" },
    });
    expect(fit.eligible).toEqual([]);
    expect(fit.at).toBeUndefined();
    const next = fit.next?.fit.role as Role;
    const ladder = fit.rungs.flatMap((r) => r.steps.map((s) => s.role));
    expect(ladder.some((r) => leadsTo(kb, r).includes(next))).toBe(false);
    expect(fit.next?.fit.gaps.length).toBeGreaterThan(0);
  });
});
