import type { GlobalOptions, Io } from "../context.js";
import { type ExitCode, usageError } from "../errors.js";

export interface QuizOptions extends GlobalOptions {
  save?: string;
  force?: boolean;
  top: number;
}

export async function quizCommand(_options: QuizOptions, _io: Io): Promise<ExitCode> {
  throw usageError("the quiz is not built yet");
}
