// string-width and wrap-ansi as one module, loaded on demand by ./layout.ts: imported apart, the
// bundle gives them three files (they share ansi-regex), and each file costs start-up time.
export { default as stringWidth } from "string-width";
export { default as wrapAnsi } from "wrap-ansi";
