-- Plan versions (0019) are part of the record: publishing a version is a change, so the 20-year term counts
-- from it too (decision 024). The purge deletes them with their plan (ON DELETE CASCADE, let through by the
-- retention flag like every other append-only row).
CREATE OR REPLACE FUNCTION "keten_patient_last_change"(p uuid) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT greatest(
    (SELECT updated_at FROM patients WHERE id = p),
    (SELECT max(greatest(updated_at, ends_at)) FROM appointments WHERE patient_id = p),
    (SELECT max(created_at) FROM intakes WHERE patient_id = p),
    (SELECT max(created_at) FROM intake_screenings WHERE patient_id = p),
    (SELECT updated_at FROM patient_identifiers WHERE patient_id = p),
    (SELECT max(r.created_at) FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id WHERE a.patient_id = p),
    (SELECT max(r.created_at) FROM visit_note_revisions r JOIN visit_notes n ON n.id = r.note_id WHERE n.patient_id = p),
    (SELECT max(greatest(pl.updated_at, ph.updated_at, pe.updated_at)) FROM plans pl
       LEFT JOIN plan_phases ph ON ph.plan_id = pl.id LEFT JOIN plan_exercises pe ON pe.phase_id = ph.id WHERE pl.patient_id = p),
    (SELECT max(v.published_at) FROM plan_versions v JOIN plans pl ON pl.id = v.plan_id WHERE pl.patient_id = p),
    (SELECT max(updated_at) FROM exercise_logs WHERE patient_id = p),
    (SELECT max(created_at) FROM outcome_measures WHERE patient_id = p)
  );
$$;
