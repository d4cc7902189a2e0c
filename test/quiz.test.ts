import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenPrompter, type QuizOptions, quizCommand } from "../src/commands/quiz.js";
import type { Io } from "../src/context.js";
import { CliError } from "../src/errors.js";
import { parseProfileText } from "../src/profile/parse-profile.js";
import { saveProfile } from "../src/profile/save-profile.js";
import type { Prompter } from "../src/prompt/adapter.js";
import { runQuiz } from "../src/quiz/run-quiz.js";
import { shippedKb as kb } from "./helpers/kb.js";
import { ROOT, runCli } from "./helpers/run-cli.js";

// The quiz is driven by a script of [the question expected, the answer given]. A question the
// script does not expect, or an answer that is not one of the choices, fails the test.

type Step = [question: RegExp, answer: string | string[] | boolean];

function scripted(steps: readonly Step[]) {
  const remaining = [...steps];
  const asked: string[] = [];
  /** The messages shown under rejected answers, in order. */
  const rejected: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    const step = remaining.shift();
    if (step === undefined) throw new Error(`unexpected question: ${message}`);
    if (!step[0].test(message)) throw new Error(`expected a question like ${step[0]}, was asked: ${message}`);
    return step[1];
  };
  const pick = <T extends string>(message: string, choices: readonly { value: T; name: string }[], answer: unknown) => {
    // a choice by its value, or by the start of its name as shown
    const choice =
      choices.find((c) => c.value === answer) ??
      choices.find((c) => typeof answer === "string" && c.name.startsWith(answer));
    if (choice === undefined) throw new Error(`"${answer}" is not a choice of: ${message}`);
    return choice.value;
  };
  const prompter: Prompter = {
    select: async ({ message, choices }) => pick(message, choices, next(message)),
    checkbox: async ({ message, choices, validate }) => {
      for (;;) {
        const answer = next(message);
        if (!Array.isArray(answer)) throw new Error(`a list of choices is expected for: ${message}`);
        const values = answer.map((a) => pick(message, choices, a));
        const verdict = validate?.(values) ?? true;
        if (verdict === true) return values;
        rejected.push(verdict); // like inquirer: the message is shown and the same question stays
      }
    },
    input: async ({ message, validate }) => {
      for (;;) {
        const answer = next(message);
        if (typeof answer !== "string") throw new Error(`text is expected for: ${message}`);
        const verdict = validate?.(answer) ?? true;
        if (verdict === true) return answer;
        rejected.push(verdict);
      }
    },
    confirm: async ({ message }) => {
      const answer = next(message);
      if (typeof answer !== "boolean") throw new Error(`yes or no is expected for: ${message}`);
      return answer;
    },
  };
  return { prompter, asked, rejected, remaining };
}

const KB_DIR = join(ROOT, "data/kb");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bpo-quiz-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GO_ON: Step = [/Your answers/, "These are right"];

/** Someone with English and Hindi, a B.Com, two years of work and finance in mind. */
const FULL_RUN: Step[] = [
  [/Which languages do you speak\?/, ["en", "hi"]],
  [/How well do you know English\?/, "C1"],
  [/How well do you know Hindi\?/, "native"],
  [/What is the highest education/, "bachelor"],
  [/What was your field of study/, "commerce"],
  [/How many years have you worked in all/, "2"],
  [/years in BPO/, "1"],
  [/years with customers/, "1.5"],
  [/years leading a team/, "0"],
  [/Your typing speed/, "45"],
  [/Which work do you want/, "non-voice"],
  [/Can you work night or rotating shifts/, "yes"],
  [/Which kinds of work interest you/, ["finance", "data"]],
  [/Where are you looking for work/, "IN"],
];
const FULL_PROFILE = {
  country: "IN",
  languages: [
    { code: "en", level: "C1" },
    { code: "hi", level: "native" },
  ],
  education: { level: "bachelor", field: "commerce" },
  experience: { years: 2, bpoYears: 1, customerFacingYears: 1.5, leadershipYears: 0 },
  skills: { typingWpm: 45 },
  preferences: { workMode: "non-voice", nightShifts: true, interests: ["finance", "data"] },
};

