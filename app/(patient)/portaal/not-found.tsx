import Link from "next/link";

/** Anything in the portal that does not exist, or is not the patient's own, looks exactly the same. */
export default function PortalNotFound() {
  return (
    <>
      <h1 className="text-3xl font-semibold">Niet gevonden</h1>
      <p className="mt-4 max-w-2xl">
        Dit onderdeel bestaat niet of hoort niet bij jouw account. Ga terug naar je <Link href="/portaal" className="text-link">overzicht</Link> of naar{" "}
        <Link href="/portaal/plan" className="text-link">je plan</Link>.
      </p>
    </>
  );
}
