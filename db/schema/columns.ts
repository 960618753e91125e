import { customType, timestamp, uuid } from "drizzle-orm/pg-core";

/** Every time is an instant (`timestamptz`, stored in UTC); wall-clock times are computed in Europe/Amsterdam. */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const id = () => uuid("id").primaryKey().defaultRandom();

export const createdAt = () => timestamptz("created_at").notNull().defaultNow();
export const updatedAt = () =>
  timestamptz("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/**
 * A PostgreSQL `tstzrange`. The application never reads or writes it directly: appointments keep
 * `starts_at`/`ends_at` and the range is a generated column that exists for the exclusion constraint.
 */
export const tstzrange = customType<{ data: string; driverData: string }>({
  dataType() {
    return "tstzrange";
  },
});
