import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): batch.
export const rows: BadInputRow[] = [];
