import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, withTestDatabase } from "@/tests/test-database";
import { holdQueriesUntil, startupDatabase } from "./index";
import * as t from "./schema";

const { kind } = withTestDatabase();

// `next dev` serves its first page while the embedded database is still being seeded (lib/bootstrap.ts):
// a page asking for the services then must see the seeded ones, never an empty practice.
describe("start-up work held for", () => {
  it("makes the app's queries wait until it is done, while the start-up work itself goes ahead", async ({ skip }) => {
    if (kind() === "postgres") skip("a server is migrated and seeded before the app starts: nothing is held");
    let finish = () => {};
    const released = new Promise<void>((resolve) => (finish = resolve));
    const seeding = (async () => {
      await released;
      await startupDatabase()
        .insert(t.services)
        .values({ slug: "wacht-test", kind: "follow_up", name: "Wachttest", description: "Een behandeling die pas na het vullen bestaat.", minutes: 30 });
    })();
    holdQueriesUntil(seeding);

    const asked = db.select({ slug: t.services.slug }).from(t.services).where(sql`${t.services.slug} = 'wacht-test'`);
    const direct = await startupDatabase().select({ n: sql<number>`count(*)::int` }).from(t.services);
    expect(direct[0]?.n).toBe(0);
    finish();
    expect(await asked).toEqual([{ slug: "wacht-test" }]);
  });
});
