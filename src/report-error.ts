import type { Io } from "./context.js";
import { CliError, ExitCode } from "./errors.js";
import { clipLines, sanitize } from "./render/sanitize.js";

/** What src/main.ts (the error boundary) does with an error: one clear message and an exit code. */
export function reportError(error: unknown, io: Io): ExitCode {
  if (isCommanderError(error)) {
    // commander has printed its own message (with a did-you-mean where it has one)
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof CliError) {
    const lines = [`error: ${sanitize(error.message)}`];
    for (const detail of error.options.details ?? []) lines.push(`  ${sanitize(detail)}`);
    if (error.options.hint) lines.push(`hint: ${error.options.hint}`);
    io.stderr.write(`${clipLines(lines.join("\n"))}\n`);
    if (io.env.BPO_ADVISOR_DEBUG === "1") io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${clipLines(`error: ${sanitize(message)}`)}\n`);
  if (io.env.BPO_ADVISOR_DEBUG === "1" && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write("hint: this is a bug in bpo-advisor; BPO_ADVISOR_DEBUG=1 shows the details\n");
  return ExitCode.failure;
}

/** commander's errors carry a code such as commander.unknownOption (checked without importing it). */
const isCommanderError = (error: unknown): error is Error & { code: string } => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("commander.");
};
