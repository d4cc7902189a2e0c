// What the bundle's dist/libs/text-width.cjs holds (see tsup.config.ts): the measuring and the
// wrapping of text by display width, one file as they load together (src/render/layout.ts), and
// as fast-wrap-ansi measures with fast-string-width.
export { default as stringWidth } from "fast-string-width";
export { wrapAnsi } from "fast-wrap-ansi";
