import { spawn } from "node:child_process";
import * as csv from "csv-parse";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../scripts/seeded-random.js";
import type { InputBatch } from "../src/batch/batch-item.js";
import { csvInput } from "../src/batch/csv-input.js";
import { jsonlInput } from "../src/batch/jsonl-input.js";
import { DEFAULT_CSV_COLUMNS, type LineFormat } from "../src/batch/line-format.js";
import { matchWholeBatch } from "../src/batch/match-batch.js";
import { ProfileJudge } from "../src/batch/match-line.js";
import { shippedKb } from "./helpers/kb.js";
import { BIN, ROOT, runCli } from "./helpers/run-cli.js";

// A long batch is matched on worker threads as well as the main thread (when the machine has
// more than one core; with one, on the main thread alone). Whichever thread matches a batch, the
// output must be what one thread writes: the same bytes, in input order.

const LINES = 12_000; // well past the lines read before workers start

// the same profiles every run
function profiles(seed: number): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: LINES }, (_, i) => ({
    id: i % 7 === 0 ? i : `p${i}`,
    languages: [{ code: pick(["en", "de", "hi"]), level: pick(["A2", "B1", "B2", "C1", "Z9"]) }],
    education: { level: pick(["secondary", "higher-secondary", "bachelor"]) },
    experience: { years: Math.floor(random() * 8), bpoYears: Math.floor(random() * 3) },
    preferences: { workMode: pick(["voice", "non-voice", "any"]), interests: [pick(["sales", "finance", "hr"])] },
  }));
}

/** The output of matching the input on this thread alone, batch by batch. */
const judge = new ProfileJudge();

async function oneThread(
  batches: AsyncIterable<InputBatch>,
  limit: number | undefined,
  format: LineFormat = { output: "jsonl", fields: undefined, lineOffset: 0 },
): Promise<string> {
  let text = "";
  for await (const batch of batches) {
    for (const chunk of (await matchWholeBatch({ kb: shippedKb, limit, format }, batch, judge)).chunks)
      text += Buffer.from(chunk).toString("utf8");
  }
  return text;
}

async function* once(text: string): AsyncGenerator<Buffer> {
  yield Buffer.from(text);
}

describe("bpo-advisor match --batch on several threads", () => {
  it("writes a long JSON Lines input's lines as one thread does, in order, blank and bad lines too", async () => {
    const lines = profiles(1).map((p, i) => (i % 1000 === 5 ? "" : i % 1000 === 9 ? "{not json" : JSON.stringify(p)));
    const input = `${lines.join("\n")}\n`;
    const { code, stdout, stderr } = runCli(["match", "--batch", "-", "--top", "3"], { input });
    expect(stdout).toBe(await oneThread(jsonlInput(once(input)).batches, 3));
    expect(code).toBe(1); // the bad lines, and the profiles with a level of Z9
    expect(stderr).toMatch(/^batch: 12,000 lines read: [\d,]+ matched, [\d,]+ rejected, 12 blank; /);
  });

  it("writes a long CSV input's rows as one thread does, in order", async () => {
    const rows = profiles(2).map((p) => {
      const { id, languages, education, preferences } = p as {
        id: string;
        languages: { code: string; level: string }[];
        education: { level: string };
        preferences: { workMode: string };
      };
      return `${id},${languages.map((l) => `${l.code}:${l.level}`).join(";")},${education.level},${preferences.workMode}`;
    });
    const input = `id,languages,education,workMode\n${rows.join("\n")}\n`;
    const { stdout, stderr } = runCli(["match", "--batch", "-", "--format", "csv", "--top", "2"], { input });
    expect(stdout).toBe(await oneThread(csvInput(csv, once(input), "<stdin>").batches, 2));
    expect(stderr).toMatch(/^batch: 12,000 rows read: /);
  });

  it("writes CSV rows, and results with --fields, as one thread does, numbered from --line-offset", async () => {
    const lines = profiles(4).map((p, i) => (i % 1000 === 9 ? "{not json" : JSON.stringify(p)));
    const input = `${lines.join("\n")}\n`;
    const csv = runCli(["match", "--batch", "-", "--output", "csv", "--top", "2", "--line-offset", "0"], { input });
    const header = `${DEFAULT_CSV_COLUMNS.join(",")}\r\n`;
    const rows = { output: "csv", columns: DEFAULT_CSV_COLUMNS, lineOffset: 0, bom: false } as const;
    expect(csv.stdout).toBe(header + (await oneThread(jsonlInput(once(input)).batches, 2, rows)));
    const args = ["match", "--batch", "-", "--fields", "id,score,gaps", "--top", "3", "--line-offset", "24000"];
    const picked = runCli(args, { input });
    const fields = { output: "jsonl", fields: ["id", "score", "gaps"], lineOffset: 24_000 } as const;
    expect(picked.stdout).toBe(await oneThread(jsonlInput(once(input)).batches, 3, fields));
    expect(picked.stdout.slice(0, 40)).toMatch(/^\{"id":0,"line":24001,"results":\[\{"id":/);
  });

  it("keeps its order when the reader is slow", async () => {
    const input = `${profiles(3)
      .map((p) => JSON.stringify(p))
      .join("\n")}\n`;
    const child = spawn(process.execPath, [BIN, "match", "--batch", "-", "--top", "1"], { cwd: ROOT });
    child.stdin.end(input);
    const chunks: Buffer[] = [];
    for await (const chunk of child.stdout) {
      chunks.push(chunk as Buffer);
      if (chunks.length % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(Buffer.concat(chunks).toString("utf8")).toBe(await oneThread(jsonlInput(once(input)).batches, 1));
  });
});
