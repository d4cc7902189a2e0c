import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "./helpers/run-cli.js";
import { answerQuiz, closeTerminals, QUIZ_ANSWERS_AS_FLAGS, question, Terminal } from "./helpers/terminal.js";

// The built quiz in a real terminal (tmux), answered key by key as a person would.
const QUIZ_TIMEOUT = 180_000;

afterAll(() => {
  closeTerminals();
});

describe("bpo-advisor quiz in a terminal", () => {
  it("asks every question and shows the roles that fit the answers", { timeout: QUIZ_TIMEOUT }, async () => {
    const t = new Terminal("answers", "node bin/bpo-advisor.cjs quiz", ROOT);
    await answerQuiz(t);

    const best = runCli(["match", ...QUIZ_ANSWERS_AS_FLAGS, "--json"]);
    const first = (JSON.parse(best.stdout) as { results: { title: string }[] }).results[0]?.title ?? "";
    expect(first).not.toBe("");
    await t.waitFor(/\? Save your answers as a profile file/);
    const result = t.screen(true);
    expect(result).toContain("Your best matches: 5 of");
    // a long title is cut to fit the terminal: its first words are shown
    const shownStart = first.slice(0, 20).replace(/[()/.*+?[\]\\^$|{}]/g, "\\$&");
    expect(result).toMatch(new RegExp(` 1\\. ${shownStart}[^\\n]*█`));

    t.press("n", "Enter");
    await t.waitFor(/\? Save a report of your matches/);
    t.press("n", "Enter");
    await t.waitFor(/\? See one of these roles in detail\?/);
    t.type("No, I am done");
    expect(await t.waitFor(/EXIT=\d+/)).toContain("EXIT=0");
  });

  it("ends with exit code 130 and one short line when Ctrl-C is pressed", { timeout: QUIZ_TIMEOUT }, async () => {
    const t = new Terminal("interrupt", "node bin/bpo-advisor.cjs quiz", ROOT);
    await t.waitFor(question(1));
    t.press("Space", "Enter");
    await t.waitFor(question(2));
    t.press("C-c");
    const end = await t.waitFor(/EXIT=\d+/);
    expect(end).toContain("EXIT=130");
    expect(end).toContain("error: interrupted");
    expect(end).not.toMatch(/ExitPromptError|^\s+at /m);
  });

  it("refuses a --save link that points to nothing before the first question", { timeout: QUIZ_TIMEOUT }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "bpo-quiz-"));
    symlinkSync(join(dir, "gone", "d.yaml"), join(dir, "d.yaml"));
    const t = new Terminal("dangling", `node ${BIN} quiz --save d.yaml`, dir);
    const end = await t.waitFor(/EXIT=\d+/);
    expect(end).toContain("EXIT=2");
    expect(end).toContain("error: --save d.yaml: d.yaml is a link to a file that does not exist");
    expect(end).not.toContain("Question 1");
  });

  it("keeps every answer when another program creates the --save file during the quiz", {
    timeout: QUIZ_TIMEOUT,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "bpo-quiz-"));
    const t = new Terminal("concurrent", `node ${BIN} quiz --save me.yaml`, dir);
    await answerQuiz(t, { confirm: false });
    writeFileSync(join(dir, "me.yaml"), "another program's\n"); // while the review is on the screen
    t.press("Enter");
    await t.waitFor(/Not saved: me\.yaml already exists\.[\s\S]*\? Your answers are not saved yet\. What now\?/);
    t.press("Enter"); // the first choice: another name
    await t.waitFor(/\? Save to which file\?/);
    t.press("C-u");
    t.type("mine.yaml");
    await t.waitFor(/Saved your profile to mine\.yaml/);
    await t.waitFor(/\? Save a report of your matches/);
    t.press("n", "Enter");
    await t.waitFor(/\? See one of these roles in detail\?/);
    t.type("No, I am done");
    expect(await t.waitFor(/EXIT=\d+/)).toContain("EXIT=0");
    expect(readFileSync(join(dir, "me.yaml"), "utf8")).toBe("another program's\n");
    const saved = runCli(["match", "--profile", join(dir, "mine.yaml"), "--json"]);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout).profile.education).toEqual({ level: "bachelor", field: "commerce" });
  });

  it("asks in plain lines, without one escape sequence, in a dumb terminal", { timeout: QUIZ_TIMEOUT }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "bpo-quiz-"));
    const record = join(dir, "screen.bytes");
    // NO_COLOR unset: the result must come without colour because the terminal is dumb
    const t = new Terminal("dumb", `env -u NO_COLOR TERM=dumb node ${BIN} quiz`, dir, { record });
    const answers: [RegExp, string][] = [
      [/Question 1 of 9: Which languages do you speak\?[\s\S]*Type the numbers/, "1"],
      [/Question 2 of 9: How well do you know English\?[\s\S]*Type a number from 1 to 7: *$/m, "5"],
      [/Question 3 of 9: What is the highest education[\s\S]*Type a number from 1 to 7: *$/m, "bach"],
      [/Question 3 of 9, part 2 of 2: What was your field[\s\S]*Type a number/, "Commerce"],
      [/Question 4 of 9: How many years[\s\S]*> *$/m, "0"],
      [/Question 5 of 9: Your typing speed[\s\S]*> *$/m, ""],
      [/Question 6 of 9: Which work do you want\?[\s\S]*Type a number/, "9"], // none of them: asked again
      [/"9" is none of the choices[\s\S]*Type a number/, "2"],
      [/Question 7 of 9: Can you work night[\s\S]*Type a number/, "1"],
      [/Question 8 of 9: Which kinds of work[\s\S]*Type the numbers/, "4"],
      [/Question 9 of 9: Where are you looking for work[\s\S]*Type a number/, "1"],
      [/Your answers\. Pick one to change it[\s\S]*Type a number/, "1"],
      [/Save your answers as a profile file[\s\S]*\(y\/N\) *$/m, "n"],
      [/Save a report of your matches[\s\S]*\(y\/N\) *$/m, "n"],
      [/See one of these roles in detail\?[\s\S]*Type a number/, "6"],
    ];
    for (const [asked, answer] of answers) {
      await t.waitFor(asked, true);
      t.type(answer);
    }
    const end = await t.waitFor(/EXIT=\d+/, true);
    expect(end).toContain("EXIT=0");
    expect(end).toMatch(/Your best matches: 5 of \d+ roles/);
    const bytes = readFileSync(record);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.includes(0x1b)).toBe(false); // ESC: no cursor move, no colour, no clearing
  });

  it("breaks its lines between words at 60 columns", { timeout: QUIZ_TIMEOUT }, async () => {
    const t = new Terminal("narrow", `node ${BIN} quiz`, ROOT, { width: 60 });
    await t.waitFor(question(1));
    t.press("Space", "Enter");
    await t.waitFor(question(2));
    t.press("Enter");
    const screen = await t.waitFor(question(3));
    const lines = screen.split("\n");
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
    const joined = lines.map((l) => l.trim()).join(" ");
    expect(joined).toContain("Question 3 of 9: What is the highest education you have finished?");
    expect(joined).toContain(
      "At the end you see every answer, and can change any of them before your matches are shown.",
    );
    expect(joined).toContain("How well do you know English? (CEFR level) A1 - Beginner");
    t.press("C-c");
    expect(await t.waitFor(/EXIT=\d+/)).toContain("EXIT=130");
  });

  it("wraps its lists: up on the first choice goes to the last", { timeout: QUIZ_TIMEOUT }, async () => {
    const t = new Terminal("wrapping", `node ${BIN} quiz`, ROOT);
    await t.waitFor(question(1));
    t.press("Space", "Enter");
    await t.waitFor(question(2));
    t.press("Up", "Enter");
    await t.waitFor(/✔ Question 2 of 9: How well do you know English\? \(CEFR level\) Native speaker/);
    t.press("C-c");
    expect(await t.waitFor(/EXIT=\d+/)).toContain("EXIT=130");
    expect(existsSync(join(ROOT, "bpo-profile.yaml"))).toBe(false);
  });
});
