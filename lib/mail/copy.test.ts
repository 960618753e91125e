import { describe, expect, it } from "vitest";
import { triageView } from "@/lib/booking/triage-view";
import { describeIntake } from "@/lib/validation/intake";
import { cancelledEmail, confirmationEmail, rescheduledEmail, type AppointmentMailDetails } from "./appointment-emails";
import { holdEmail } from "./hold-emails";
import { activationLinkEmail, passwordChangedEmail, passwordResetEmail } from "./password-emails";
import { staffInvitationEmail } from "./staff-emails";
import { waitlistJoinedEmail, waitlistOfferEmail } from "./waitlist-emails";

// Issue 12, point 18: the words a patient reads in e-mails and around the booking.
const details: AppointmentMailDetails = {
  appointmentId: "00000000-0000-4000-8000-000000000001",
  sequence: 1,
  startsAt: new Date("2026-03-30T07:00:00Z"),
  endsAt: new Date("2026-03-30T08:00:00Z"),
  serviceName: "Bewegingsketenanalyse",
  serviceMinutes: 60,
  therapistName: "Sanne de Vries",
  patientName: "Noor de Boer",
  to: "noor@voorbeeld.test",
  cancelCutoffHours: 24,
};
const link = { to: "noor@voorbeeld.test", name: "Noor", appUrl: "https://keten.test", token: "t" };

describe("e-mail copy", () => {
  it("the plain-text version never points at a button it does not have", () => {
    const emails = [
      confirmationEmail(details, "https://keten.test/afspraak/beheer/x", { kind: "login", url: "https://keten.test/portaal" }),
      rescheduledEmail(details, "https://keten.test/afspraak/beheer/y"),
      cancelledEmail(details, "https://keten.test/afspraak"),
      holdEmail({ ...details, expiresAt: new Date("2026-03-25T09:30:00Z"), confirmUrl: "https://keten.test/afspraak/bevestigen/z" }),
      passwordResetEmail(link),
      activationLinkEmail(link),
      passwordChangedEmail(link),
      staffInvitationEmail({ ...link, role: "therapist" }),
      waitlistJoinedEmail({ to: details.to, name: "Noor", serviceName: "Vervolgbehandeling", untilText: "31 maart 2026", leaveUrl: "https://keten.test/wachtlijst/afmelden/a" }),
      waitlistOfferEmail({ ...details, name: "Noor", expiresAt: new Date("2026-03-25T09:30:00Z"), claimUrl: "https://keten.test/wachtlijst/aanbod/b", leaveUrl: "https://keten.test/wachtlijst/afmelden/c" }),
    ];
    for (const email of emails) expect(email.text, email.kind).not.toMatch(/knop/i);
  });

  it("the reschedule e-mail asks whether the patient moved it, not whether they made it", () => {
    const { text } = rescheduledEmail(details, "https://keten.test/afspraak/beheer/y");
    expect(text).toContain("niet zelf verzet?");
    expect(text).not.toContain("niet zelf gemaakt?");
  });
});

describe("booking copy", () => {
  it("shows a date of birth the Dutch way", () => {
    const answer = describeIntake({ dateOfBirth: "1994-05-17" }).find((pair) => pair.question === "Geboortedatum");
    expect(answer?.answer).toBe("17 mei 1994");
  });

  it("does not advise booking what is being booked", () => {
    for (const outcome of ["book_analysis", "self_care"] as const) {
      const view = triageView(outcome, [], { booking: true });
      expect(`${view.title} ${view.advice}`).not.toMatch(/plan een|maak een afspraak|neem contact op/i);
    }
    expect(triageView("see_soon", ["pop"], { booking: true }).title).toBe("Laat het vandaag of morgen bekijken");
  });
});
