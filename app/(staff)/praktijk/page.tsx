import { getOwnDisplayName } from "@/lib/data/profile";
import { workspaceSession } from "./workspace-session";

export default async function WorkspaceHome() {
  const { name } = await getOwnDisplayName(await workspaceSession("/praktijk"));
  return (
    <>
      <h1 className="text-3xl font-semibold">Goedendag, {name.split(" ")[0]}</h1>
      <p className="mt-2 text-muted">De agenda, intakes en oefenplannen van de praktijk.</p>
    </>
  );
}
