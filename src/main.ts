import { type Io, processIo } from "./context.js";
import { CliError, ExitCode } from "./errors.js";
import { sanitize } from "./render/sanitize.js";
import { VERSION } from "./version.js";

// The one error boundary: every failure becomes one clear message on stderr and an exit code.
// No stack traces unless BPO_ADVISOR_DEBUG=1. Nothing else in the program exits.

// Start-up time matters (issue #4): this module loads nothing heavy. `--version` is answered here,
// and commander and the commands load only when there is a command to run.
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  let code: ExitCode = ExitCode.ok;
  try {
    const { buildProgram } = await import("./cli.js");
    await buildProgram(io, (c) => {
      code = c;
    }).parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    return reportError(error, io);
  }
}

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
    io.stderr.write(`${lines.join("\n")}\n`);
    if (io.env.BPO_ADVISOR_DEBUG === "1") io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: ${sanitize(message)}\n`);
  if (io.env.BPO_ADVISOR_DEBUG === "1" && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write("hint: this is a bug in bpo-advisor; BPO_ADVISOR_DEBUG=1 shows the details\n");
  return ExitCode.failure;
}

/** commander's errors carry a code such as commander.unknownOption (checked without importing it). */
const isCommanderError = (error: unknown): error is Error & { code: string } => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("commander.");
};

/** The process entry: wires real streams, treats a closed stdout pipe as a quiet end. */
export async function run(): Promise<void> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(ExitCode.ok);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), processIo());
}
