import { describe, expect, it, vi } from "vitest";
import { intakeTextFields } from "@/tests/booking-payload";

// The booking itself is replaced: these tests are about what the action makes of a database that is away.
const bookAppointment = vi.fn();
vi.mock("@/lib/data/booking", () => ({ bookAppointment }));
vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }), headers: async () => new Headers() }));

// The rate limit before the booking runs on a real (in-memory) database.
const { withTestDatabase } = await import("@/tests/test-database");
withTestDatabase();

const { bookingAction } = await import("./actions");
const { AGENDA_UNAVAILABLE_MESSAGE } = await import("./unavailable");

function confirmForm(): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    dienst: "bewegingsketenanalyse",
    therapeut: "sanne-de-vries",
    tijd: "2030-03-04T08:30:00.000Z",
    sleutel: "vaste-sleutel-van-dit-formulier",
    formVersion: "1",
    intent: "bevestigen",
    ...intakeTextFields({ fullName: "Fenna Mulder", email: "fenna@voorbeeld.test" }),
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("booking while the database is restarting", () => {
  it("tells the visitor calmly to try again, and keeps the review with every answer and the same key", async () => {
    bookAppointment.mockRejectedValueOnce(new Error("Failed query: begin", { cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }) }));
    const state = await bookingAction({ ok: false, step: "intake" }, confirmForm());
    expect(state).toMatchObject({ ok: false, step: "review", message: AGENDA_UNAVAILABLE_MESSAGE });
    expect(state.message).toContain("Probeer het over een minuutje opnieuw");
    expect(state.values).toMatchObject({ sleutel: "vaste-sleutel-van-dit-formulier", fullName: "Fenna Mulder", email: "fenna@voorbeeld.test" });
    expect(state.triage).toBeDefined();
  });

  it("does the same when the connection is refused outright", async () => {
    bookAppointment.mockRejectedValueOnce(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    const state = await bookingAction({ ok: false, step: "intake" }, confirmForm());
    expect(state.message).toBe(AGENDA_UNAVAILABLE_MESSAGE);
  });

  it("does not hide other failures behind that message", async () => {
    bookAppointment.mockRejectedValueOnce(new Error("a bug"));
    await expect(bookingAction({ ok: false, step: "intake" }, confirmForm())).rejects.toThrow("a bug");
  });
});
