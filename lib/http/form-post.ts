import type { IncomingMessage } from "node:http";

/**
 * Bounded readers for plain HTML forms (application/x-www-form-urlencoded) posted to our pages without
 * client JavaScript. A body that announces more than `maxBytes` is not read at all; one that grows past it
 * while streaming (no or a false Content-Length) stops being read and its connection is dropped — our own
 * forms stay far below the limits, so only a misbehaving client ever meets either.
 */

function isUrlEncodedForm(contentType: string | null | undefined): boolean {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase() === "application/x-www-form-urlencoded";
}

function announcedTooLarge(contentLength: string | null | undefined, maxBytes: number): boolean {
  return contentLength !== null && contentLength !== undefined && Number(contentLength) > maxBytes;
}

function toFormData(text: string): FormData {
  const formData = new FormData();
  for (const [key, value] of new URLSearchParams(text)) formData.append(key, value);
  return formData;
}

/**
 * For a Pages Router page (`getServerSideProps`): the posted fields, or null for another content type or a
 * body over `maxBytes` — the page then answers as for an empty form.
 */
export async function readFormPost(request: IncomingMessage, maxBytes = 16_384): Promise<FormData | null> {
  if (!isUrlEncodedForm(request.headers["content-type"]) || announcedTooLarge(request.headers["content-length"], maxBytes)) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) return null;
    chunks.push(buffer);
  }
  return toFormData(Buffer.concat(chunks).toString("utf8"));
}

/** For a route handler: the posted fields of a web Request, with the same rules as readFormPost. */
export async function readFormRequest(request: Request, maxBytes = 16_384): Promise<FormData | null> {
  if (!isUrlEncodedForm(request.headers.get("content-type")) || announcedTooLarge(request.headers.get("content-length"), maxBytes) || !request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return toFormData(Buffer.concat(chunks).toString("utf8"));
}
