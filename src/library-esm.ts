// The library's ES module entry (dist/library.mjs): the CommonJS file's exports, re-exported, so
// that `import` and `require` share one copy of the library (one KB per load, one InputError
// class to catch). The build resolves ./library.js to ./library.cjs (tsup.config.ts).
export * from "./library.js";
