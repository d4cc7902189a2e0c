import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// `npm test` builds first, so the CLI tests run the real bin/bpo-advisor.cjs as a user would.
// The JSON report is what .ci/run counts its "N passed, N failed" line from.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // the commands the tests run cache the custom KBs they validate here, not in the user's home
    env: { BPO_ADVISOR_CACHE_DIR: join(tmpdir(), `bpo-advisor-test-cache-${process.pid}`) },
    hookTimeout: 120_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-results.json" },
  },
});
