import { describe, expect, it } from "vitest";
import { otherLanguagesProblem, wpmProblem, yearsProblem } from "../src/quiz/answers.js";

// The quiz's typed answers, read as flags and CSV cells read the same values (issue #13).
describe("a typed answer in the quiz", () => {
  it.each(["2", "1.5", "0", "60"])("takes %j years", (text) => {
    expect(yearsProblem(text)).toBeUndefined();
  });

  it.each(["0x10", "1e1", "0b11", "Infinity", "two"])("refuses %j years, as --years does", (text) => {
    expect(yearsProblem(text)).toBe("type a number of years, such as 2 or 1.5");
  });

  it.each(["0x28", "4e1", "40.5", "0"])("refuses a typing speed of %j, as --wpm does", (text) => {
    expect(wpmProblem(text)).toMatch(/^type a whole number of words per minute/);
  });

  it("takes a typing speed of 40, or none", () => {
    expect(wpmProblem("40")).toBeUndefined();
    expect(wpmProblem("")).toBeUndefined();
  });

  it.each(["Tagalog", "Bengali, Farsi", "Mandarin; Flemish", "tl"])("takes the languages %j", (text) => {
    expect(otherLanguagesProblem(text)).toBe(true);
  });

  it("names an unknown language, clipped when it is long", () => {
    expect(otherLanguagesProblem("Tamil, Klingon")).toMatch(/^"Klingon" is not a language I know/);
    expect(otherLanguagesProblem("x".repeat(100_000))).toMatch(
      /^"x{40}\.\.\." \(100000 characters\) is not a language/,
    );
  });
});
