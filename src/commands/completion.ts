import type { Command } from "commander";
import type { Io } from "../context.js";
import { ExitCode } from "../errors.js";
import { loadKnowledgeBase } from "../kb/load-kb.js";

// Shell completion by @bomb.sh/tab: `completion <shell>` prints a script; the script calls back
// `bpo-advisor complete -- <words>` at every [TAB], answered here from the commander program
// (commands, options, choices) and the KB (role ids for `role`, `path` and `compare`).

export const SHELLS = ["bash", "zsh", "fish", "powershell"] as const;

/** `program` is a fresh program without the completion commands, for tab to read. */
async function completionTree(program: Command, io: Io) {
  const { default: tab } = await import("@bomb.sh/tab/commander");
  const root = tab(program, { completionCommandName: "completion" });
  // the arguments that name a role: each is completed with the KB's role ids
  const named = [
    root.commands.get("role")?.arguments.get("name"),
    root.commands.get("path")?.arguments.get("name"),
    root.commands.get("compare")?.arguments.get("roles"),
  ].filter((a) => a !== undefined);
  if (named.length > 0) {
    const kb = await loadKnowledgeBase(io, undefined);
    for (const argument of named) {
      argument.handler = (complete) => {
        for (const r of kb.roles) complete(r.id, r.title);
      };
    }
  }
  return root;
}

export async function printCompletionScript(shell: string, program: Command, io: Io): Promise<ExitCode> {
  (await completionTree(program, io)).setup("bpo-advisor", "bpo-advisor", shell);
  return ExitCode.ok;
}

export async function printCompletions(words: string[], program: Command, io: Io): Promise<ExitCode> {
  (await completionTree(program, io)).parse(words);
  return ExitCode.ok;
}
