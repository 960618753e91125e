import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/tests/test-database";
import { checkRateLimit, hitRateLimit, recordRateLimitHit } from "./rate-limit";

withTestDatabase();

const T0 = new Date("2026-11-23T10:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe("rate limits in PostgreSQL", () => {
  it("allows up to the limit per key within the window, then refuses until the window has passed", async () => {
    const limits = [{ key: "a@keten.test", max: 3, windowMinutes: 15 }];
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push((await hitRateLimit("test", limits, minutes(i))).allowed);
    expect(verdicts).toEqual([true, true, true, false, false]);
    // Refused requests were not counted: after the first three hits leave the window, requests pass again.
    expect((await hitRateLimit("test", limits, minutes(15.5))).allowed).toBe(true);
  });

  it("counts each key and scope on its own, and refuses when any key is over its limit", async () => {
    const ip = { key: "203.0.113.7", max: 2, windowMinutes: 15 };
    expect((await hitRateLimit("scoped", [{ key: "x@keten.test", max: 5, windowMinutes: 15 }, ip], T0)).allowed).toBe(true);
    expect((await hitRateLimit("scoped", [{ key: "y@keten.test", max: 5, windowMinutes: 15 }, ip], T0)).allowed).toBe(true);
    const third = await hitRateLimit("scoped", [{ key: "z@keten.test", max: 5, windowMinutes: 15 }, ip], T0);
    expect(third).toMatchObject({ allowed: false, key: "203.0.113.7" });
    expect((await hitRateLimit("other-scope", [ip], T0)).allowed).toBe(true);
  });

  it("does not limit by an unknown client IP", async () => {
    for (let i = 0; i < 4; i++) expect((await hitRateLimit("no-ip", [{ key: null, max: 1, windowMinutes: 15 }], T0)).allowed).toBe(true);
  });

  it("lets exactly the limit through when requests arrive at once", async () => {
    const limits = [{ key: "race@keten.test", max: 5, windowMinutes: 15 }];
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit("race", limits, T0)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it("can count failures only: check first, record on failure", async () => {
    const limits = [{ key: "user-1", max: 2, windowMinutes: 15 }];
    expect((await checkRateLimit("failures", limits, T0)).allowed).toBe(true);
    await recordRateLimitHit("failures", limits, T0);
    await recordRateLimitHit("failures", limits, T0);
    expect((await checkRateLimit("failures", limits, T0)).allowed).toBe(false);
  });
});
