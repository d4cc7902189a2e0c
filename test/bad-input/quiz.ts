import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): quiz.
export const rows: BadInputRow[] = [];