describe("the quiz's questions", () => {
  it("asks where the person looks for work, the hubs first, and reads another country's code", async () => {
    const run = FULL_RUN.filter(([q]) => !q.test("Where are you looking for work"));
    const script = scripted([
      ...run,
      [/Where are you looking for work/, "other"],
      [/Which country\? Its two-letter ISO 3166-1 code/, "XX"],
      [/Which country\?/, "ae"],
      GO_ON,
    ]);
    expect(await runQuiz(kb, script.prompter)).toEqual({ ...FULL_PROFILE, country: "AE" });
    expect(script.rejected).toEqual([
      '"XX" is not a country code I know: type its ISO 3166-1 code, such as AE, GB or US',
    ]);
  });

  it("leaves the country out for a person who would rather not say", async () => {
    const run = FULL_RUN.filter(([q]) => !q.test("Where are you looking for work"));
    const script = scripted([...run, [/Where are you looking for work/, "not-applicable"], GO_ON]);
    const { country: _left, ...rest } = FULL_PROFILE;
    expect(await runQuiz(kb, script.prompter)).toEqual(rest);
  });

  it("turns a full run of answers into the profile they describe", async () => {
    const script = scripted([...FULL_RUN, GO_ON]);
    expect(await runQuiz(kb, script.prompter)).toEqual(FULL_PROFILE);
    expect(script.remaining).toEqual([]);
  });

  it('numbers each question "Question k of 9" from first to last, a follow-up as a part of its question', async () => {
    const script = scripted([...FULL_RUN, GO_ON]);
    await runQuiz(kb, script.prompter);
    const numbers = script.asked.map((message) => /^Question ([^:]+): /.exec(message)?.[1]);
    expect(numbers).toEqual([
      "1 of 9",
      "2 of 9, part 1 of 2", // English
      "2 of 9, part 2 of 2", // Hindi
      "3 of 9", // education: whether a field of study follows is not known yet
      "3 of 9, part 2 of 2",
      "4 of 9",
      "4 of 9, part 2 of 4",
      "4 of 9, part 3 of 4",
      "4 of 9, part 4 of 4",
      "5 of 9",
      "6 of 9",
      "7 of 9",
      "8 of 9",
      "9 of 9",
      undefined, // the review
    ]);
  });

  it("offers the KB's labels as choices, and its description of each CEFR level", async () => {
    let levels: readonly { name: string; description?: string }[] = [];
    const script = scripted([...FULL_RUN, GO_ON]);
    const select = script.prompter.select;
    script.prompter.select = (q) => {
      if (/How well do you know English/.test(q.message)) levels = q.choices;
      return select(q);
    };
    await runQuiz(kb, script.prompter);
    expect(levels.map((l) => l.name)).toEqual(kb.vocabularies.cefrLevels.map((l) => l.label));
    expect(levels[3]?.description).toBe(kb.vocabularies.cefrLevels[3]?.description);
  });

  it("asks the level of languages typed by name or ISO code, after the ticked ones", async () => {
    const script = scripted([
      [/Which languages/, ["de", "other"]],
      [/Question 1 of 9, part 2 of 2: Which other languages/, "Tamil, ko"],
      [/Question 2 of 9, part 1 of 3: How well do you know German/, "B2"],
      [/How well do you know Tamil/, "native"],
      [/How well do you know Korean/, "A2"],
      ...FULL_RUN.slice(3),
      GO_ON,
    ]);
    const profile = await runQuiz(kb, script.prompter);
    expect(profile.languages).toEqual([
      { code: "de", level: "B2" },
      { code: "ta", level: "native" },
      { code: "ko", level: "A2" },
    ]);
  });

  it("skips the follow-up questions that do not apply, and a typing speed left empty", async () => {
    const script = scripted([
      [/Which languages/, ["tl"]],
      [/How well do you know Filipino/, "B1"],
      [/^Question 3 of 9: What is the highest education/, "none"],
      [/^Question 4 of 9: How many years have you worked in all/, "0"],
      [/^Question 5 of 9: Your typing speed/, ""],
      [/Which work/, "any"],
      [/night/, "no"],
      [/interest you/, []],
      [/Where are you looking for work/, "not-applicable"],
      GO_ON,
    ]);
    expect(await runQuiz(kb, script.prompter)).toEqual({
      languages: [{ code: "tl", level: "B1" }],
      education: { level: "none" },
      experience: { years: 0, bpoYears: 0, customerFacingYears: 0, leadershipYears: 0 },
      skills: {},
      preferences: { workMode: "any", nightShifts: false, interests: [] },
    });
    expect(script.remaining).toEqual([]);
  });

  it("rejects bad answers where they are typed, says why, and asks again", async () => {
    const script = scripted([
      [/Which languages/, []],
      [/Which languages/, ["other"]],
      [/Which other languages/, "Klingon"],
      [/Which other languages/, "German"],
      [/How well do you know German/, "C1"],
      [/highest education/, "master"],
      [/field of study/, "Not applicable"],
      [/worked in all/, "-1"],
      [/worked in all/, "61"],
      [/worked in all/, "two"],
      [/worked in all/, ""],
      [/worked in all/, "3"],
      [/years in BPO/, "4"],
      [/years in BPO/, "3"],
      [/years with customers/, "0"],
      [/leading a team/, "0.5"],
      [/typing speed/, "40.5"],
      [/typing speed/, "0"],
      [/typing speed/, "251"],
      [/typing speed/, "250"],
      [/Which work/, "voice"],
      [/night/, "yes"],
      [/interest you/, ["customer-service"]],
      [/Where are you looking for work/, "PH"],
      GO_ON,
    ]);
    const profile = await runQuiz(kb, script.prompter);
    expect(script.rejected).toEqual([
      "choose at least one language (space ticks it)",
      `"Klingon" is not a language I know: type its English name (Tamil) or ISO 639-1 code (ta)`,
      "years cannot be below 0",
      "type at most 60 years",
      "type a number of years, such as 2 or 1.5",
      "type a number of years (0 if none)",
      "that is more than the 3 years you worked in all",
      ...Array(3).fill("type a whole number of words per minute from 1 to 250, such as 40, or leave it empty"),
    ]);
    expect(profile.education).toEqual({ level: "master" });
    expect(profile.experience).toEqual({ years: 3, bpoYears: 3, customerFacingYears: 0, leadershipYears: 0.5 });
    expect(profile.skills.typingWpm).toBe(250);
  });
});

