/**
 * Orders ids by their characters. Ids are lower-case ASCII (the KB schema says so), so this is
 * the order localeCompare would give, without building an ICU collator (~7 ms at start-up).
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
