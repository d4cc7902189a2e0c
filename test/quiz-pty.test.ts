import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers/run-cli.js";

// The built quiz in a real terminal: tmux gives it a pseudo-terminal, the test types into it and
// reads the screen. Every step waits for what it needs to see, so a slow machine only makes it
// slower, not flaky.

const SOCKET = `bpo-advisor-quiz-${process.pid}-${Date.now()}`;
const QUIZ_TIMEOUT = 180_000;
const STEP_TIMEOUT = 30_000;

function tmux(...args: string[]): string {
  const result = spawnSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`tmux ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

/** Starts `quiz` in a new 120x50 terminal; it prints EXIT=<code> when it ends. */
function startQuiz(session: string): void {
  const command = "node bin/bpo-advisor.js quiz; echo EXIT=$?; sleep 3600";
  tmux("new-session", "-d", "-x", "120", "-y", "50", "-s", session, "-c", ROOT, "-e", "NO_COLOR=1", command);
}

/** The screen as it shows now, or with all that has scrolled off it. */
const screen = (session: string, scrolled = false) =>
  tmux("capture-pane", "-p", "-t", session, ...(scrolled ? ["-S", "-"] : []));

async function waitFor(session: string, wanted: RegExp, scrolled = false): Promise<string> {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    const text = screen(session, scrolled);
    if (wanted.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`${wanted} did not appear; the screen shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const press = (session: string, ...keys: string[]) => tmux("send-keys", "-t", session, ...keys);
/** Types text, then Enter: in a list, typing the start of a choice's name moves to it. */
const type = (session: string, text: string) => {
  tmux("send-keys", "-t", session, "-l", text);
  press(session, "Enter");
};
/** The question being asked now (answered ones show a tick instead of "?"). */
const question = (k: number) => new RegExp(`\\? Question ${k} of \\d+: `);

describe("bpo-advisor quiz in a terminal", () => {
  it("asks every question and shows the roles that fit the answers", { timeout: QUIZ_TIMEOUT }, async () => {
    const s = "answers";
    startQuiz(s);
    const answers: [number, () => void][] = [
      [1, () => press(s, "Space", "Enter")], // English, the first language listed
      [2, () => type(s, "C1")],
      [3, () => type(s, "Bachelor")],
      [4, () => type(s, "Commerce")],
      [5, () => type(s, "2")],
      [6, () => type(s, "1")],
      [7, () => type(s, "1")],
      [8, () => type(s, "0")],
      [9, () => type(s, "45")],
      [10, () => type(s, "Non-voice")],
      [11, () => type(s, "Yes")],
      [12, () => press(s, "Down", "Down", "Down", "Space", "Enter")], // the fourth domain
    ];
    for (const [k, answer] of answers) {
      await waitFor(s, question(k));
      answer();
    }
    await waitFor(s, /✔ Question 12 of 12: Which kinds of work interest you\? .*Finance and accounting/);
    await waitFor(s, /\? Your answers\. Pick one to change it/);
    press(s, "Enter");

    const best = runCli([
      ...["match", "--lang", "en:C1", "--education", "bachelor", "--field", "commerce", "--years", "2"],
      ...["--bpo-years", "1", "--customer-years", "1", "--leadership-years", "0", "--wpm", "45"],
      ...["--mode", "non-voice", "--night-shifts", "--interest", "finance", "--json"],
    ]);
    const first = (JSON.parse(best.stdout) as { results: { title: string }[] }).results[0]?.title ?? "";
    expect(first).not.toBe("");
    await waitFor(s, /\? Save your answers as a profile file/);
    const result = screen(s, true);
    expect(result).toContain("Your best matches: 5 of");
    expect(result).toMatch(new RegExp(` 1\\. ${first.replace(/[()]/g, "\\$&")}\\s+█`));

    press(s, "n", "Enter");
    await waitFor(s, /\? See one of these roles in detail\?/);
    type(s, "No, I am done");
    expect(await waitFor(s, /EXIT=\d+/)).toContain("EXIT=0");
  });

  it("ends with exit code 130 and one short line when Ctrl-C is pressed", { timeout: QUIZ_TIMEOUT }, async () => {
    const s = "interrupt";
    startQuiz(s);
    await waitFor(s, question(1));
    press(s, "Space", "Enter");
    await waitFor(s, question(2));
    press(s, "C-c");
    const end = await waitFor(s, /EXIT=\d+/);
    expect(end).toContain("EXIT=130");
    expect(end).toContain("error: interrupted");
    expect(end).not.toMatch(/ExitPromptError|^\s+at /m);
  });
});
