import type { Io, OutStream } from "../context.js";
import { print } from "../context.js";
import { unicodeOk } from "./glyphs.js";

// Text for a terminal whose locale shows ASCII only (LANG=C): the KB's own words are not ASCII
// everywhere (a Polish source's title, a name with diacritics, "₹"), so they are spelled in ASCII
// by any-ascii ("usług" -> "uslug", "“" -> '"'), which loads only for such a terminal.

/** Prints `text` as print does, spelled in ASCII where the locale shows nothing else. */
export async function printForTerminal(io: Io, stream: OutStream, text: string): Promise<void> {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: anything beyond printable ASCII and the controls that lay out text
  if (unicodeOk(io.env) || !/[^\x00-\x7f]/.test(text)) return print(stream, text);
  const { default: anyAscii } = await import("any-ascii");
  print(stream, anyAscii(text));
}
