import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { exerciseMediaBlobs } from "@/db/schema";
import { env } from "@/lib/env";
import { presignS3Url, type S3Credentials } from "@/lib/media/s3-presign";

/**
 * Where the bytes of an exercise's photo or video live (docs/decisions/022). Two stores behind one shape:
 * PostgreSQL (`exercise_media_blobs`, the default: nothing to run besides the database, included in its
 * backups) and an S3-compatible store when MEDIA_S3_* is set (large files out of the database). Internal to
 * lib/data: callers have checked who may read or write.
 */
export type MediaStorage = "database" | "s3";

export type MediaStore = {
  kind: MediaStorage;
  put(executor: Executor, mediaId: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(executor: Executor, mediaId: string): Promise<Uint8Array | null>;
  remove(executor: Executor, mediaId: string): Promise<void>;
};

export const databaseStore: MediaStore = {
  kind: "database",
  async put(executor, mediaId, bytes) {
    await executor.insert(exerciseMediaBlobs).values({ mediaId, data: bytes });
  },
  async get(executor, mediaId) {
    const [row] = await executor.select({ data: exerciseMediaBlobs.data }).from(exerciseMediaBlobs).where(eq(exerciseMediaBlobs.mediaId, mediaId));
    return row ? new Uint8Array(row.data) : null;
  },
  async remove(executor, mediaId) {
    await executor.delete(exerciseMediaBlobs).where(eq(exerciseMediaBlobs.mediaId, mediaId));
  },
};

export type S3Config = { endpoint: string; bucket: string; credentials: S3Credentials };

/**
 * Path-style object URLs (ENDPOINT/BUCKET/exercise-media/<id>), each request signed for one minute. The
 * executor is not used: the object store is outside the transaction, so the caller writes the object
 * before committing the row and removes it again if the row is not written.
 */
export function s3Store(config: S3Config, send: typeof fetch = fetch): MediaStore {
  const objectUrl = (mediaId: string) => `${config.endpoint.replace(/\/+$/, "")}/${config.bucket}/exercise-media/${mediaId}`;
  const signed = (method: "GET" | "PUT" | "DELETE", mediaId: string) => presignS3Url({ method, url: objectUrl(mediaId), credentials: config.credentials, now: new Date(), expiresSeconds: 60 });
  return {
    kind: "s3",
    async put(_executor, mediaId, bytes, contentType) {
      const response = await send(signed("PUT", mediaId), { method: "PUT", body: bytes as Uint8Array<ArrayBuffer>, headers: { "content-type": contentType } });
      if (!response.ok) throw new Error(`media store: PUT answered ${response.status}`);
    },
    async get(_executor, mediaId) {
      const response = await send(signed("GET", mediaId));
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`media store: GET answered ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async remove(_executor, mediaId) {
      const response = await send(signed("DELETE", mediaId), { method: "DELETE" });
      if (!response.ok && response.status !== 404) throw new Error(`media store: DELETE answered ${response.status}`);
    },
  };
}

function configuredS3(): S3Config | null {
  const { MEDIA_S3_ENDPOINT, MEDIA_S3_BUCKET, MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY, MEDIA_S3_REGION } = env;
  if (!MEDIA_S3_ENDPOINT || !MEDIA_S3_BUCKET || !MEDIA_S3_ACCESS_KEY_ID || !MEDIA_S3_SECRET_ACCESS_KEY) return null;
  return { endpoint: MEDIA_S3_ENDPOINT, bucket: MEDIA_S3_BUCKET, credentials: { accessKeyId: MEDIA_S3_ACCESS_KEY_ID, secretAccessKey: MEDIA_S3_SECRET_ACCESS_KEY, region: MEDIA_S3_REGION } };
}

/** The store new uploads go to. */
export function uploadStore(): MediaStore {
  const s3 = configuredS3();
  return s3 ? s3Store(s3) : databaseStore;
}

/** The store a stored row names (media uploaded before the configuration changed stay readable where they are). */
export function storeFor(storage: string): MediaStore | null {
  if (storage === "database") return databaseStore;
  const s3 = configuredS3();
  return s3 ? s3Store(s3) : null;
}
