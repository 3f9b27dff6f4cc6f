-- Custom SQL migration file, put your code below! ---- The audit log is append-only: nothing may change or remove a row once written.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
-- A criteria template is immutable once an inspection uses it: a changed wording or rule is a new version.
CREATE TRIGGER criteria_templates_immutable_update BEFORE UPDATE ON criteria_templates
WHEN EXISTS (SELECT 1 FROM inspections WHERE template_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'criteria template is in use and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER criteria_templates_immutable_delete BEFORE DELETE ON criteria_templates
WHEN EXISTS (SELECT 1 FROM inspections WHERE template_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'criteria template is in use and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_questions_immutable_insert BEFORE INSERT ON template_questions
WHEN EXISTS (SELECT 1 FROM inspections WHERE template_id = NEW.template_id)
BEGIN
  SELECT RAISE(ABORT, 'criteria template is in use and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_questions_immutable_update BEFORE UPDATE ON template_questions
WHEN EXISTS (SELECT 1 FROM inspections WHERE template_id = OLD.template_id)
BEGIN
  SELECT RAISE(ABORT, 'criteria template is in use and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_questions_immutable_delete BEFORE DELETE ON template_questions
WHEN EXISTS (SELECT 1 FROM inspections WHERE template_id = OLD.template_id)
BEGIN
  SELECT RAISE(ABORT, 'criteria template is in use and cannot change');
END;
