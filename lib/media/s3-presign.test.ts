import { describe, expect, it } from "vitest";
import { amzDate, presignS3Url } from "./s3-presign";

/**
 * AWS's published example of a presigned URL ("Authenticating Requests: Using Query Parameters (AWS
 * Signature Version 4)", Amazon S3 API reference): GET examplebucket/test.txt, 24 May 2013, one day valid.
 * The signature below is the one AWS prints; matching it byte for byte shows our signing is S3's.
 */
const example = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1" };

describe("presignS3Url", () => {
  it("signs AWS's own example exactly as AWS does", () => {
    const url = presignS3Url({ method: "GET", url: "https://examplebucket.s3.amazonaws.com/test.txt", credentials: example, now: new Date("2013-05-24T00:00:00Z"), expiresSeconds: 86400 });
    expect(url).toBe(
      "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
    );
  });

  it("signs the method, so a GET link cannot be used to overwrite or delete", () => {
    const common = { url: "http://127.0.0.1:9000/keten/exercise-media/abc", credentials: example, now: new Date("2026-12-03T10:00:00Z"), expiresSeconds: 60 };
    const signatures = (["GET", "PUT", "DELETE"] as const).map((method) => new URL(presignS3Url({ ...common, method })).searchParams.get("X-Amz-Signature"));
    expect(new Set(signatures).size).toBe(3);
    expect(presignS3Url({ ...common, method: "GET" })).toMatch(/^http:\/\/127\.0\.0\.1:9000\/keten\/exercise-media\/abc\?X-Amz-Algorithm=/);
  });

  it("writes the date as S3 expects it", () => {
    expect(amzDate(new Date("2026-03-29T01:02:03.456Z"))).toBe("20260329T010203Z");
  });
});
