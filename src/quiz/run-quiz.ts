import type { KnowledgeBase } from "../core/kb-schema.js";
import type { Profile } from "../core/profile-schema.js";
import { CliError, ExitCode, formatIssue } from "../errors.js";
import { checkProfile } from "../profile/check-profile.js";
import type { Prompter } from "../prompt/adapter.js";
import { sanitize } from "../render/sanitize.js";
import { type Answer, type Answers, listOf, textOf } from "./answers.js";
import { type ProfileDraft, type Question, quizQuestions } from "./questions.js";

// Walks the question table through a Prompter, then lets the person review and change any
// answer before the profile is built. No I/O but the Prompter's.

const GO_ON = "@go-on";

/** Asks every question, then the review; returns the validated profile. */
export async function runQuiz(kb: KnowledgeBase, prompter: Prompter): Promise<Profile> {
  let answers = await askUnanswered(kb, prompter, {});
  for (;;) {
    const asked = askedQuestions(kb, answers);
    const pick = await prompter.select({
      message: "Your answers. Pick one to change it, or go on:",
      choices: [
        { value: GO_ON, name: "These are right: show my matches" },
        ...asked.map((q) => ({ value: q.id, name: `${q.label}: ${answerText(q, answers[q.id])}` })),
      ],
    });
    const question = asked.find((q) => q.id === pick);
    if (question === undefined) return await toProfile(asked, answers);
    answers = { ...answers, [question.id]: await ask(prompter, kb, question, answers) };
    // a changed answer may open questions (a new language's level) or void others (years)
    answers = await askUnanswered(kb, prompter, answers);
  }
}

/** The questions asked for these answers, in order. */
const askedQuestions = (kb: KnowledgeBase, answers: Answers): Question[] =>
  quizQuestions(kb, answers).filter((q) => (q.when?.(answers) ?? true) === true);

/** The quiz's numbered steps, in order: the same whatever the answers. */
const stepsOf = (questions: readonly Question[]): string[] => [...new Set(questions.map((q) => q.step))];

/** How many numbered questions the quiz asks (their parts aside), to say at its start. */
export const quizStepCount = (kb: KnowledgeBase): number => stepsOf(quizQuestions(kb, {})).length;

/**
 * "Question k of n", k and n counting steps, so that neither jumps; with ", part j of m" when the
 * step has more than one question known to be asked (a level per language; years in BPO).
 */
function progress(kb: KnowledgeBase, answers: Answers, q: Question): string {
  const questions = quizQuestions(kb, answers);
  const steps = stepsOf(questions);
  const head = `Question ${steps.indexOf(q.step) + 1} of ${steps.length}`;
  // a part counts once it is known to be asked (not while an earlier answer may still skip it)
  const known = (c: Question) => c.id === q.id || c.when === undefined || c.when(answers) === true;
  const parts = questions.filter((c) => c.step === q.step && known(c));
  const part = parts.findIndex((c) => c.id === q.id) + 1;
  return parts.length > 1 ? `${head}, part ${part} of ${parts.length}` : head;
}

async function askUnanswered(kb: KnowledgeBase, prompter: Prompter, given: Answers): Promise<Answers> {
  let answers = given;
  for (;;) {
    const asked = askedQuestions(kb, answers);
    const next = asked.find((q) => !isAnswered(q, answers));
    if (next === undefined) return answers;
    answers = { ...answers, [next.id]: await ask(prompter, kb, next, answers) };
  }
}

function ask(prompter: Prompter, kb: KnowledgeBase, q: Question, answers: Answers): Promise<Answer> {
  const message = `${progress(kb, answers, q)}: ${q.message}`;
  switch (q.kind) {
    case "select":
      return prompter.select({ message, choices: q.choices, default: textOf(answers, q.id) });
    case "checkbox":
      return prompter.checkbox({ message, choices: q.choices, checked: listOf(answers, q.id), validate: q.validate });
    case "text":
      return prompter.input({ message, default: textOf(answers, q.id), validate: (text) => q.validate(text, answers) });
  }
}

/** Answered, and the answer still holds (an earlier answer may have changed since). */
function isAnswered(q: Question, answers: Answers): boolean {
  const answer = answers[q.id];
  const offered = (value: string) => q.kind !== "text" && q.choices.some((c) => c.value === value);
  switch (q.kind) {
    case "select":
      return typeof answer === "string" && offered(answer);
    case "checkbox":
      return Array.isArray(answer) && answer.every(offered) && (q.validate?.(answer) ?? true) === true;
    case "text":
      return typeof answer === "string" && q.validate(answer, answers) === true;
  }
}

function answerText(q: Question, answer: Answer | undefined): string {
  const nameOf = (value: string) =>
    q.kind === "text" ? sanitize(q.shown?.(value) ?? value) : (q.choices.find((c) => c.value === value)?.name ?? value);
  if (Array.isArray(answer)) return answer.length ? answer.map(nameOf).join(", ") : "none";
  if (typeof answer !== "string") return "not answered";
  return answer.trim() === "" ? "skipped" : nameOf(answer.trim());
}

async function toProfile(asked: readonly Question[], answers: Answers): Promise<Profile> {
  const draft: ProfileDraft = { languages: [], education: {}, experience: {}, skills: {}, preferences: {} };
  for (const q of asked) {
    const answer = answers[q.id];
    if (q.kind === "checkbox" && Array.isArray(answer)) q.into?.(answer, draft);
    else if (q.kind !== "checkbox" && typeof answer === "string") q.into?.(answer, draft);
  }
  const checked = checkProfile(draft);
  if (checked) return checked;
  const result = (await import("../validation.js")).parseProfileObject(draft, "the quiz's answers");
  if (!result.ok) {
    // every answer was checked where it was typed, so this is a bug between the table and the contract
    throw new CliError("the quiz's answers do not make a valid profile", ExitCode.failure, {
      details: result.issues.map(formatIssue),
    });
  }
  return result.profile;
}
