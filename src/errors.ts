// Exit codes are a contract (README; pinned by the CLI tests in test/): scripts depend on them.
export const ExitCode = {
  ok: 0,
  /** Nothing found, or a runtime failure. */
  notFound: 1,
  failure: 1,
  /** Invalid usage or invalid input (flags, files). */
  usage: 2,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The one error type commands throw; src/main.ts turns it into a message and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly options: { hint?: string; details?: readonly string[] } = {},
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const usageError = (message: string, hint?: string) => new CliError(message, ExitCode.usage, { hint });

/** A problem in an input file, located as precisely as the file allows. */
export interface InputIssue {
  file: string;
  line?: number;
  col?: number;
  /** The path inside the document, such as roles[3].requirements.education.minimum. */
  path?: string;
  message: string;
}

export const formatIssue = (issue: InputIssue): string => {
  const where = [issue.file, issue.line, issue.col].filter((p) => p !== undefined).join(":");
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
};

/** Invalid input file(s): every issue at once, exit 2. */
export class InputError extends CliError {
  constructor(
    summary: string,
    readonly issues: readonly InputIssue[],
    hint?: string,
  ) {
    super(summary, ExitCode.usage, { hint, details: issues.map(formatIssue) });
    this.name = "InputError";
  }
}

/**
 * Refuses text typed as an argument that is longer than `max` characters, without echoing it
 * (a pasted file or a runaway script would fill the terminal).
 */
export function refuseLongText(text: string, max: number, what: string, hint: string): void {
  if (text.length <= max) return;
  throw usageError(`${what} is ${text.length.toLocaleString("en")} characters long; at most ${max} are taken`, hint);
}
