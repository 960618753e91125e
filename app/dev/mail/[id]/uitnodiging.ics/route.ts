import { getMailboxMessage } from "@/lib/data/dev-mailbox";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const message = await getMailboxMessage(id);
  if (!message?.icsContent) return new Response("Niet gevonden", { status: 404 });
  return new Response(message.icsContent, {
    headers: {
      "content-type": `text/calendar; charset=utf-8; method=${message.icsMethod ?? "REQUEST"}`,
      "content-disposition": 'attachment; filename="afspraak.ics"',
    },
  });
}
