import { auth } from "@/auth";
import { readExerciseMediaFile } from "@/lib/data/exercise-media";
import { parseByteRange } from "@/lib/media/range";

/**
 * An exercise's photo or video (docs/decisions/022). lib/data decides who may see it: staff, or a patient
 * whose active plan holds the exercise. Anyone else, signed in or not, gets the same 404 as for an id that
 * does not exist, so the address tells nothing. Videos answer byte ranges, so the player can seek.
 */
const notFound = () => new Response("Niet gevonden", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" } });

export async function GET(request: Request, { params }: RouteContext<"/oefenbeeld/[mediaId]">) {
  const { mediaId } = await params;
  const file = await readExerciseMediaFile(await auth(), mediaId);
  if (!file) return notFound();
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "x-content-type-options": "nosniff",
    "content-disposition": `inline; filename="${file.fileName}"`,
    // Health-related pictures: the browser may keep its own copy a while, a shared cache never.
    "cache-control": "private, max-age=3600",
    etag,
    "accept-ranges": "bytes",
    vary: "Cookie",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const range = parseByteRange(request.headers.get("range"), file.bytes.length);
  if (range === "unsatisfiable") return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${file.bytes.length}` } });
  if (range) {
    const part = file.bytes.subarray(range.start, range.end + 1);
    return new Response(part as Uint8Array<ArrayBuffer>, { status: 206, headers: { ...headers, "content-range": `bytes ${range.start}-${range.end}/${file.bytes.length}`, "content-length": String(part.length) } });
  }
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, "content-length": String(file.bytes.length) } });
}
