import { createHash, createHmac } from "node:crypto";

/**
 * AWS Signature Version 4 for a query-string-signed ("presigned") S3 URL: the one piece of the S3 protocol
 * the media store needs (PUT, GET and DELETE of one object). Written here rather than adding a client
 * library: it is ~40 lines of documented HMAC steps, checked against AWS's own published example
 * (s3-presign.test.ts), and works with any S3-compatible store (AWS, MinIO, Ceph, Garage…). Pure: the clock
 * is passed in.
 */
export type S3Credentials = { accessKeyId: string; secretAccessKey: string; region: string };

const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256Hex = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");
const hmac = (key: string | Buffer, value: string) => createHmac("sha256", key).update(value, "utf8").digest();

/** "20130524T000000Z" */
export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The URL with the X-Amz-* query that lets whoever holds it do `method` on that object until it expires. */
export function presignS3Url(input: { method: "GET" | "PUT" | "DELETE"; url: string; credentials: S3Credentials; now: Date; expiresSeconds: number }): string {
  const url = new URL(input.url);
  const timestamp = amzDate(input.now);
  const day = timestamp.slice(0, 8);
  const scope = `${day}/${input.credentials.region}/s3/aws4_request`;
  const query: [string, string][] = [
    ["X-Amz-Algorithm", "AWS4-HMAC-SHA256"],
    ["X-Amz-Credential", `${input.credentials.accessKeyId}/${scope}`],
    ["X-Amz-Date", timestamp],
    ["X-Amz-Expires", String(input.expiresSeconds)],
    ["X-Amz-SignedHeaders", "host"],
  ];
  const canonicalQuery = query
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .sort()
    .join("&");
  const canonicalPath = url.pathname.split("/").map((segment) => encode(decodeURIComponent(segment))).join("/");
  const canonicalRequest = [input.method, canonicalPath, canonicalQuery, `host:${url.host}`, "", "host", "UNSIGNED-PAYLOAD"].join("\n");
  const stringToSign = ["AWS4-HMAC-SHA256", timestamp, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.credentials.secretAccessKey}`, day), input.credentials.region), "s3"), "aws4_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");
  return `${url.origin}${canonicalPath}?${canonicalQuery}&X-Amz-Signature=${signature}`;
}
