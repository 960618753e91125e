-- The clinical record and the audit log are append-only, enforced by the database for every role and
-- every code path: amendments are new rows, never changes to old ones (WGBO, NEN 7513).
CREATE FUNCTION "keten_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is not allowed: this table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate"
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "assessment_revisions_append_only"
  BEFORE UPDATE OR DELETE ON "assessment_revisions"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "assessment_findings_append_only"
  BEFORE UPDATE OR DELETE ON "assessment_findings"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "assessments_no_delete"
  BEFORE DELETE ON "assessments"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "assessment_revisions_no_truncate"
  BEFORE TRUNCATE ON "assessment_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "assessment_findings_no_truncate"
  BEFORE TRUNCATE ON "assessment_findings"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