describe("the quiz's review", () => {
  it("names a typed language in the review, not the code typed", async () => {
    let review: readonly { name: string }[] = [];
    const script = scripted([
      [/Which languages/, ["en", "other"]],
      [/Which other languages/, "tl, Bengali"],
      [/How well do you know English/, "C1"],
      [/How well do you know Filipino/, "native"],
      [/How well do you know Bangla/, "B1"],
      ...FULL_RUN.slice(3),
      GO_ON,
    ]);
    const select = script.prompter.select;
    script.prompter.select = (q) => {
      if (/Your answers/.test(q.message)) review = q.choices;
      return select(q);
    };
    await runQuiz(kb, script.prompter);
    expect(review.map((c) => c.name)).toContain("Other languages: Filipino, Bangla");
  });

  it("asks a changed answer again and uses the new one", async () => {
    const script = scripted([
      ...FULL_RUN,
      [/Your answers/, "Years in BPO: 1"],
      [/^Question 4 of 9, part 2 of 4: .*years in BPO/, "2"],
      GO_ON,
    ]);
    const profile = await runQuiz(kb, script.prompter);
    expect(profile.experience.bpoYears).toBe(2);
    expect(script.remaining).toEqual([]);
  });

  it("asks only the new questions a changed answer opens, and drops those it closes", async () => {
    const script = scripted([
      ...FULL_RUN,
      [/Your answers/, "languages"],
      [/Which languages/, ["en", "de"]],
      [/^Question 2 of 9, part 2 of 2: How well do you know German/, "B2"],
      [/Your answers/, "years"],
      [/^Question 4 of 9, part 1 of 4: How many years have you worked in all/, "0"],
      GO_ON,
    ]);
    const profile = await runQuiz(kb, script.prompter);
    expect(profile.languages).toEqual([
      { code: "en", level: "C1" },
      { code: "de", level: "B2" },
    ]);
    expect(profile.experience).toEqual({ years: 0, bpoYears: 0, customerFacingYears: 0, leadershipYears: 0 });
    expect(script.remaining).toEqual([]);
  });

  it("asks again a later answer that a change has made wrong", async () => {
    const script = scripted([
      ...FULL_RUN,
      [/Your answers/, "years"],
      [/worked in all/, "1"],
      [/years with customers/, "1"],
      GO_ON,
    ]);
    const profile = await runQuiz(kb, script.prompter);
    expect(profile.experience).toEqual({ years: 1, bpoYears: 1, customerFacingYears: 1, leadershipYears: 0 });
  });
});

