import { Writable } from "node:stream";
import { CliError, ExitCode } from "../errors.js";
import { wrap } from "../render/layout.js";

// The only module that imports @inquirer/prompts, and only when the prompts open, so that no
// other command pays for it. The quiz sees the small Prompter below, which tests replace with a
// script.

export interface Choice<T extends string> {
  value: T;
  name: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
}

/** true when the answer is acceptable, else the message to show under the question. */
export type Validate<T> = (answer: T) => true | string;

export interface Prompter {
  select<T extends string>(question: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(question: {
    message: string;
    choices: readonly Choice<T>[];
    checked?: readonly T[];
    validate?: Validate<readonly T[]>;
  }): Promise<T[]>;
  /** Free text; `default` is put on the line to edit or clear. */
  input(question: { message: string; default?: string; validate?: Validate<string> }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number; rows?: number };
  /** false strips inquirer's own colours, which follow only NO_COLOR and FORCE_COLOR. */
  color: boolean;
  /** ASCII icons and key names, for a locale that cannot show Unicode (src/render/glyphs.ts). */
  ascii?: boolean;
}

/**
 * Inquirer's icons and key names in ASCII (issue #13: LANG=C got ticks, circles and arrows it
 * may not show); every prompt takes the parts it knows.
 */
const ASCII_THEME = {
  prefix: { idle: "?", done: "+" },
  icon: { cursor: ">", checked: "[x]", unchecked: "[ ]", disabledChecked: "[x]", disabledUnchecked: "-" },
  style: {
    keysHelpTip: (keys: [string, string][]) =>
      keys.map(([key, action]) => `${key.replace("↑↓", "up/down").replace("⏎", "enter")} ${action}`).join(", "),
  },
};

export async function createInquirerPrompter(streams: PromptStreams): Promise<Prompter> {
  const { checkbox, confirm, input, select } = await import("@inquirer/prompts");
  const theme = streams.ascii ? { theme: ASCII_THEME } : {};
  const prefixOnly = streams.ascii ? { theme: { prefix: ASCII_THEME.prefix } } : {};
  const context = () => ({
    input: streams.input,
    output: streams.color ? streams.output : withoutColor(streams.output),
    clearPromptOnDone: false,
  });
  // Lists wrap (issue #13: up on the first choice goes to the last). Long enough lists are shown whole: a hidden choice is one a person does not know to look for.
  const pageSize = (count: number) => Math.max(5, Math.min(count, (streams.output.rows ?? 24) - 6));
  // inquirer breaks lines at the terminal's width, mid-word (its wordWrap: false); messages and
  // descriptions are sentences, wrapped here between words first (issue #13: at 60 columns
  // "you have fi / nished?"). A message leaves room for inquirer's "? " before it.
  const wrapMessage = (message: string) => wrap(message, (streams.output.columns ?? 80) - 3);
  const described = <T extends string>(choices: readonly Choice<T>[]) =>
    choices.map((c) =>
      c.description ? { ...c, description: wrap(c.description, Math.min(streams.output.columns ?? 80, 100) - 1) } : c,
    );
  return {
    select: ({ message, choices, default: value }) =>
      cancellable(
        select(
          {
            ...theme,
            message: wrapMessage(message),
            choices: described(choices),
            default: value,
            loop: true,
            pageSize: pageSize(choices.length),
          },
          context(),
        ),
      ),
    checkbox: ({ message, choices, checked = [], validate }) =>
      cancellable(
        checkbox(
          {
            ...theme,
            message: wrapMessage(message),
            choices: described(choices).map((c) => ({ ...c, checked: checked.includes(c.value) })),
            loop: true,
            pageSize: pageSize(choices.length),
            validate: validate && ((selected) => validate(selected.map((c) => c.value))),
          },
          context(),
        ),
      ),
    input: ({ message, default: value, validate }) =>
      cancellable(
        input(
          { ...prefixOnly, message: wrapMessage(message), default: value, prefill: "editable", validate },
          context(),
        ),
      ),
    confirm: (question) =>
      cancellable(confirm({ ...prefixOnly, ...question, message: wrapMessage(question.message) }, context())),
  };
}

/** The one cancel policy: Ctrl-C ends the program with 130 and one line, not a stack trace. */
async function cancellable<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof Error && error.name === "ExitPromptError") {
      throw new CliError("interrupted", ExitCode.interrupted);
    }
    throw error;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const SGR = /\u001b\[[0-9;]*m/g;

/** The output with colour codes removed and cursor moves kept; one per prompt, as inquirer ends it. */
function withoutColor(output: PromptStreams["output"]): NodeJS.WritableStream {
  const plain = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      output.write(String(chunk).replace(SGR, ""));
      done();
    },
  });
  // inquirer sizes its lines from the stream it writes to
  return Object.defineProperties(plain, {
    columns: { get: () => output.columns },
    rows: { get: () => output.rows },
    isTTY: { value: true },
  });
}
