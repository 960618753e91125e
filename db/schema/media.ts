import { sql } from "drizzle-orm";
import { check, customType, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { exercises } from "./plans";

/** PostgreSQL `bytea`: both drivers hand it over as a Uint8Array (postgres.js as a Buffer, which is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return "bytea";
  },
});

/**
 * A therapist's own photo or short video of a library exercise (issue 16, point 6; docs/decisions/022), one
 * per exercise: a new upload replaces it. The bytes live in `exercise_media_blobs` (PostgreSQL, the default)
 * or as an object in an S3-compatible store (`storage = 's3'`, key `exercise-media/<id>`); the row says
 * which, so media uploaded before the store changed keep being served. The type is the one the file's own
 * bytes showed (lib/media/sniff.ts), never the browser's claim.
 */
export const exerciseMedia = pgTable(
  "exercise_media",
  {
    id: id(),
    exerciseId: uuid("exercise_id")
      .notNull()
      .unique()
      .references(() => exercises.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    sha256: text("sha256").notNull(),
    storage: text("storage").notNull(),
    /** What the photo or video shows, in words: its accessible name and caption. */
    description: text("description").notNull(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("exercise_media_type", sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp', 'video/mp4', 'video/webm')`),
    check("exercise_media_size", sql`${t.byteSize} > 0 and ${t.byteSize} <= 26214400`),
    check("exercise_media_storage", sql`${t.storage} in ('database', 's3')`),
    check("exercise_media_description", sql`length(btrim(${t.description})) between 1 and 300`),
  ],
);

/** The bytes of media stored in PostgreSQL, apart from the row so that listing media never reads them. */
export const exerciseMediaBlobs = pgTable("exercise_media_blobs", {
  mediaId: uuid("media_id")
    .primaryKey()
    .references(() => exerciseMedia.id, { onDelete: "cascade" }),
  data: bytea("data").notNull(),
});
