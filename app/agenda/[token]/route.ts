import { feedForToken } from "@/lib/data/calendar-feeds";

/** A therapist's private calendar subscription (the link is the key; see lib/data/calendar-feeds.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await feedForToken(token.replace(/\.ics$/, ""));
  if (!feed) return new Response("Deze agendalink werkt niet (meer).", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(feed, {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store", "x-robots-tag": "noindex" },
  });
}
