import { describe, expect, it } from "vitest";
import { INSTALL_COMMAND, planBrowser } from "./browser";

/** Issue 12, point 20: `npm test` on a fresh machine gets its browser, or stops at once with the command. */
describe("the browser for npm test", () => {
  it("uses a Chromium that is there", () => {
    expect(planBrowser({ existing: "/usr/bin/chromium", isRoot: false, hasApt: true })).toEqual({ kind: "ready", path: "/usr/bin/chromium" });
  });

  it("installs Debian's chromium itself when it runs as root with apt", () => {
    expect(planBrowser({ existing: undefined, isRoot: true, hasApt: true })).toEqual({ kind: "apt" });
  });

  it("otherwise stops with the one command to run (no download attempt)", () => {
    const plan = planBrowser({ existing: undefined, isRoot: false, hasApt: true });
    expect(plan.kind).toBe("stop");
    expect(plan.kind === "stop" && plan.message).toContain(INSTALL_COMMAND);
    expect(INSTALL_COMMAND).toBe("sudo apt-get update && sudo apt-get install -y chromium");
    const noApt = planBrowser({ existing: undefined, isRoot: true, hasApt: false });
    expect(noApt.kind === "stop" && noApt.message).toContain("CHROMIUM_PATH");
  });
});
