// `npm run deps:lock` — run after every `npm install` that changes dependencies.
//
// The npm registry reachable from our machines and CI serves only some platform builds of packages that
// ship native binaries as optional dependencies (macOS, Windows, Android… builds answer 404). `npm install`
// then leaves those optional packages out of package-lock.json, and `npm ci` refuses the lockfile as
// "Missing: … from lock file". This adds the missing optional platform packages to the lockfile with the
// os/cpu/libc their names declare, so `npm ci` skips them here and installs them where they exist.
// See docs/decisions/004-lockfile-on-a-filtered-registry.md.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openharmony", "netbsd", "openbsd", "sunos", "aix"];
const CPU = { arm64: "arm64", aarch64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasm32: "wasm32" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const entry = {};
  const os = parts.find((p) => OS.includes(p));
  if (os) entry.os = [os];
  const cpu = parts.find((p) => p in CPU);
  if (cpu) entry.cpu = [CPU[cpu]];
  if (parts.some((p) => p === "gnu" || p.startsWith("gnueabi"))) entry.libc = ["glibc"];
  if (parts.some((p) => p === "musl" || p.startsWith("musleabi"))) entry.libc = ["musl"];
  return entry.os || entry.cpu ? entry : undefined;
}

function resolves(fromKey, name) {
  // Node's resolution: the nearest node_modules folder up from the dependent package.
  let base = fromKey;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return true;
    if (!base) return false;
    const index = base.lastIndexOf("/node_modules/");
    base = index === -1 ? "" : base.slice(0, index);
  }
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(key, name)) continue;
    const platform = platformOf(name);
    const version = /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range) ? range : undefined;
    if (!platform || !version) {
      console.warn(`skipped ${name}@${range} (needed by ${key || "the project"}): not a pinned platform build`);
      continue;
    }
    packages[`node_modules/${name}`] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform package(s).`);
