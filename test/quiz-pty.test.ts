import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers/run-cli.js";
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
    expect(result).toMatch(new RegExp(` 1\\. ${first.replace(/[()]/g, "\\$&")}\\s+█`));

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
});
