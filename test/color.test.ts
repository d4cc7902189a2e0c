import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { Io } from "../src/context.js";
import { colorFor, PLAIN } from "../src/render/color.js";

// Without colour, the renderers get a stand-in for chalk (so chalk need not load); it must leave
// text exactly as chalk at level 0 does, for every style the renderers use.
const chalk0 = new Chalk({ level: 0 });
const io = (env: Record<string, string>, isTTY = false) =>
  ({ env, stdout: { write: () => true, isTTY }, stderr: { write: () => true } }) as unknown as Io;

describe("colour", () => {
  it.each([
    ["dim", (c: typeof chalk0) => c.dim("a")],
    ["bold", (c: typeof chalk0) => c.bold("b")],
    ["yellow", (c: typeof chalk0) => c.yellow("c")],
    ["green", (c: typeof chalk0) => c.green("d")],
    ["bold.underline", (c: typeof chalk0) => c.bold.underline("e")],
    ["bold.cyan", (c: typeof chalk0) => c.bold.cyan("f")],
    ["two texts", (c: typeof chalk0) => c.dim("g", "h")],
  ])("without colour, %s leaves the text as chalk at level 0 does", (_, style) => {
    expect(style(PLAIN)).toBe(style(chalk0));
  });

  it("the stand-in can be awaited like any value (it is not thenable)", async () => {
    expect(await Promise.resolve(PLAIN)).toBe(PLAIN);
    expect(PLAIN.level).toBe(0);
  });

  it("NO_COLOR, --no-color and a pipe give no colour; FORCE_COLOR gives chalk at that level", async () => {
    expect(await colorFor(io({ NO_COLOR: "1", FORCE_COLOR: "3" }, true), undefined)).toBe(PLAIN);
    expect(await colorFor(io({}, true), false)).toBe(PLAIN);
    expect(await colorFor(io({}), undefined)).toBe(PLAIN);
    const forced = await colorFor(io({ FORCE_COLOR: "1" }), undefined);
    expect(forced.level).toBe(1);
    expect(forced.bold("x")).toBe("\u001b[1mx\u001b[22m");
  });
});
