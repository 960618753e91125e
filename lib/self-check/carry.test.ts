import { beforeEach, describe, expect, it, vi } from "vitest";

// The cookie store of one request, as next/headers hands it to a server action.
const jar = new Map<string, { value: string; options?: Record<string, unknown> }>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => void jar.set(name, { value, options }),
    delete: (name: string) => void jar.delete(name),
  }),
}));

const { SELF_CHECK_COOKIE, clearSelfCheckAnswers, readSelfCheckAnswers, storeSelfCheckAnswers } = await import("./carry");

describe("carrying the self-check answers into booking", () => {
  beforeEach(() => jar.clear());

  it("stores the answers in a short-lived, httpOnly, same-site cookie and reads them back", async () => {
    await storeSelfCheckAnswers({ location: "left", pop: true, crampTrend: "increasing" });
    const cookie = jar.get(SELF_CHECK_COOKIE)!;
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", maxAge: 7200, path: "/" });
    expect(await readSelfCheckAnswers()).toEqual({ location: "left", pop: true, crampTrend: "increasing" });
  });

  it("gives null when there is nothing, or something it did not write", async () => {
    expect(await readSelfCheckAnswers()).toBeNull();
    jar.set(SELF_CHECK_COOKIE, { value: '{"pop":"misschien"}' });
    expect(await readSelfCheckAnswers()).toBeNull();
    jar.set(SELF_CHECK_COOKIE, { value: "%%%" });
    expect(await readSelfCheckAnswers()).toBeNull();
  });

  it("clears the answers", async () => {
    await storeSelfCheckAnswers({ pop: false });
    await clearSelfCheckAnswers();
    expect(await readSelfCheckAnswers()).toBeNull();
  });
});
