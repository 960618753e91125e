import type { Metadata } from "next";
import { ButtonForm } from "@/components/staff-settings/button-form";
import { AdminAccountForm, TherapistAccountForm } from "@/components/staff-settings/team-forms";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { listStaff, type StaffMember } from "@/lib/data/staff/team";
import { adminPageSession } from "../settings-guard";
import {
  changeRoleAction,
  createAdminAction,
  createTherapistAction,
  deactivateAction,
  reactivateAction,
  resendInvitationAction,
  type TeamNotice,
} from "./actions";
import { formatCount } from "@/lib/time/format";

export const metadata: Metadata = { title: "Team" };

const notices: Record<TeamNotice, string> = {
  "therapeut-aangemaakt": "Het account is aangemaakt en de activeringsmail is verstuurd. Voeg werktijden toe bij Openingstijden; daarna is de fysiotherapeut online te boeken.",
  "beheerder-aangemaakt": "Het account is aangemaakt en de activeringsmail is verstuurd.",
  "rol-gewijzigd": "De rol is gewijzigd. Deze medewerker is overal uitgelogd en logt opnieuw in met de nieuwe rol.",
  gedeactiveerd: "Het account is gedeactiveerd en overal uitgelogd. Inloggen kan niet meer en online boeken bij deze medewerker ook niet.",
  geactiveerd: "Het account is weer actief. Inloggen kan weer met het bestaande wachtwoord.",
  "link-verstuurd": "Er is een nieuwe activeringslink verstuurd; de vorige werkt niet meer.",
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function status(member: StaffMember): string {
  if (member.deactivated) return "Gedeactiveerd";
  return member.activated ? "Actief" : "Wacht op activering";
}

function MemberActions({ member }: { member: StaffMember }) {
  if (member.isSelf) return <span className="text-muted">Dit ben jij</span>;
  const who = member.name ?? member.email;
  const fields = { userId: member.userId };
  return (
    <div className="flex flex-col items-start gap-1">
      {member.role === "therapist" ? (
        <ButtonForm action={changeRoleAction} fields={{ ...fields, role: "admin" }} label="Maak beheerder" accessibleLabel={`Maak beheerder: ${who}`} />
      ) : member.therapist ? (
        <ButtonForm action={changeRoleAction} fields={{ ...fields, role: "therapist" }} label="Maak fysiotherapeut" accessibleLabel={`Maak fysiotherapeut: ${who}`} />
      ) : null}
      {member.deactivated ? (
        <ButtonForm action={reactivateAction} fields={fields} label="Opnieuw activeren" accessibleLabel={`Opnieuw activeren: ${who}`} />
      ) : (
        <ButtonForm action={deactivateAction} fields={fields} label="Deactiveren" accessibleLabel={`Deactiveren: ${who}`} />
      )}
      {!member.activated && !member.deactivated ? (
        <ButtonForm action={resendInvitationAction} fields={fields} label="Nieuwe activeringslink" accessibleLabel={`Nieuwe activeringslink: ${who}`} />
      ) : null}
    </div>
  );
}

export default async function TeamPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await adminPageSession("/praktijk/team");
  const staff = await listStaff(session);
  const params = await searchParams;
  const notice = notices[first(params.melding) as TeamNotice];
  const appointments = Number(first(params.afspraken) ?? 0);
  return (
    <>
      <h1 className="text-3xl font-semibold">Team</h1>
      <p className="mt-2 max-w-3xl text-muted">
        De accounts van fysiotherapeuten en beheerders. Een rolwijziging of deactivering gaat meteen in: de medewerker wordt op elk apparaat uitgelogd.
      </p>
      {notice ? (
        <Notice tone="success" className="mt-6" live="polite">
          {notice}
          {appointments > 0 ? ` Let op: er ${appointments === 1 ? "staat" : "staan"} nog ${formatCount(appointments, "komende afspraak", "komende afspraken")} bij deze fysiotherapeut; die zijn niet geannuleerd.` : ""}
        </Notice>
      ) : null}

      <div className="mt-8 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-semibold">Medewerkers</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">Naam</th>
              <th scope="col" className="py-2 pr-4">E-mailadres</th>
              <th scope="col" className="py-2 pr-4">Rol</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Acties</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.userId} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {member.name ?? <span className="text-muted">(geen behandelaarsprofiel)</span>}
                  {member.therapist ? <span className="block text-sm font-normal text-muted">{member.therapist.title}</span> : null}
                </th>
                <td className="break-all py-2 pr-4">{member.email}</td>
                <td className="py-2 pr-4">{member.role === "admin" ? (member.therapist ? "Beheerder en fysiotherapeut" : "Beheerder") : "Fysiotherapeut"}</td>
                <td className="py-2 pr-4">{status(member)}</td>
                <td className="py-2">
                  <MemberActions member={member} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Section id="nieuwe-therapeut" title="Fysiotherapeut toevoegen" className="mt-12">
        <p className="mt-1 max-w-2xl text-muted">
          De nieuwe fysiotherapeut krijgt een e-mail met een link om een wachtwoord te kiezen. Online boeken kan pas als er werktijden zijn.
        </p>
        <div className="mt-4">
          <TherapistAccountForm action={createTherapistAction} />
        </div>
      </Section>

      <Section id="nieuwe-beheerder" title="Beheerder toevoegen" className="mt-12">
        <p className="mt-1 max-w-2xl text-muted">
          Een beheerder zonder behandelaarsprofiel: beheert team, openingstijden en inzagelog en wordt getoond met het e-mailadres. Behandelt de beheerder ook
          patiënten? Maak dan een fysiotherapeut aan en maak die beheerder.
        </p>
        <div className="mt-4">
          <AdminAccountForm action={createAdminAction} />
        </div>
      </Section>
    </>
  );
}