/** An Io as a terminal would give it, its output kept for the test. */
function terminalIo(options: { stdoutIsTerminal?: boolean } = {}) {
  const out = { stdout: "", stderr: "" };
  const io: Io = {
    stdout: { write: (t: string) => (out.stdout += t), isTTY: options.stdoutIsTerminal ?? true, columns: 100 },
    stderr: { write: (t: string) => (out.stderr += t), isTTY: true },
    stdin: { isTTY: true, [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) },
    env: { NO_COLOR: "1" },
    cwd: dir,
  };
  return { io, out };
}

const quizOptions = (more: Partial<QuizOptions> = {}): QuizOptions => ({ top: 5, kb: KB_DIR, ...more });

/** Opens the script, remembering where the questions were to be drawn. */
const opener = (prompter: Prompter) => {
  const outputs: unknown[] = [];
  const open: OpenPrompter = async ({ output }) => {
    outputs.push(output);
    return prompter;
  };
  return { open, outputs };
};

/** The prompter, with another program writing `file` while the review is on the screen. */
const racing = (prompter: Prompter, file: string): Prompter => ({
  ...prompter,
  select: async (question) => {
    if (/Your answers\. Pick one/.test(question.message)) writeFileSync(join(dir, file), "theirs\n");
    return prompter.select(question);
  },
});

