// Display width and wrapping (fast-string-width and fast-wrap-ansi: string-width's and
// wrap-ansi's answers, without building an Intl.Segmenter and Unicode-sets regular expressions as
// they load, ~26 ms of every command that lays text out for a terminal), loaded together on
// demand by ./layout.ts; once built, one file of the bundle's dist/libs (see tsup.config.ts).
export { default as stringWidth } from "fast-string-width";
export { wrapAnsi } from "fast-wrap-ansi";
