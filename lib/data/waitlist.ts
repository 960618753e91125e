import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { patients, services, therapists, users, waitlistEntries, waitlistOffers } from "@/db/schema";
import { currentActor, requirePatient, requireStaff, type SessionLike } from "@/lib/auth/actor";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { enqueueEmail } from "@/lib/mail/outbox";
import { waitlistJoinedEmail } from "@/lib/mail/waitlist-emails";
import { formatCalendarDate } from "@/lib/time/format";
import type { WaitlistContact, WaitlistPreferences } from "@/lib/validation/waitlist";
import { audit } from "./audit";
import { listBookableServices, listBookableTherapists } from "./availability";
import { appLinks } from "./appointment-mail";
import { isUuid } from "./patient-scope";

/**
 * Joining and leaving the waitlist, and the lists patients and therapists see. A logged-in patient joins
 * with their own record; a visitor leaves name, date of birth and e-mail, kept on the entry only (nothing
 * goes into any patient record until a time is claimed through a link sent to that address). Every e-mail
 * carries a link to leave the list.
 */
export const waitlistLinks = {
  leave: (token: string) => `${appLinks.book().replace(/\/afspraak$/, "")}/wachtlijst/afmelden/${token}`,
  claim: (token: string) => `${appLinks.book().replace(/\/afspraak$/, "")}/wachtlijst/aanbod/${token}`,
};

export type JoinOutcome = { status: "joined" } | { status: "unknown_choice"; field: "dienst" | "therapeut" } | { status: "staff_address" } | { status: "contact_needed" };

export async function joinWaitlist(session: SessionLike | null, wishes: WaitlistPreferences, contact: WaitlistContact | null): Promise<JoinOutcome> {
  const actor = session ? await currentActor(session) : null;
  const patientActor = actor?.role === "patient" ? await requirePatient(session) : null;
  const [serviceList, therapistList] = await Promise.all([listBookableServices(), listBookableTherapists()]);
  const service = serviceList.find((s) => s.slug === wishes.dienst);
  if (!service) return { status: "unknown_choice", field: "dienst" };
  const therapist = wishes.therapeut === null ? null : therapistList.find((t) => t.slug === wishes.therapeut);
  if (therapist === undefined) return { status: "unknown_choice", field: "therapeut" };

  return db.transaction(async (tx) => {
    let who: { patientId: string | null; email: string; fullName: string; dateOfBirth: string | null; phone: string | null };
    if (patientActor) {
      const [me] = await tx
        .select({ email: users.email, fullName: patients.fullName, dateOfBirth: patients.dateOfBirth, phone: patients.phone })
        .from(patients)
        .innerJoin(users, eq(users.id, patients.userId))
        .where(eq(patients.id, patientActor.patientId));
      who = { patientId: patientActor.patientId, ...me! };
    } else {
      if (!contact) return { status: "contact_needed" } as const;
      const [account] = await tx.select({ role: users.role }).from(users).where(eq(sql`lower(${users.email})`, contact.email));
      if (account && account.role !== "patient") return { status: "staff_address" } as const;
      who = { patientId: null, email: contact.email, fullName: contact.naam, dateOfBirth: contact.geboortedatum, phone: contact.telefoon };
    }
    const leave = newToken();
    const values = { ...who, serviceId: service.id, therapistId: therapist?.id ?? null, weekdays: wishes.dagen, dayParts: wishes.dagdelen, untilDate: wishes.tot, leaveTokenHash: leave.hash };
    // A patient who signs up again for the same treatment and therapist (a second submit, or new days) keeps
    // one place with the newest wishes and link, instead of two places that could take two of an offer's seats.
    // Only for a logged-in patient: a visitor's e-mail address proves nothing, so it never changes another entry.
    const [existing] = who.patientId
      ? await tx
          .select({ id: waitlistEntries.id })
          .from(waitlistEntries)
          .where(
            and(
              eq(waitlistEntries.patientId, who.patientId),
              eq(waitlistEntries.status, "waiting"),
              eq(waitlistEntries.serviceId, service.id),
              therapist ? eq(waitlistEntries.therapistId, therapist.id) : isNull(waitlistEntries.therapistId),
            ),
          )
          .for("update")
      : [];
    const [entry] = existing
      ? await tx.update(waitlistEntries).set(values).where(eq(waitlistEntries.id, existing.id)).returning({ id: waitlistEntries.id })
      : await tx.insert(waitlistEntries).values(values).returning({ id: waitlistEntries.id });
    await enqueueEmail(tx, waitlistJoinedEmail({ to: who.email, name: who.fullName, serviceName: service.name, untilText: formatCalendarDate(wishes.tot), leaveUrl: waitlistLinks.leave(leave.token) }));
    await audit(tx, patientActor ?? { userId: null, role: "anonymous" }, {
      action: "waitlist.joined",
      patientId: who.patientId,
      recordType: "waitlist_entry",
      recordId: entry!.id,
      details: { service: service.slug, therapist: therapist?.slug ?? null },
    });
    return { status: "joined" } as const;
  });
}

