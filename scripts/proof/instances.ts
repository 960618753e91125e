// Two (or more) `next start` instances on one database behind a simple round-robin HTTP proxy, for the
// two-instance proof. Each instance runs in its own process group so it can be killed hard and restarted.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request, type Server } from "node:http";
import { freePort, waitFor } from "./support";

export type Instance = { port: number; proc: ChildProcess; log: () => string; kill: (signal?: NodeJS.Signals) => Promise<void> };

export async function startInstance(env: NodeJS.ProcessEnv, port: number): Promise<Instance> {
  const proc = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let log = "";
  proc.stderr?.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-100_000);
  });
  const kill = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (!proc.pid || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once("exit", resolve));
    try {
      process.kill(-proc.pid, signal);
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
  if (!(await waitFor(`http://127.0.0.1:${port}/afspraak`, 120))) {
    await kill();
    throw new Error(`instance on ${port} did not answer within 120 s\n${log}`);
  }
  return { port, proc, log: () => log, kill };
}

/** Sends each request to the next instance in turn; an instance that is down is skipped. */
export async function roundRobinProxy(ports: () => number[]): Promise<{ origin: string; close: () => Promise<void> }> {
  let next = 0;
  const server: Server = createServer((req, res) => {
    const targets = ports();
    const attempt = (tries: number) => {
      const port = targets[next++ % targets.length]!;
      const upstream = request({ host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => {
        if (tries + 1 < targets.length && !res.headersSent) attempt(tries + 1);
        else if (!res.headersSent) res.writeHead(502).end();
      });
      req.pipe(upstream);
    };
    attempt(0);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () =>
      new Promise((resolve) => {
        server.closeAllConnections(); // keep-alive sockets of the proof's fetches would hold close() open
        server.close(() => resolve());
      }),
  };
}
