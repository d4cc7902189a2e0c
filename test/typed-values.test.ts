import { describe, expect, it } from "vitest";
import { numberIn, parseDecimal, quoted, splitList } from "../src/core/typed-values.js";

// What a person types as a number or a list is read by one rule, wherever it is typed (issue #13).
describe("a typed number", () => {
  it.each([
    ["2", 2],
    ["2.5", 2.5],
    [" 3 ", 3],
    ["0", 0],
    [".5", 0.5],
    ["2.", 2],
    ["-1", -1],
    ["007", 7],
  ])("reads %j as %j", (text, n) => {
    expect(parseDecimal(text)).toBe(n);
  });

  it.each([
    "0x10",
    "0b11",
    "0o17",
    "1e1",
    "1E1",
    "Infinity",
    "NaN",
    "",
    " ",
    "two",
    "1,5",
    "1 000",
    "+1",
    "--1",
    "1_000",
  ])("refuses %j (Number() reads 0x10 as 16, 1e1 as 10)", (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it("is in range, and whole when asked", () => {
    expect(numberIn("60", { min: 0, max: 60 })).toBe(60);
    expect(numberIn("60.5", { min: 0, max: 60 })).toBeUndefined();
    expect(numberIn("-1", { min: 0 })).toBeUndefined();
    expect(numberIn("40.0", { min: 1, whole: true })).toBe(40);
    expect(numberIn("40.5", { min: 1, whole: true })).toBeUndefined();
  });
});

describe("a typed list", () => {
  it("splits at commas and semicolons, and leaves out empty items", () => {
    expect(splitList("en:C1, de:B2;hi:B1;;")).toEqual(["en:C1", "de:B2", "hi:B1"]);
    expect(splitList(" , ")).toEqual([]);
  });
});

describe("a value echoed in a message", () => {
  it("is quoted whole when short", () => {
    expect(quoted("Klingon")).toBe('"Klingon"');
  });

  it("is clipped when long, with its length", () => {
    expect(quoted("x".repeat(100_000))).toBe(`"${"x".repeat(40)}..." (100000 characters)`);
  });

  it("is never cut in the middle of a character", () => {
    expect(quoted(`${"x".repeat(39)}${"😀".repeat(10)}`)).toBe(`"${"x".repeat(39)}..." (59 characters)`);
  });
});
