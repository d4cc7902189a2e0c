// The ceiling for `match --batch` throughput: a bare Node script that only reads each line,
// JSON.parse()s it and JSON.stringify()s it back to stdout, with no validation and no scoring.
//   node scripts/bench-batch-ceiling.mjs big.jsonl > /dev/null
// prints "N lines in S s: R lines/s" on stderr.

import { once } from "node:events";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/bench-batch-ceiling.mjs FILE.jsonl > /dev/null");
  process.exit(2);
}
const start = performance.now();
let lines = 0;
let out = "";
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
  if (line === "") continue;
  lines += 1;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    value = { error: "not JSON" };
  }
  out += `${JSON.stringify(value)}\n`;
  if (out.length > 1 << 20) {
    if (!process.stdout.write(out)) await once(process.stdout, "drain");
    out = "";
  }
}
process.stdout.write(out);
const seconds = (performance.now() - start) / 1000;
console.error(`${lines} lines in ${seconds.toFixed(2)} s: ${Math.round(lines / seconds)} lines/s`);
