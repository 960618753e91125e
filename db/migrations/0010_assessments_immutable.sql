-- An assessment row only says whose record it is, who opened it and when: nothing the amend-only design
-- ever changes (amendments are new revisions). The database refuses every UPDATE, so no code path or role
-- can move a clinical record to another patient. The one exception is PostgreSQL's own foreign-key action:
-- when the linked appointment is deleted, appointment_id becomes NULL and nothing else changes.
CREATE FUNCTION "keten_assessments_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.appointment_id IS NULL AND OLD.appointment_id IS NOT NULL
     AND NEW.id = OLD.id AND NEW.patient_id = OLD.patient_id
     AND NEW.created_by = OLD.created_by AND NEW.created_at = OLD.created_at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'UPDATE on assessments is not allowed: an assessment is amended with a new revision'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "assessments_no_update"
  BEFORE UPDATE ON "assessments"
  FOR EACH ROW EXECUTE FUNCTION "keten_assessments_immutable"();
--> statement-breakpoint
CREATE TRIGGER "assessments_no_truncate"
  BEFORE TRUNCATE ON "assessments"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
