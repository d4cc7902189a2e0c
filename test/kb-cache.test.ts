import { describe, expect, it } from "vitest";
import { cacheDir } from "../src/kb/kb-cache.js";

describe("where validated custom KBs are cached", () => {
  it.each([
    ["BPO_ADVISOR_CACHE_DIR when set", { BPO_ADVISOR_CACHE_DIR: "/c", HOME: "/h" }, "/c"],
    ["nowhere with BPO_ADVISOR_CACHE_DIR=off", { BPO_ADVISOR_CACHE_DIR: "off", HOME: "/h" }, undefined],
    ["nowhere with BPO_ADVISOR_CACHE_DIR empty", { BPO_ADVISOR_CACHE_DIR: "", HOME: "/h" }, undefined],
    ["$XDG_CACHE_HOME/bpo-advisor", { XDG_CACHE_HOME: "/x", HOME: "/h" }, "/x/bpo-advisor"],
    ["~/.cache/bpo-advisor otherwise", { HOME: "/h" }, "/h/.cache/bpo-advisor"],
  ])("is %s", (_name, env, dir) => {
    expect(cacheDir(env)).toBe(dir);
  });
});
