import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The browser the browser tests drive: Debian's Chromium (issue 12, point 20). On a fresh machine `npm test`
 * provisions it itself where it can — as root with apt, `apt-get install chromium` — and otherwise stops at
 * once, before any other step, with the one command to run. It never tries to download Playwright's own
 * browser: that needs a CDN this kind of machine cannot reach.
 */
export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const INSTALL_COMMAND = "sudo apt-get update && sudo apt-get install -y chromium";

export type BrowserPlan = { kind: "ready"; path: string } | { kind: "apt" } | { kind: "stop"; message: string };

export function planBrowser(machine: { existing: string | undefined; isRoot: boolean; hasApt: boolean }): BrowserPlan {
  if (machine.existing) return { kind: "ready", path: machine.existing };
  if (machine.isRoot && machine.hasApt) return { kind: "apt" };
  return {
    kind: "stop",
    message: machine.hasApt
      ? `The browser tests need Chromium, and this machine has none. Install it with:\n\n  ${INSTALL_COMMAND}\n\nthen run npm test again (or set CHROMIUM_PATH to a Chromium you have).`
      : "The browser tests need Chromium, and this machine has none. Install Chromium with your system's package manager, then set CHROMIUM_PATH to it and run npm test again.",
  };
}

function existingChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/** Makes sure a Chromium is there; exits the process with the command to run when it cannot. */
export function ensureBrowser(): string {
  const plan = planBrowser({ existing: existingChromium(), isRoot: process.getuid?.() === 0, hasApt: existsSync("/usr/bin/apt-get") });
  if (plan.kind === "ready") return plan.path;
  if (plan.kind === "stop") {
    console.error(plan.message);
    process.exit(1);
  }
  console.log("No Chromium found: installing Debian's chromium with apt-get (running as root).");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const ok = [["update"], ["install", "-y", "--no-install-recommends", "chromium"]].every(
    (args) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0,
  );
  const installed = existingChromium();
  if (!ok || !installed) {
    console.error(`Installing chromium with apt-get failed. Run it yourself:\n\n  ${INSTALL_COMMAND}\n`);
    process.exit(1);
  }
  return installed;
}
