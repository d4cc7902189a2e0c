import { countryOf } from "../core/countries.js";
import { toLanguageCode } from "../core/languages.js";
import { numberIn, parseDecimal, quoted, splitList } from "../core/typed-values.js";
import { sanitize } from "../render/sanitize.js";

// How the quiz reads and checks answers where they are typed: pure functions over the answers so
// far, used by the question table in questions.ts.

/** An answer as the prompt gives it: a choice's value, the ticked values, or the text typed. */
export type Answer = string | readonly string[];
export type Answers = Readonly<Record<string, Answer>>;

/** Asked when the answer `id` passes `test`; not known yet while `id` is unanswered. */
export const once =
  (id: string, test: (answer: Answer) => boolean) =>
  (answers: Answers): boolean | undefined => {
    const answer = answers[id];
    return answer === undefined ? undefined : test(answer);
  };

export const textOf = (answers: Answers, id: string): string | undefined => {
  const answer = answers[id];
  return typeof answer === "string" ? answer : undefined;
};
export const listOf = (answers: Answers, id: string): readonly string[] => {
  const answer = answers[id];
  return Array.isArray(answer) ? answer : [];
};

// Numbers as flags and CSV cells read them: plain decimal (src/core/typed-values.ts).
export function yearsProblem(text: string): string | undefined {
  if (text.trim() === "") return "type a number of years (0 if none)";
  const n = parseDecimal(text);
  if (n === undefined) return "type a number of years, such as 2 or 1.5";
  if (n < 0) return "years cannot be below 0";
  if (n > 60) return "type at most 60 years";
  return undefined;
}

export function wpmProblem(text: string): string | undefined {
  if (text.trim() === "") return undefined;
  if (numberIn(text, { min: 1, max: 250, whole: true }) === undefined) {
    return "type a whole number of words per minute from 1 to 250, such as 40, or leave it empty";
  }
  return undefined;
}

export const splitLanguages = splitList;

export function otherLanguagesProblem(text: string): true | string {
  const names = splitLanguages(text);
  if (names.length === 0) return "type at least one language, such as Tamil or ta";
  const unknown = names.find((name) => toLanguageCode(name) === undefined);
  if (unknown === undefined) return true;
  return `${sanitize(quoted(unknown))} is not a language I know: type its English name (Tamil) or ISO 639-1 code (ta)`;
}

export function countryProblem(text: string): true | string {
  if (text.trim() === "") return "type a two-letter country code, such as AE, GB or US";
  if (countryOf(text.trim()) !== undefined) return true;
  return `${sanitize(quoted(text))} is not a country code I know: type its ISO 3166-1 code, such as AE, GB or US`;
}
