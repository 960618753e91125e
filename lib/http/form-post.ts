import type { IncomingMessage } from "node:http";

/**
 * The fields of a plain HTML form posted to a Pages Router page (application/x-www-form-urlencoded), read
 * from the request. Null for anything else — another content type, or a body over `maxBytes` (reading
 * stops there) — so the page can answer as for an empty form instead of failing.
 */
export async function readFormPost(request: IncomingMessage, maxBytes = 16_384): Promise<FormData | null> {
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) return null;
    chunks.push(buffer);
  }
  const formData = new FormData();
  for (const [key, value] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) formData.append(key, value);
  return formData;
}
