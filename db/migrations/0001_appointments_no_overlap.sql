-- PostgreSQL itself refuses two appointments of one therapist whose times overlap, unless one of them
-- is cancelled. This is the final guard behind every booking path (public booking, reschedule, staff):
-- whatever interleaving of requests happens, the second INSERT/UPDATE fails with SQLSTATE 23P01.
-- btree_gist provides the GiST operator class for "therapist_id WITH =" next to the range "&&".
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "appointments"
  ADD CONSTRAINT "appointments_no_overlap"
  EXCLUDE USING gist ("therapist_id" WITH =, "during" WITH &&)
  WHERE ("status" <> 'cancelled');
