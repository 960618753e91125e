import { beforeAll, describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { instantAt } from "@/lib/time/zone";
import { intake, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { withTestDatabase } from "@/tests/test-database";
import { bookAppointment } from "./booking";
import { intakeListLabel, listOwnIntakes } from "./intake";

withTestDatabase();
beforeAll(seedPractice);

// Issue 12, point 19: under Mijn gegevens each intake is one line, and two of one day can be told apart.
describe("the patient's own intakes", () => {
  it("lists each intake once, named by the appointment it was for", async () => {
    const now = new Date("2026-03-25T09:00:00Z");
    const owner = "patient@keten.test";
    const session = await sessionForEmail(owner);
    const before = await listOwnIntakes(session);
    for (const [slug, time, key] of [
      ["bewegingsketenanalyse", "09:00", "key-own-intake-000001"],
      ["vervolgbehandeling", "13:00", "key-own-intake-000002"],
    ] as const) {
      const outcome = await bookAppointment({ serviceSlug: slug, therapistSlug: "sanne-de-vries", startsAt: instantAt("2026-03-30", time), intake: intake({ email: owner }), idempotencyKey: key }, now, await sessionForEmail(owner));
      expect(outcome.status).toBe("booked");
    }
    const list = await listOwnIntakes(session);
    expect(list).toHaveLength(before.length + 2);
    expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
    const labels = list.map((item) => intakeListLabel(item, { date: formatDate, dateTime: formatDateTime }));
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^Intake voor Bewegingsketenanalyse op maandag 30 maart 2026 \(ingevuld op /), expect.stringMatching(/^Intake voor Vervolgbehandeling op maandag 30 maart 2026/)]));
  });
});
