import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import wrapAnsi from "wrap-ansi";
import { stringWidth as fastWidth, wrapAnsi as fastWrap } from "../src/render/text-width.js";
import { shippedKb } from "./helpers/kb.js";

// The text layout measures and wraps with fast-string-width and fast-wrap-ansi, which load in
// ~2 ms where string-width and wrap-ansi take ~28 ms (an Intl.Segmenter and Unicode-sets regular
// expressions built as they load). They must lay out what the advisor prints as those would:
// every text of the KB, and the glyphs and colours the renderers add, measured and wrapped alike.

const texts: string[] = [];
const collect = (value: unknown): void => {
  if (typeof value === "string") texts.push(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) collect(v);
};
collect(shippedKb);
const GLYPHS = ["•", "–", "✓", "✗", "→", "…", "█", "░", "·", "—", "≥", "₹", "zł", "ł", "ñ", "日本"];
const BOLD = (s: string) => `\u001b[1m${s}\u001b[22m`;
const RED = (s: string) => `\u001b[31m${s}\u001b[39m`;

describe("the text layout's libraries", () => {
  it("measure every text of the KB, and the glyphs and colours added, as string-width does", () => {
    expect(texts.length).toBeGreaterThan(1000);
    const samples = [...texts, ...GLYPHS.map((g) => `a ${g} b`), BOLD("Pay"), RED("✗ not met")];
    const differ = samples.filter((s) => fastWidth(s) !== stringWidth(s));
    expect(differ).toEqual([]);
  });

  it("wrap paragraphs of the KB's texts, coloured in part, as wrap-ansi does", () => {
    const differ: string[] = [];
    for (let i = 0; i < texts.length; i += 5) {
      const paragraph = texts
        .slice(i, i + 5)
        .map((t, j) => (j === 0 ? BOLD(t) : j === 3 ? RED(t) : t))
        .join(` ${GLYPHS[i % GLYPHS.length]} `);
      for (const width of [20, 40, 57, 80, 120]) {
        const options = { hard: true, trim: true };
        if (fastWrap(paragraph, width, options) !== wrapAnsi(paragraph, width, options))
          differ.push(`${width}: ${paragraph}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
