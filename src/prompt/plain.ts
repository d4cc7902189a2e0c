import { createInterface } from "node:readline";
import { CliError, ExitCode } from "../errors.js";
import { wrap } from "../render/layout.js";
import type { Choice, Prompter, PromptStreams } from "./adapter.js";

// The questions for a terminal that cannot move its cursor (TERM=dumb: an editor's shell, a
// serial console): one line per question, numbered choices, the answer typed and ended with
// Enter, and not one escape sequence (issue #13: inquirer's cursor moves reached TERM=dumb).
// The terminal itself echoes and edits the line (readline in its plain mode, not raw). Ctrl-C
// and the end of input end the quiz as they do with inquirer: exit 130, nothing written.

const interrupted = () => new CliError("interrupted", ExitCode.interrupted);

export function createPlainPrompter(streams: Pick<PromptStreams, "input" | "output">): Prompter {
  const { input, output } = streams;
  const say = (text: string) => output.write(`${text}\n`);
  /** A question's first line, after a blank one that sets it apart from the last answer. */
  const ask = (message: string) => say(`\n${wrap(message, width())}`);
  const width = () => (output.columns ?? 80) - 1;

  /** One line typed, after `query`; rejects on Ctrl-C or the end of input. */
  const line = (query: string) =>
    new Promise<string>((resolve, reject) => {
      const rl = createInterface({ input, output, terminal: false });
      const stop = () => {
        process.off("SIGINT", stop);
        rl.close();
        reject(interrupted());
      };
      rl.once("close", stop);
      process.once("SIGINT", stop);
      rl.question(query, (answer) => {
        rl.off("close", stop);
        process.off("SIGINT", stop);
        rl.close();
        resolve(answer.trim());
      });
    });

  const list = <T extends string>(choices: readonly Choice<T>[], mark?: (c: Choice<T>) => string) => {
    choices.forEach((c, i) => {
      const head = `${String(i + 1).padStart(4)}) ${mark ? `${mark(c)} ` : ""}${c.name}`;
      say(wrap(head, width(), 8, 0));
      if (c.description) say(wrap(c.description, width(), 8));
    });
  };

  /** A choice by its number or the start of its name; undefined when the text names none, or several. */
  const choiceOf = <T extends string>(choices: readonly Choice<T>[], text: string): Choice<T> | undefined => {
    if (/^\d+$/.test(text)) return choices[Number(text) - 1];
    const starting = choices.filter((c) => c.name.toLowerCase().startsWith(text.toLowerCase()));
    return text !== "" && starting.length === 1 ? starting[0] : undefined;
  };

  return {
    async select({ message, choices, default: value }) {
      ask(message);
      list(choices);
      const fallback = choices.findIndex((c) => c.value === value);
      const hint = fallback >= 0 ? `, or Enter for ${fallback + 1}` : "";
      for (;;) {
        const text = await line(`Type a number from 1 to ${choices.length}${hint}: `);
        const picked = text === "" && fallback >= 0 ? choices[fallback] : choiceOf(choices, text);
        if (picked) return picked.value;
        say(`  ! "${text}" is none of the choices: type its number, from 1 to ${choices.length}`);
      }
    },
    async checkbox({ message, choices, checked = [], validate }) {
      ask(message);
      list(choices, (c) => (checked.includes(c.value) ? "[x]" : "[ ]"));
      for (;;) {
        const kept = checked.length ? ", or Enter to keep those marked [x]" : ", or Enter for none";
        const text = await line(`Type the numbers of all that apply, separated by commas${kept}: `);
        const parts = text.split(/[,\s]+/).filter((p) => p !== "");
        const picked = parts.map((p) => choiceOf(choices, p));
        const unknown = parts.find((_, i) => picked[i] === undefined);
        if (unknown !== undefined) {
          say(`  ! "${unknown}" is none of the choices: type their numbers, from 1 to ${choices.length}`);
          continue;
        }
        const values =
          parts.length === 0
            ? [...checked]
            : [...new Set(picked.map((c) => (c as Choice<(typeof choices)[number]["value"]>).value))];
        const verdict = validate?.(values) ?? true;
        if (verdict === true) return values;
        say(`  ! ${verdict}`);
      }
    },
    async input({ message, default: value, validate }) {
      ask(message);
      for (;;) {
        const typed = await line(value ? `[${value}] ` : "> ");
        const text = typed === "" && value !== undefined ? value : typed;
        const verdict = validate?.(text) ?? true;
        if (verdict === true) return text;
        say(`  ! ${verdict}`);
      }
    },
    async confirm({ message, default: value = false }) {
      for (;;) {
        const text = (await line(`${wrap(message, width())} ${value ? "(Y/n)" : "(y/N)"} `)).toLowerCase();
        if (text === "") return value;
        if (["y", "yes"].includes(text)) return true;
        if (["n", "no"].includes(text)) return false;
        say("  ! type y or n");
      }
    },
  };
}
