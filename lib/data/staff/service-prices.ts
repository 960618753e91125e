import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { services } from "@/db/schema";
import { requireAdmin, type SessionLike } from "@/lib/auth/actor";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";

/** The price list as the admin edits it (Praktijk → Regels): every service, also inactive ones. */
export type ServicePrice = { id: string; name: string; active: boolean; priceCents: number | null };

export async function listServicePrices(session: SessionLike): Promise<ServicePrice[]> {
  await requireAdmin(session);
  return db
    .select({ id: services.id, name: services.name, active: services.active, priceCents: services.priceCents })
    .from(services)
    .orderBy(asc(services.sortOrder), asc(services.name));
}

/** Sets one service's price (null: not published). False when the service does not exist. Audited. */
export async function updateServicePrice(session: SessionLike, serviceId: string, priceCents: number | null): Promise<boolean> {
  const actor = await requireAdmin(session);
  if (!isUuid(serviceId)) return false;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ priceCents: services.priceCents }).from(services).where(eq(services.id, serviceId)).for("update");
    if (!before) return false;
    await tx.update(services).set({ priceCents, updatedAt: new Date() }).where(eq(services.id, serviceId));
    await audit(tx, actor, { action: "service.price_changed", recordType: "service", recordId: serviceId, details: { from: before.priceCents, to: priceCents } });
    return true;
  });
}
