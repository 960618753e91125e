-- Outcome measures are append-only like the rest of the record (decision 019), but 0012 refused only UPDATE
-- and DELETE: a TRUNCATE emptied the table. Found by db/append-only.test.ts (issue 17, "Tests and figures").
CREATE TRIGGER "outcome_measures_no_truncate"
  BEFORE TRUNCATE ON "outcome_measures"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
