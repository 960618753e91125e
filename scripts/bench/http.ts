// Section `http`: an article's requests/s under next start against the hello-world Next.js page served the
// same way, the same hello-world app's page of an article's size, and a bare node:http server sending the
// article's bytes; with the server's CPU per request. BENCH_HTTP_SECONDS (10) and BENCH_HTTP_CONCURRENCY (10)
// shape the runs.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { freePort } from "../proof/support";
import { serverCpuMs } from "./pages";
import { serve, startServer, type Server } from "./servers";
import { kB, rows } from "./table";

export const ARTICLE = "/kennisbank/overbelaste-hamstring";

/** GETs one URL for a fixed time with a fixed number of keep-alive connections; requests/s of 200 answers. */
async function loadTest(url: string, seconds: number, concurrency: number): Promise<{ perSecond: number; failed: number; cpu: string }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const get = () =>
    new Promise<number>((resolve) => {
      const req = request(url, { agent, headers: { accept: "text/html" } }, (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", () => resolve(0));
      req.end();
    });
  const loop = async (until: number, count: boolean, tally: { ok: number; failed: number }) => {
    while (performance.now() < until) {
      const status = await get();
      if (!count) continue;
      if (status === 200) tally.ok++;
      else tally.failed++;
    }
  };
  const warm = { ok: 0, failed: 0 };
  const warmUntil = performance.now() + 2_000;
  await Promise.all(Array.from({ length: concurrency }, () => loop(warmUntil, false, warm)));
  const tally = { ok: 0, failed: 0 };
  const cpuBefore = serverCpuMs(url);
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => loop(started + seconds * 1000, true, tally)));
  const cpuAfter = serverCpuMs(url);
  agent.destroy();
  // The server's CPU per answer (user + system): steadier than requests/s when others load the machine.
  const answers = tally.ok + tally.failed;
  const cpu = cpuBefore === null || cpuAfter === null || answers === 0 ? "" : `, server CPU ${(((cpuAfter - cpuBefore) / answers) * 1000).toFixed(0)} µs/request`;
  return { perSecond: tally.ok / ((performance.now() - started) / 1000), failed: tally.failed, cpu };
}


export async function measureHttp(app: Server, hello: Server, scratch: string, servers: Server[], env: NodeJS.ProcessEnv): Promise<void> {
  // The bare server sends exactly the bytes next start sent for the article.
  const articleFile = path.join(scratch, "article.html");
  writeFileSync(articleFile, Buffer.from(await (await fetch(`${app.origin}${ARTICLE}`)).arrayBuffer()));
  const barePort = await freePort();
  const bareScript = `const fs=require("node:fs"),http=require("node:http");const body=fs.readFileSync(process.argv[1]);http.createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":body.length});s.end(body)}).listen(Number(process.env.PORT),"127.0.0.1")`;
  const bare = await serve(startServer(process.execPath, ["-e", bareScript, articleFile], env, barePort), barePort);
  servers.push(bare);

  const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
  const concurrency = Number(process.env.BENCH_HTTP_CONCURRENCY ?? 10);
  const article = await loadTest(`${app.origin}${ARTICLE}`, seconds, concurrency);
  // The home page is a static page too once rendered (decision 014); the warm-up renders it.
  const home = await loadTest(`${app.origin}/`, seconds, concurrency);
  const helloRun = await loadTest(`${hello.origin}/`, seconds, concurrency);
  // The same hello-world app's page of an article's size (bench/hello-next/app/groot): the framework's own
  // cost for that many bytes, beside the 4.8 kB page.
  const largeHelloBytes = (await (await fetch(`${hello.origin}/groot`)).arrayBuffer()).byteLength;
  const largeHello = await loadTest(`${hello.origin}/groot`, seconds, concurrency);
  const bareRun = await loadTest(`${bare.origin}/`, seconds, concurrency);
  const size = statSync(articleFile).size;
  const failures = (run: { failed: number }) => (run.failed ? `, ${run.failed} failed` : "");
  const gzipped = gzipSync(readFileSync(articleFile)).length;
  rows.push({
    measurement: `article ${ARTICLE} under next start (${seconds} s, ${concurrency} connections)`,
    value: `${article.perSecond.toFixed(0)} requests/s${article.cpu} (${kB(size)} HTML, ${kB(gzipped)} gzip${failures(article)})`,
  });
  rows.push({ measurement: "home page / under next start (same run)", value: `${home.perSecond.toFixed(0)} requests/s${home.cpu}${failures(home)}` });
  rows.push({ measurement: "hello-world Next.js page under next start (same run)", value: `${helloRun.perSecond.toFixed(0)} requests/s${helloRun.cpu}${failures(helloRun)}` });
  rows.push({ measurement: "hello-world Next.js page of an article's size, /groot (same run)", value: `${largeHello.perSecond.toFixed(0)} requests/s${largeHello.cpu} (${kB(largeHelloBytes)} HTML${failures(largeHello)})` });
  rows.push({ measurement: "bare node:http sending the article's bytes (same run)", value: `${bareRun.perSecond.toFixed(0)} requests/s${bareRun.cpu}${failures(bareRun)}` });
  rows.push({
    measurement: "article ÷ hello-world Next.js (≥ 0.9) · home ÷ article (≥ 0.9) · article ÷ hello-world of its size · article ÷ bare node:http",
    value: `${(article.perSecond / helloRun.perSecond).toFixed(2)} · ${(home.perSecond / article.perSecond).toFixed(2)} · ${(article.perSecond / largeHello.perSecond).toFixed(2)} · ${(article.perSecond / bareRun.perSecond).toFixed(2)}`,
  });
}
