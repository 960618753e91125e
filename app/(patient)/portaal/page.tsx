import { auth } from "@/auth";
import { getOwnDisplayName } from "@/lib/data/profile";

export default async function PortalHome() {
  const { name } = await getOwnDisplayName(await auth());
  return (
    <>
      <h1 className="text-3xl font-semibold">Welkom, {name.split(" ")[0]}</h1>
      <p className="mt-2 text-muted">Hier vind je je oefenplan, je afspraken en je gegevens.</p>
    </>
  );
}