describe("bpo-advisor quiz", () => {
  it("refuses to run without a terminal and points to bpo-advisor match", () => {
    const { code, stdout, stderr } = runCli(["quiz"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/bpo-advisor match --profile FILE/);
    expect(stderr).toMatch(/bpo-advisor match --lang en:B2 --education bachelor/);
  });

  it("refuses --save to an existing file without --force before asking anything", async () => {
    const file = join(dir, "taken.yaml");
    writeFileSync(file, "mine\n");
    const { io } = terminalIo();
    const { open, outputs } = opener(scripted([]).prompter);
    const refusal = quizCommand(quizOptions({ save: file }), io, open);
    await expect(refusal).rejects.toThrow(`--save ${file}: ${file} already exists`);
    await expect(refusal).rejects.toMatchObject({ exitCode: 2, options: { hint: expect.stringMatching(/--force/) } });
    expect(outputs).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
  });

  it("refuses --save into a folder that does not exist before asking anything", async () => {
    const { io } = terminalIo();
    const { open, outputs } = opener(scripted([]).prompter);
    const refusal = quizCommand(quizOptions({ save: "no-such-folder/me.yaml" }), io, open);
    await expect(refusal).rejects.toThrow("--save no-such-folder/me.yaml: the folder no-such-folder does not exist");
    await expect(refusal).rejects.toBeInstanceOf(CliError);
    expect(outputs).toEqual([]);
  });

  it("refuses --save into a read-only folder before asking anything", async () => {
    // /proc/sys is read-only even for root, for whom a folder's permission bits do not count
    const { io } = terminalIo();
    const { open, outputs } = opener(scripted([]).prompter);
    const refusal = quizCommand(quizOptions({ save: "/proc/sys/me.yaml" }), io, open);
    await expect(refusal).rejects.toThrow("--save /proc/sys/me.yaml: the folder /proc/sys is not writable");
    await expect(refusal).rejects.toMatchObject({ exitCode: 2 });
    expect(outputs).toEqual([]);
  });

  it("refuses --save to a link that points to nothing before asking anything, terminal or not", async () => {
    const link = join(dir, "dangling.yaml");
    symlinkSync(join(dir, "nowhere", "me.yaml"), link);
    const { io } = terminalIo();
    const { open, outputs } = opener(scripted([]).prompter);
    const refusal = quizCommand(quizOptions({ save: link }), io, open);
    await expect(refusal).rejects.toThrow(`--save ${link}: ${link} is a link to a file that does not exist`);
    await expect(refusal).rejects.toMatchObject({ exitCode: 2 });
    expect(outputs).toEqual([]);
    const script = runCli(["quiz", "--save", link]);
    expect(script.code).toBe(2);
    expect(script.stderr).toContain("is a link to a file that does not exist");
  });

  it.each([[""], ["   "]])("refuses --save %j, saying it needs a file name", async (name) => {
    const result = runCli(["quiz", "--save", name]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: --save "\s*": needs a file name\nhint: give a file name, such as me\.yaml\n$/,
    );
  });

  it("keeps the answers when the --save file appears during the quiz: another name, then saved", async () => {
    const { io, out } = terminalIo();
    const script = scripted([
      ...FULL_RUN,
      GO_ON,
      [/Your answers are not saved yet\. What now\?/, "Save them under another name"],
      [/Save to which file/, "mine-instead.yaml"],
      [/Save a report of your matches/, false],
      [/See one of these roles in detail/, "No, I am done"],
    ]);
    const { open } = opener(racing(script.prompter, "raced.yaml"));
    expect(await quizCommand(quizOptions({ save: "raced.yaml" }), io, open)).toBe(0);
    expect(script.remaining).toEqual([]);
    expect(out.stdout).toContain("Not saved: raced.yaml already exists.");
    expect(out.stdout).toContain("Saved your profile to mine-instead.yaml");
    expect(readFileSync(join(dir, "raced.yaml"), "utf8")).toBe("theirs\n");
  });

  it("shows the profile to copy when saving fails and another name is not wanted; exit 1 if it is not kept at all", async () => {
    /** The quiz with --save FILE, made by another program meanwhile, and `what` picked then. */
    const saveRaced = async (file: string, what: string) => {
      const { io, out } = terminalIo();
      const script = scripted([
        ...FULL_RUN,
        GO_ON,
        [/Your answers are not saved yet\. What now\?/, what],
        [/Save a report of your matches/, false],
        [/See one of these roles in detail/, "No, I am done"],
      ]);
      const code = await quizCommand(quizOptions({ save: file }), io, opener(racing(script.prompter, file)).open);
      return { code, stdout: out.stdout };
    };
    const shown = await saveRaced("raced-2.yaml", "Show the profile here");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/# A bpo-advisor profile[\s\S]*languages:\n {2}- code: en\n {4}level: C1/);
    expect((await saveRaced("raced-3.yaml", "Do not save them")).code).toBe(1);
  });

  it("saves a profile that `match --profile FILE --json` ranks exactly as the quiz's --json did", async () => {
    const { io, out } = terminalIo({ stdoutIsTerminal: false });
    const script = scripted([...FULL_RUN, GO_ON]);
    const { open, outputs } = opener(script.prompter);
    expect(await quizCommand(quizOptions({ json: true, save: "me.yaml" }), io, open)).toBe(0);
    expect(outputs).toEqual([io.stderr]); // the questions stay off stdout, which holds the JSON alone
    expect(script.remaining).toEqual([]); // and no offers were made
    const quiz = JSON.parse(out.stdout) as { profile: unknown; results: { id: string }[] };
    expect(quiz.profile).toEqual(FULL_PROFILE);
    expect(quiz.results).toHaveLength(5);
    expect(out.stderr).toContain("Saved your profile to me.yaml");

    const match = runCli(["match", "--profile", join(dir, "me.yaml"), "--json"]);
    expect(match.code).toBe(0);
    const matched = JSON.parse(match.stdout) as { profile: unknown; results: unknown[] };
    expect(matched.profile).toEqual(quiz.profile);
    expect(matched.results).toEqual(quiz.results);
  });

  it("shows the ranked result, offers to save without overwriting, then a role's details", async () => {
    writeFileSync(join(dir, "bpo-profile.yaml"), "someone else's\n");
    const { io, out } = terminalIo();
    const script = scripted([
      ...FULL_RUN,
      GO_ON,
      [/Save your answers as a profile file/, true],
      [/Save to which file/, "bpo-profile.yaml"],
      [/Your answers are not saved yet\. What now\?/, "Save them under another name"],
      [/Save to which file/, "mine.yaml"],
      [/Save a report of your matches/, false],
      [/See one of these roles in detail/, "1."],
      [/See another role in detail/, "No, I am done"],
    ]);
    const { open, outputs } = opener(script.prompter);
    expect(await quizCommand(quizOptions(), io, open)).toBe(0);
    expect(outputs).toEqual([io.stdout]);
    expect(script.remaining).toEqual([]);

    const ranked = runCli(["match", "--profile", join(dir, "mine.yaml")], { env: { COLUMNS: "100" } });
    // first what the quiz is, then the same result as match, the same way
    expect(out.stdout).toMatch(
      /^9 questions, some in two or more parts\. At the end you see every answer, and can change/,
    );
    expect(out.stdout.slice(out.stdout.indexOf("Your best matches")).startsWith(ranked.stdout)).toBe(true);
    expect(out.stdout).toMatch(/Your best matches: 5 of \d+ roles/);
    expect(out.stdout).toContain("Responsibilities"); // the details of the role picked
    expect(out.stdout).toContain("Not saved: bpo-profile.yaml already exists.");
    expect(out.stdout).toContain("Saved your profile to mine.yaml");
    expect(readFileSync(join(dir, "bpo-profile.yaml"), "utf8")).toBe("someone else's\n");
    const saved = parseProfileText(readFileSync(join(dir, "mine.yaml"), "utf8"), "mine.yaml");
    expect(saved).toEqual({ ok: true, profile: expect.objectContaining(FULL_PROFILE) });
  });
});

describe("saving a report at the end of the quiz", () => {
  it("writes the report of the matches shown, in the format its file name says, never over a file", async () => {
    writeFileSync(join(dir, "taken.md"), "someone else's\n");
    const { io, out } = terminalIo();
    const script = scripted([
      ...FULL_RUN,
      GO_ON,
      [/Save your answers as a profile file/, false],
      [/Save a report of your matches/, true],
      [/Save the report to which file/, "report.txt"], // refused: not .pdf, .html or .md
      [/Save the report to which file/, "taken.md"],
      [/Save the report under another name/, true],
      [/Save the report to which file/, "my-report.md"],
      [/See one of these roles in detail/, "No, I am done"],
    ]);
    const { open } = opener(script.prompter);
    expect(await quizCommand(quizOptions(), io, open)).toBe(0);
    expect(script.remaining).toEqual([]);
    expect(script.rejected).toEqual(["end the name in .pdf, .html or .md"]);
    expect(out.stdout).toContain("Not saved: taken.md already exists.");
    expect(out.stdout).toContain("Saved the report to my-report.md.");
    expect(readFileSync(join(dir, "taken.md"), "utf8")).toBe("someone else's\n");
    const report = readFileSync(join(dir, "my-report.md"), "utf8");
    const best = JSON.parse(
      runCli(["match", "--profile", "-", "--json", "--top", "3"], { input: JSON.stringify(FULL_PROFILE) }).stdout,
    ) as {
      results: { title: string }[];
    };
    // the same best roles as match ranks for the same answers, in order
    const titles = [...report.matchAll(/^### \d+\. (.+) \(/gm)].map((m) => m[1]);
    expect(titles).toEqual(best.results.map((r) => r.title));
    expect(report).toMatch(/\| Languages \| English C1, Hindi \(native\) \|/);
  });
});

describe("saving a profile", () => {
  it("saves under a name of 250 bytes, the longest a folder takes with room to spare", async () => {
    const folder = mkdtempSync(join(dir, "save-long-"));
    const profile = (await runQuiz(kb, scripted([...FULL_RUN, GO_ON]).prompter)) as never;
    const name = `${"p".repeat(245)}.yaml`;
    await saveProfile(name, profile, { cwd: folder });
    expect(readdirSync(folder)).toEqual([name]);
  });

  it("never overwrites an existing file unless forced, and leaves no temporary file behind", async () => {
    const folder = mkdtempSync(join(dir, "save-"));
    writeFileSync(join(folder, "p.yaml"), "old\n");
    const profile = (await runQuiz(kb, scripted([...FULL_RUN, GO_ON]).prompter)) as never;
    await expect(saveProfile("p.yaml", profile, { cwd: folder })).rejects.toMatchObject({
      message: "cannot save the profile to p.yaml: the file already exists",
      exitCode: 2,
    });
    expect(readFileSync(join(folder, "p.yaml"), "utf8")).toBe("old\n");
    await saveProfile("p.yaml", profile, { cwd: folder, force: true });
    expect(readFileSync(join(folder, "p.yaml"), "utf8")).toMatch(/^# A bpo-advisor profile/);
    await expect(saveProfile("gone/p.yaml", profile, { cwd: folder })).rejects.toMatchObject({ exitCode: 2 });
    expect(readdirSync(folder)).toEqual(["p.yaml"]);
    expect(existsSync(join(folder, "gone"))).toBe(false);
  });
});
