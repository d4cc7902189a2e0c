import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { icuLanguages } from "../src/core/icu-languages.js";
import { languageNameOf, toLanguageCode } from "../src/core/languages.js";
import { runCli } from "./helpers/run-cli.js";

describe("a language's name", () => {
  it.each([
    ["de", "de"],
    [" German ", "de"],
    ["DE", "de"],
    ["Filipino", "tl"],
    ["Tagalog", "tl"],
    ["Bangla", "bn"],
    ["Bengali", "bn"],
    ["Mandarin", "zh"],
    ["cantonese", "zh"],
    ["Chinese", "zh"],
    ["Farsi", "fa"],
    ["Persian", "fa"],
    ["Flemish", "nl"],
    ["Oriya", "or"],
    ["Panjabi", "pa"],
    ["Sinhalese", "si"],
    ["Castilian", "es"],
    ["Moldovan", "ro"],
    ["Hebrew", "he"],
    ["iw", "he"],
    ["in", "id"],
  ])("%j is read as %j", (text, code) => {
    expect(toLanguageCode(text)).toBe(code);
  });

  it.each(["Klingon", "", "e", "eng", "xx"])("%j is no language", (text) => {
    expect(toLanguageCode(text)).toBeUndefined();
  });

  it("is ICU's English name for each code in use, withdrawn codes read as the ones that replaced them", () => {
    const { names, withdrawn } = icuLanguages();
    expect(languageNameOf("tl")).toBe("Filipino");
    expect(Object.keys(names).length + Object.keys(withdrawn).length).toBe(190); // every two-letter code ICU names
    expect(withdrawn).toEqual({ in: "id", iw: "he", ji: "yi", jw: "jv", mo: "ro", sh: "sr" });
    // a name may be two codes' (ICU names ak and tw Akan): it is read as one of them
    for (const name of Object.values(names)) expect(names[toLanguageCode(name) ?? ""]).toBe(name);
  });

  it("comes from the build, not from ICU at run time (the first Intl.DisplayNames costs 12-18 ms)", () => {
    const noIcu = join(tmpdir(), "bpo-no-display-names.cjs");
    writeFileSync(noIcu, 'Intl.DisplayNames = function () { throw new Error("Intl.DisplayNames at run time"); };\n');
    const { code, stdout, stderr } = runCli(
      ["match", "--lang", "Tagalog:B2,Mandarin:C1", "--country", "ph", "--top", "1", "--explain"],
      {
        env: { NODE_OPTIONS: `--require ${noIcu}` },
      },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Chinese C1");
    expect(stdout).toContain("in the Philippines");
  });
});