/** Leaves the list: by the link in an e-mail (whoever holds it), or as the logged-in patient for their own entry. */
export async function leaveWaitlist(access: { via: "token"; token: string } | { via: "patient"; session: SessionLike; entryId: string }): Promise<"left" | "not_found"> {
  const patientActor = access.via === "patient" ? await requirePatient(access.session) : null;
  const where =
    access.via === "token"
      ? /^[A-Za-z0-9_-]{43}$/.test(access.token)
        ? eq(waitlistEntries.leaveTokenHash, hashToken(access.token))
        : null
      : isUuid(access.entryId)
        ? and(eq(waitlistEntries.id, access.entryId), eq(waitlistEntries.patientId, patientActor!.patientId))
        : null;
  if (!where) return "not_found";
  return db.transaction(async (tx) => {
    const [row] = await tx.update(waitlistEntries).set({ status: "left" }).where(and(where, eq(waitlistEntries.status, "waiting"))).returning({ id: waitlistEntries.id, patientId: waitlistEntries.patientId });
    if (!row) return "not_found" as const;
    await tx.update(waitlistOffers).set({ status: "expired" }).where(and(eq(waitlistOffers.entryId, row.id), eq(waitlistOffers.status, "open")));
    await audit(tx, patientActor ?? { userId: null, role: "anonymous" }, { action: "waitlist.left", patientId: row.patientId, recordType: "waitlist_entry", recordId: row.id });
    return "left" as const;
  });
}

/** Whether a leave link is valid (the page shows a button; opening the link changes nothing). */
export async function waitlistEntryByLeaveToken(token: string): Promise<{ serviceName: string; waiting: boolean } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ serviceName: services.name, status: waitlistEntries.status })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .where(eq(waitlistEntries.leaveTokenHash, hashToken(token)));
  return row ? { serviceName: row.serviceName, waiting: row.status === "waiting" } : null;
}

export type WaitlistRow = {
  id: string;
  name: string;
  email: string;
  serviceName: string;
  therapistName: string | null;
  weekdays: number[];
  dayParts: string[];
  untilDate: string;
  createdAt: Date;
  offers: number;
};

const rowColumns = {
  id: waitlistEntries.id,
  name: waitlistEntries.fullName,
  email: waitlistEntries.email,
  serviceName: services.name,
  therapistName: therapists.displayName,
  weekdays: waitlistEntries.weekdays,
  dayParts: waitlistEntries.dayParts,
  untilDate: waitlistEntries.untilDate,
  createdAt: waitlistEntries.createdAt,
  offers: sql<number>`(select count(*) from ${waitlistOffers} where ${waitlistOffers.entryId} = ${waitlistEntries.id})`.mapWith(Number),
};

/** The patient's own waiting entries (portal). */
export async function listOwnWaitlist(session: SessionLike): Promise<WaitlistRow[]> {
  const actor = await requirePatient(session);
  return db
    .select(rowColumns)
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .leftJoin(therapists, eq(therapists.id, waitlistEntries.therapistId))
    .where(and(eq(waitlistEntries.patientId, actor.patientId), eq(waitlistEntries.status, "waiting")))
    .orderBy(desc(waitlistEntries.createdAt));
}

/** Everyone waiting, longest first (workspace). Reading it is audited. */
export async function listWaitlistForStaff(session: SessionLike, today: string): Promise<WaitlistRow[]> {
  const actor = await requireStaff(session);
  const rows = await db
    .select(rowColumns)
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .leftJoin(therapists, eq(therapists.id, waitlistEntries.therapistId))
    .where(and(inArray(waitlistEntries.status, ["waiting"]), sql`${waitlistEntries.untilDate} >= ${today}`))
    .orderBy(asc(waitlistEntries.createdAt))
    .limit(500);
  await audit(db, actor, { action: "waitlist.viewed", recordType: "waitlist", details: { entries: rows.length } });
  return rows;
}
