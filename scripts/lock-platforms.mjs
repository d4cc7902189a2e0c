// The registry this project is built against serves only some platforms' builds of biome and
// rollup, so `npm install` cannot record the others in package-lock.json, and `npm ci` then
// refuses the lock ("Missing: @rollup/rollup-darwin-arm64@ from lock file"). This records each
// missing platform package as an optional entry with the os/cpu/libc its name declares, which
// npm ci accepts and skips on other machines. Run after regenerating the lock:
//   npm install && node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "netbsd", "sunos", "aix"];
const CPU = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el"];

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (lock.packages[target] || !/^\d+\.\d+\.\d+/.test(version)) continue;
    const words = name.split("/").pop().split("-");
    const os = words.find((w) => OS.includes(w));
    const cpu = words.find((w) => CPU.includes(w));
    if (!os || !cpu) continue;
    const libc = words.includes("musl") ? ["musl"] : os === "linux" ? ["glibc"] : undefined;
    lock.packages[target] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
      cpu: [cpu],
      ...(libc ? { libc } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} platform packages`);
