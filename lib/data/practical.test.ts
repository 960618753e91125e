import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { services, users } from "@/db/schema";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { listBookableServices } from "./availability";
import { getPracticalInfo } from "./practical";
import { readPracticeRules, updatePracticeRules } from "./staff/practice-rules";
import { listServicePrices, updateServicePrice } from "./staff/service-prices";

/** What /praktisch reads: the practice's prices, opening hours and rules as kept in the database. */
withTestDatabase();

const now = new Date("2026-03-25T09:00:00Z");
type Session = Awaited<ReturnType<typeof sessionForEmail>>;
let admin: Session;
let sanne: Session;

beforeAll(async () => {
  await seedPractice();
  admin = await sessionForEmail("admin@keten.test");
  sanne = await sessionForEmail("sanne@keten.test");
});

describe("the practical page's data", () => {
  it("has the seeded price per treatment, the practice's merged opening hours and its rules", async () => {
    const info = await getPracticalInfo(now);
    expect(info.services.map((s) => [s.name, s.priceCents])).toEqual([
      ["Bewegingsketenanalyse", 7950],
      ["Vervolgbehandeling", 4250],
    ]);
    const hours = Object.fromEntries(info.openingHours.map((day) => [day.name, day.ranges.map((r) => `${r.start}–${r.end}`).join(", ")]));
    expect(hours).toEqual({
      maandag: "08:30–21:00",
      dinsdag: "08:30–17:00",
      woensdag: "08:00–17:00",
      donderdag: "08:00–20:00",
      vrijdag: "08:30–13:00",
      zaterdag: "09:00–13:00",
      zondag: "",
    });
    expect(info.cancelCutoffHours).toBe(24);
    expect(info.complaintsOfficer).toMatch(/klachtenfunctionaris/);
    expect(info.disputesCommittee).toMatch(/Geschillencommissie/);
  });

  it("leaves out the hours of a deactivated therapist", async () => {
    const [joris] = await db.select({ id: users.id }).from(users).where(eq(users.email, "joris@keten.test"));
    await db.update(users).set({ deactivatedAt: now }).where(eq(users.id, joris!.id));
    const info = await getPracticalInfo(now);
    expect(info.openingHours.find((d) => d.name === "zaterdag")!.ranges).toEqual([]);
    expect(info.openingHours.find((d) => d.name === "maandag")!.ranges).toEqual([{ start: "08:30", end: "17:00" }]);
    await db.update(users).set({ deactivatedAt: null }).where(eq(users.id, joris!.id));
  });

  it("shows a price the admin changes, on the page and in booking; no price is 'not published'", async () => {
    const [analysis] = await db.select({ id: services.id }).from(services).where(eq(services.slug, "bewegingsketenanalyse"));
    expect(await updateServicePrice(admin, analysis!.id, 8500)).toBe(true);
    expect((await getPracticalInfo(now)).services[0]!.priceCents).toBe(8500);
    expect((await listBookableServices()).find((s) => s.slug === "bewegingsketenanalyse")!.priceCents).toBe(8500);
    expect(await updateServicePrice(admin, analysis!.id, null)).toBe(true);
    expect((await getPracticalInfo(now)).services[0]!.priceCents).toBeNull();
    expect(await updateServicePrice(admin, "00000000-0000-4000-8000-000000000000", 100)).toBe(false);
  });

  it("lets only an admin change prices", async () => {
    const [analysis] = await db.select({ id: services.id }).from(services).where(eq(services.slug, "bewegingsketenanalyse"));
    await expect(updateServicePrice(sanne, analysis!.id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateServicePrice(null, analysis!.id, 1)).rejects.toBeInstanceOf(AuthRequiredError);
    await expect(listServicePrices(sanne)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listServicePrices(admin)).map((s) => s.name)).toContain("Vervolgbehandeling");
  });

  it("shows the complaints procedure as the admin configures it", async () => {
    const rules = await readPracticeRules(admin);
    const { timeZone: _zone, ...editable } = rules;
    await updatePracticeRules(admin, { ...editable, complaintsOfficer: "Bel mevrouw De Wit, onze klachtenfunctionaris.", disputesCommittee: "De commissie beslist bindend." });
    const info = await getPracticalInfo(now);
    expect(info.complaintsOfficer).toBe("Bel mevrouw De Wit, onze klachtenfunctionaris.");
    expect(info.disputesCommittee).toBe("De commissie beslist bindend.");
  });
});
