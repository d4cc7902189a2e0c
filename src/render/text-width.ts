// string-width and wrap-ansi, loaded together on demand by ./layout.ts (once built, each is a
// file of the bundle's dist/libs: see tsup.config.ts).
export { default as stringWidth } from "string-width";
export { default as wrapAnsi } from "wrap-ansi";
