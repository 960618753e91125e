import Link from "next/link";
import { LinkButton } from "@/components/ui/button";

/** What a used, expired or unknown activation or reset link leads to: no dead end, a way forward. */
export function InvalidLink({ kind }: { kind: "activation" | "reset" }) {
  return (
    <>
      <h1 className="text-3xl font-semibold">Deze link werkt niet meer</h1>
      <p className="mt-4">
        {kind === "activation"
          ? "Een activatielink werkt zeven dagen en maar één keer. Misschien heb je je account al geactiveerd, of is de link verlopen."
          : "Een link voor een nieuw wachtwoord werkt twee uur en maar één keer. Misschien heb je hem al gebruikt, of is er intussen een nieuwere link verstuurd."}
      </p>
      <p className="mt-4">Vraag een nieuwe link aan met je e-mailadres. Heb je al een wachtwoord gekozen, dan kun je gewoon inloggen.</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <LinkButton href="/wachtwoord/vergeten">Nieuwe link aanvragen</LinkButton>
        <Link href="/inloggen" className="inline-block py-2 text-link">
          Naar inloggen
        </Link>
      </div>
    </>
  );
}
