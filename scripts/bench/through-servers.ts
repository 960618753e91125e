// Through `next start`: the app (the build in .next is reused when current, else built; a throwaway embedded
// database) and the hello-world baseline (bench/hello-next) served the same way; the sections `http`, `js`
// and `lighthouse` measure against them.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../proof/support";
import { measureHttp } from "./http";
import { measureFirstLoadJs } from "./js";
import { measureLighthouseScores } from "./lighthouse";
import { ensureBuilds, HELLO_DIR, serve, startServer, type Server } from "./servers";
import { sections } from "./table";

export async function benchThroughServers(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL; // a throwaway embedded database, never a real server's data
  delete env.NODE_OPTIONS;
  ensureBuilds(env);

  const dataDir = path.join(".data", `bench-${randomBytes(4).toString("hex")}`);
  const appPort = await freePort();
  const app = await serve(
    startServer("npx", ["next", "start", "-p", String(appPort), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production", PGLITE_DIR: dataDir, AUTH_SECRET: randomBytes(33).toString("base64"), APP_URL: `http://127.0.0.1:${appPort}` }, appPort),
    appPort,
    () => {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.lock`, { force: true });
    },
  );
  const servers: Server[] = [app];
  const scratch = mkdtempSync(path.join(tmpdir(), "keten-bench-"));
  try {
    const helloPort = await freePort();
    const hello = await serve(startServer(path.resolve("node_modules/.bin/next"), ["start", "-p", String(helloPort), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production" }, helloPort, HELLO_DIR), helloPort);
    servers.push(hello);

    if (sections.has("http")) await measureHttp(app, hello, scratch, servers, env);
    if (sections.has("js")) await measureFirstLoadJs(app, hello);
    // Lighthouse runs one page at a time: the hello-world page beside the public pages (issue 14, point 3).
    if (sections.has("lighthouse")) await measureLighthouseScores(app, hello);
    await hello.stop();
  } finally {
    for (const server of servers.reverse()) await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
