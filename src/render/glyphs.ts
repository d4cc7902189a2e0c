// The characters output may use beyond ASCII (ticks, bars, bullets), and their ASCII stand-ins
// for a terminal whose locale cannot show them (issue #13: LANG=C gets box-drawing and tick
// characters it may not show). The locale is read as the C library reads it: the first of
// LC_ALL, LC_CTYPE and LANG that is set decides; none set is taken as Unicode-capable, as most
// terminals and CI logs are.

export interface Glyphs {
  tick: string;
  cross: string;
  bullet: string;
  barFull: string;
  barEmpty: string;
  ellipsis: string;
  /** Between the ends of a range: 30,000–45,000. */
  range: string;
  /** Before a next step. */
  arrow: string;
}

export const UNICODE: Glyphs = {
  tick: "✓",
  cross: "✗",
  bullet: "•",
  barFull: "█",
  barEmpty: "░",
  ellipsis: "…",
  range: "–",
  arrow: "→",
};
export const ASCII: Glyphs = {
  tick: "+",
  cross: "x",
  bullet: "*",
  barFull: "#",
  barEmpty: ".",
  ellipsis: "...",
  range: "-",
  arrow: "->",
};

/** Whether the locale in `env` can show characters beyond ASCII. */
export function unicodeOk(env: Readonly<Record<string, string | undefined>>): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return !locale || /utf-?8/i.test(locale);
}

export const glyphsFor = (env: Readonly<Record<string, string | undefined>>): Glyphs =>
  unicodeOk(env) ? UNICODE : ASCII;
