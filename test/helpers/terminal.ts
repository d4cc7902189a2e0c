import { spawnSync } from "node:child_process";

// A real terminal for the built command: tmux gives it a pseudo-terminal, a test types into it
// and reads the screen. Every step waits for what it needs to see, so a slow machine only makes
// a test slower, not flaky.

const STEP_TIMEOUT = 30_000;
const SOCKET = `bpo-advisor-test-${process.pid}-${Date.now()}`;

function tmux(...args: string[]): string {
  const result = spawnSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`tmux ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

/** Ends every terminal this test file opened. */
export const closeTerminals = () => spawnSync("tmux", ["-L", SOCKET, "kill-server"]);

export class Terminal {
  /**
   * Runs `command` (a shell line) in a new terminal, 120x50 unless `size` says otherwise; it
   * prints EXIT=<code> when it ends. With `record`, every byte the program writes to the terminal
   * is kept in that file too (escape sequences and all), from the start.
   */
  constructor(
    readonly session: string,
    command: string,
    cwd: string,
    { width = 120, height = 50, record }: { width?: number; height?: number; record?: string } = {},
  ) {
    // with a recording, the program waits for it to be set up before it starts
    const ready = record ? "read -r _; " : "";
    const line = `${ready}${command}; echo EXIT=$?; sleep 3600`;
    tmux(
      "new-session",
      "-d",
      "-x",
      String(width),
      "-y",
      String(height),
      "-s",
      session,
      "-c",
      cwd,
      "-e",
      "NO_COLOR=1",
      line,
    );
    if (record) {
      tmux("pipe-pane", "-o", "-t", session, `cat >> ${JSON.stringify(record)}`);
      this.press("Enter");
    }
  }

  /** The screen as it shows now, or with all that has scrolled off it. */
  screen(scrolled = false): string {
    return tmux("capture-pane", "-p", "-t", this.session, ...(scrolled ? ["-S", "-"] : []));
  }

  async waitFor(wanted: RegExp, scrolled = false): Promise<string> {
    const deadline = Date.now() + STEP_TIMEOUT;
    for (;;) {
      const text = this.screen(scrolled);
      if (wanted.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`${wanted} did not appear; the screen shows:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  press(...keys: string[]): void {
    tmux("send-keys", "-t", this.session, ...keys);
  }

  /** Types text, then Enter: in a list, typing the start of a choice's name moves to it. */
  type(text: string): void {
    tmux("send-keys", "-t", this.session, "-l", text);
    this.press("Enter");
  }
}

/** The question being asked now, by its number (answered ones show a tick instead of "?"). */
export const question = (k: number, part = "") => new RegExp(`\\? Question ${k} of 9${part}: `);

/**
 * Answers all eight questions (and their parts) as a B.Com graduate with English C1, two years
 * of work (one in BPO, customer-facing), 45 WPM, non-voice, nights, finance; then confirms the
 * review. Each step waits for its number, which never changes as the answers come.
 */
export async function answerQuiz(t: Terminal, { confirm = true } = {}): Promise<void> {
  const answers: [RegExp, () => void][] = [
    [question(1), () => t.press("Space", "Enter")], // English, the first language listed
    [question(2), () => t.type("C1")],
    [question(3), () => t.type("Bachelor")],
    [question(3, ", part 2 of 2"), () => t.type("Commerce")],
    [question(4), () => t.type("2")],
    [question(4, ", part 2 of 4"), () => t.type("1")],
    [question(4, ", part 3 of 4"), () => t.type("1")],
    [question(4, ", part 4 of 4"), () => t.type("0")],
    [question(5), () => t.type("45")],
    [question(6), () => t.type("Non-voice")],
    [question(7), () => t.type("Yes")],
    [question(8), () => t.press("Down", "Down", "Down", "Space", "Enter")], // the fourth domain
    [question(9), () => t.type("India")],
  ];
  for (const [asked, answer] of answers) {
    await t.waitFor(asked);
    answer();
  }
  await t.waitFor(/✔ Question 8 of 9: Which kinds of work interest you\? .*Finance and accounting/);
  await t.waitFor(/✔ Question 9 of 9: Where are you looking for work\? .*India/);
  await t.waitFor(/\? Your answers\. Pick one to change it/);
  if (confirm) t.press("Enter");
}

/** The same answers as `match` flags. */
export const QUIZ_ANSWERS_AS_FLAGS = [
  ...["--lang", "en:C1", "--education", "bachelor", "--field", "commerce", "--years", "2"],
  ...["--bpo-years", "1", "--customer-years", "1", "--leadership-years", "0", "--wpm", "45"],
  ...["--mode", "non-voice", "--night-shifts", "--interest", "finance", "--country", "IN"],
];
