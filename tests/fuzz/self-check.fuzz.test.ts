import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// The framework boundary only: the hand-over route writes its cookie through next/headers.
vi.mock("next/headers", async () => (await import("@/tests/authorization/framework")).headersModule);

const { framework } = await import("@/tests/authorization/framework");
const { mergeStep, selfCheckProgress, isAnswer } = await import("@/lib/self-check/steps");
const { selfCheckQuestions } = await import("@/lib/self-check/questions");
const { POST } = await import("@/app/(public)/klachtencheck/boeken/route");
const { NextRequest } = await import("next/server");
const { decodeTriageInput } = await import("@/lib/triage");
const { APP_ORIGIN } = await import("@/tests/authorization/hostile");

/**
 * Point 7 for the self-check, which has no server action (its steps post plain forms to route handlers,
 * docs/decisions/014): FUZZ_RUNS (default 5,000) generated invalid forms for a step and for the
 * "plan een afspraak" hand-over. Each form leaves out or spoils at least one answer, adds unknown,
 * `__proto__` and `constructor` keys, oversized and odd values. Expected: only offered answers are kept,
 * the step is asked again with what is missing named, never a thrown error; the hand-over always opens
 * booking and never keeps answers that do not validate.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const HUGE = "x".repeat(100_000);
const odd = fc.oneof(
  fc.constantFrom("", " ", "null", "undefined", "yes ", "YES", "left,right", "__proto__", "<script>alert(1)</script>", "\u0000", "\ud800", HUGE, "{}", "[]", "0", "-1", "NaN"),
  fc.string({ maxLength: 40 }),
);
const answerOf = (name: string) => fc.constantFrom(...selfCheckQuestions.find((q) => q.name === name)!.options.map((option) => option.value));

/** A self-check form with at least one answer missing or spoiled, and junk around it. */
const invalidForm = fc
  .record({
    spoiled: fc.subarray(selfCheckQuestions.map((q) => q.name as string), { minLength: 1 }),
    absent: fc.boolean(),
    junk: fc.array(fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "answers", "$ACTION_ID_x", "locatie", "x".repeat(300)), odd), { maxLength: 4 }),
    seed: fc.array(fc.nat(), { minLength: 13, maxLength: 13 }),
    spoilValues: fc.array(odd, { minLength: 13, maxLength: 13 }),
  })
  .chain(({ spoiled, absent, junk, spoilValues }) =>
    fc.tuple(...selfCheckQuestions.map((q) => answerOf(q.name))).map((valid) => {
      const form = new FormData();
      selfCheckQuestions.forEach((question, index) => {
        if (!spoiled.includes(question.name)) form.append(question.name, valid[index]!);
        else if (!absent) form.append(question.name, spoilValues[index]!);
      });
      for (const [key, value] of junk) form.append(key, value);
      return form;
    }),
  );

describe("fuzzing the self-check's forms", () => {
  it(`${RUNS} invalid forms for the first step: nothing but offered answers kept, the step asked again`, () => {
    fc.assert(
      fc.property(invalidForm, (form) => {
        const answers = mergeStep({}, "klacht", form);
        for (const [name, value] of Object.entries(answers)) expect(isAnswer(name as never, value)).toBe(true);
        const progress = selfCheckProgress(answers, "klacht");
        if (Object.keys(answers).length < 2) {
          expect(progress.kind).toBe("ask");
          expect(progress.kind === "ask" && progress.missing.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`${RUNS} odd hand-over posts: booking opens, and only answers that validate are kept`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(odd, fc.json(), fc.jsonValue().map((value) => JSON.stringify(value)), fc.constant(JSON.stringify({ location: "left", onset: "sudden" }))),
        fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "application/json"),
        async (answers, contentType) => {
          framework.cookies.clear();
          framework.cookieWrites = 0;
          const body = contentType.startsWith("application/x-www-form-urlencoded") ? new URLSearchParams({ answers }).toString() : answers;
          const response = await POST(new NextRequest(`${APP_ORIGIN}/klachtencheck/boeken`, { method: "POST", body, headers: { "content-type": contentType, origin: APP_ORIGIN } }));
          expect(response.status).toBe(303);
          expect(response.headers.get("location")).toBe("/afspraak");
          // Odd but valid answers (`{}`: none known) may be kept; anything else never.
          const valid = contentType.startsWith("application/x-www-form-urlencoded") && decodeTriageInput(answers) !== null;
          expect(framework.cookieWrites).toBe(valid ? 1 : 0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("a valid hand-over keeps the answers; a post from another site is refused", async () => {
    framework.cookies.clear();
    const answers = JSON.stringify({ location: "left", onset: "gradual", pop: false });
    const post = (headers: Record<string, string>) =>
      POST(
        new NextRequest(`${APP_ORIGIN}/klachtencheck/boeken`, {
          method: "POST",
          body: new URLSearchParams({ answers }).toString(),
          headers: { "content-type": "application/x-www-form-urlencoded", host: new URL(APP_ORIGIN).host, ...headers },
        }),
      );
    const ok = await post({ origin: APP_ORIGIN, "sec-fetch-site": "same-origin" });
    expect(ok.headers.get("location")).toBe("/afspraak");
    expect(JSON.parse(framework.cookies.get("keten_klachtencheck")!)).toEqual({ location: "left", onset: "gradual", pop: false });

    framework.cookies.clear();
    const foreign = await post({ origin: "https://elders.example", "sec-fetch-site": "cross-site" });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain("eigen website");
    expect(framework.cookies.size).toBe(0);
  });
});
