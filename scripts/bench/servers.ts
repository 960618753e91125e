// Serving and building for the sections that measure through `next start`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, waitFor } from "../proof/support";

export const HELLO_DIR = path.join("bench", "hello-next");

export type Server = { origin: string; stop: () => Promise<void> };

export function startServer(command: string, args: string[], env: NodeJS.ProcessEnv, port: number, cwd = "."): ChildProcess {
  return spawn(command, args, { cwd, env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

export async function serve(child: ChildProcess, port: number, cleanup: () => void = () => {}): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    cleanup();
  };
  if (!(await waitFor(`${origin}/`, 120))) {
    await stop();
    throw new Error(`${origin} did not answer within 120 s`);
  }
  return { origin, stop };
}

function newestFile(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === ".next" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureBuilds(env: NodeJS.ProcessEnv): void {
  const buildEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  if (!buildIsCurrent()) {
    console.log("Building the app (the build is missing or older than the sources)…");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit", env: buildEnv }).status !== 0) throw new Error("next build failed");
  }
  const helloBuild = path.join(HELLO_DIR, ".next", "BUILD_ID");
  // The baseline takes the app's serving settings (next.config.ts servingConfig and lib/security).
  const helloSources = Math.max(newestFile(HELLO_DIR), newestFile(path.join("lib", "security")), ...["package-lock.json", "next.config.ts"].map((f) => statSync(f).mtimeMs));
  if (!existsSync(helloBuild) || statSync(helloBuild).mtimeMs < helloSources) {
    console.log("Building the hello-world baseline (bench/hello-next)…");
    if (spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { cwd: HELLO_DIR, stdio: "inherit", env: buildEnv }).status !== 0) throw new Error("hello-world build failed");
  }
}

