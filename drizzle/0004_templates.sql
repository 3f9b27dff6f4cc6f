-- Criteria templates as data (CONTRACTS.md section 5). Hand-written: drizzle-kit would copy columns
-- that do not exist yet when it rebuilds a table. Existing data is kept: the PEEL 2017 version 1 rows
-- get the crime types, flags, themes, rules and met phrases of db/seed-data/templates/peel-2017-crime-files.v1.json,
-- and each case file keeps its three flags, now as a list of codes.
CREATE TABLE `template_crime_types` (
	`template_id` integer NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`template_id`, `code`),
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `template_flags` (
	`template_id` integer NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`template_id`, `code`),
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `template_scale_options` (
	`template_id` integer NOT NULL,
	`scale_code` text NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`counts_as` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`template_id`, `scale_code`, `code`),
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "template_scale_options_counts_as_check" CHECK("template_scale_options"."counts_as" in ('met', 'partly', 'not_met', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE `template_scales` (
	`template_id` integer NOT NULL,
	`code` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`template_id`, `code`),
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `template_themes` (
	`template_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`template_id`, `name`),
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- An answer is any option code of its question's scale now, so the built-in check goes.
CREATE TABLE `__new_answers` (
	`review_id` integer NOT NULL,
	`question_code` text NOT NULL,
	`answer` text NOT NULL,
	`note` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`review_id`, `question_code`),
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_answers`("review_id", "question_code", "answer", "note", "updated_at", "updated_by") SELECT "review_id", "question_code", "answer", "note", "updated_at", "updated_by" FROM `answers`;
--> statement-breakpoint
DROP TABLE `answers`;
--> statement-breakpoint
ALTER TABLE `__new_answers` RENAME TO `answers`;
--> statement-breakpoint
-- Set-aside answers likewise hold any option code.
CREATE TABLE `__new_set_aside_answers` (
	`review_id` integer NOT NULL,
	`question_code` text NOT NULL,
	`answer` text NOT NULL,
	`note` text,
	`set_aside_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`set_aside_by` integer,
	PRIMARY KEY(`review_id`, `question_code`),
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_aside_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_set_aside_answers`("review_id", "question_code", "answer", "note", "set_aside_at", "set_aside_by") SELECT "review_id", "question_code", "answer", "note", "set_aside_at", "set_aside_by" FROM `set_aside_answers`;
--> statement-breakpoint
DROP TABLE `set_aside_answers`;
--> statement-breakpoint
ALTER TABLE `__new_set_aside_answers` RENAME TO `set_aside_answers`;
--> statement-breakpoint
-- A question's scale may be one of its template's own; its rule is text; it has a met phrase and may be key.
CREATE TABLE `__new_template_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`code` text NOT NULL,
	`theme` text NOT NULL,
	`wording` text NOT NULL,
	`hint` text,
	`answer_set` text NOT NULL,
	`applies_when` text,
	`rule` text,
	`finding` text,
	`is_key` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_template_questions`("id", "template_id", "code", "theme", "wording", "hint", "answer_set", "applies_when", "position") SELECT "id", "template_id", "code", "theme", "wording", "hint", "answer_set", "applies_when", "position" FROM `template_questions`;
--> statement-breakpoint
DROP TABLE `template_questions`;
--> statement-breakpoint
ALTER TABLE `__new_template_questions` RENAME TO `template_questions`;
--> statement-breakpoint
CREATE UNIQUE INDEX `template_questions_code_unique` ON `template_questions` (`template_id`,`code`);
--> statement-breakpoint
ALTER TABLE `criteria_templates` ADD `status` text DEFAULT 'published' NOT NULL;
--> statement-breakpoint
ALTER TABLE `criteria_templates` ADD `based_on_id` integer;
--> statement-breakpoint
ALTER TABLE `criteria_templates` ADD `created_by` integer;
--> statement-breakpoint
ALTER TABLE `criteria_templates` ADD `published_at` text;
--> statement-breakpoint
ALTER TABLE `criteria_templates` ADD `updated_at` text;
--> statement-breakpoint
-- Every template already stored was in use or ready for use: published when it was made. (The in-use
-- guard of 0001 is lifted for this one statement and put back as it was.)
DROP TRIGGER `criteria_templates_immutable_update`;
--> statement-breakpoint
UPDATE `criteria_templates` SET published_at = created_at WHERE published_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER criteria_templates_immutable_update BEFORE UPDATE ON criteria_templates
WHEN EXISTS (SELECT 1 FROM inspections WHERE template_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'criteria template is in use and cannot change');
END;
--> statement-breakpoint
ALTER TABLE `case_files` ADD `flags` text DEFAULT '[]' NOT NULL;
--> statement-breakpoint
UPDATE `case_files` SET flags = json_array(
  CASE WHEN domestic_abuse THEN 'domestic_abuse' END,
  CASE WHEN repeat_victim THEN 'repeat_victim' END,
  CASE WHEN vulnerable_victim THEN 'vulnerable_victim' END);
--> statement-breakpoint
UPDATE `case_files` SET flags = (SELECT json_group_array(value) FROM json_each(case_files.flags) WHERE value IS NOT NULL);
--> statement-breakpoint
ALTER TABLE `case_files` DROP COLUMN `domestic_abuse`;
--> statement-breakpoint
ALTER TABLE `case_files` DROP COLUMN `repeat_victim`;
--> statement-breakpoint
ALTER TABLE `case_files` DROP COLUMN `vulnerable_victim`;
--> statement-breakpoint
INSERT INTO `template_crime_types` (template_id, code, label, position)
  SELECT (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1), column1, column2, column3 FROM (VALUES ('theft-from-person', 'Theft from person', 0),
    ('rape', 'Rape (including attempts)', 1),
    ('stalking', 'Stalking', 2),
    ('harassment', 'Harassment', 3),
    ('common-assault', 'Common assault', 4),
    ('gbh-wounding', 'Grievous bodily harm (wounding)', 5),
    ('abh', 'Actual bodily harm', 6))
  WHERE (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) IS NOT NULL;
--> statement-breakpoint
INSERT INTO `template_flags` (template_id, code, label, position)
  SELECT (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1), column1, column2, column3 FROM (VALUES ('domestic_abuse', 'Domestic abuse', 0),
    ('repeat_victim', 'Repeat victim', 1),
    ('vulnerable_victim', 'Vulnerable victim', 2))
  WHERE (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) IS NOT NULL;
--> statement-breakpoint
INSERT INTO `template_themes` (template_id, name, position)
  SELECT (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1), column1, column2 FROM (VALUES ('Identifying vulnerability', 0),
    ('Initial investigation', 1),
    ('Initial response', 2),
    ('Investigation quality', 3),
    ('Supervision', 4),
    ('Victim care', 5),
    ('Outcome', 6),
    ('Overall', 7))
  WHERE (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) IS NOT NULL;
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the victim''s vulnerability was identified at first contact'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'vulnerability_identified';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'a structured risk assessment (THRIVE) was recorded at first contact'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'risk_assessed';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the victim was identified as a repeat victim', rule = 'flag repeat_victim'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'repeat_victim_identified';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the initial response was timely for the assessed risk'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'response_timely';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'opportunities to secure evidence in the ''golden hour'' were taken'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'evidence_secured';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'body-worn video was used where it was available and appropriate'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'bwv_used';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'a DASH risk assessment was completed', rule = 'flag domestic_abuse or crime_type in (stalking, harassment)'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'dash_completed';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'there was an investigation plan'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'investigation_plan';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the investigation plan was of a good standard', rule = 'answer investigation_plan = yes'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'plan_quality';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'all proportionate lines of enquiry were completed'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'lines_of_enquiry';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the investigation was effectively supervised'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'supervision_effective';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'a supervisor gave advice and direction where it was needed'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'supervisor_direction';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the victim was kept updated on the progress of the investigation'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'victim_updated';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'a victim needs assessment was completed in line with the Victims'' Code'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'needs_assessment';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'there was an auditable record of the victim''s wishes', rule = 'outcome in (14, 16)'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'victim_wishes_recorded';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'victim care was appropriate'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'victim_care_appropriate';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the outcome assigned was appropriate', rule = 'has outcome'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'outcome_appropriate';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'an evidence-led prosecution was considered', rule = 'outcome = 16 and (flag domestic_abuse or crime_type in (rape, stalking, harassment))'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'evidence_led_considered';
--> statement-breakpoint
UPDATE `template_questions` SET finding = 'the investigation was of a good standard'
  WHERE template_id = (SELECT id FROM criteria_templates WHERE slug = 'peel-2017-crime-files' AND version = 1) AND code = 'overall_good_standard';
--> statement-breakpoint
-- A published version never changes (the in-use guards of 0001 on criteria_templates stay; these cover
-- every part of a version), and an inspection never uses a draft.
CREATE TRIGGER criteria_templates_published_update BEFORE UPDATE ON criteria_templates
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER criteria_templates_published_delete BEFORE DELETE ON criteria_templates
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspections_no_draft_template_insert BEFORE INSERT ON inspections
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) IS NOT 'published'
BEGIN
  SELECT RAISE(ABORT, 'an inspection may use only a published criteria template version');
END;
--> statement-breakpoint
CREATE TRIGGER inspections_no_draft_template_update BEFORE UPDATE OF template_id ON inspections
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) IS NOT 'published'
BEGIN
  SELECT RAISE(ABORT, 'an inspection may use only a published criteria template version');
END;
--> statement-breakpoint
CREATE TRIGGER template_crime_types_published_insert BEFORE INSERT ON template_crime_types
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_crime_types_published_update BEFORE UPDATE ON template_crime_types
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published' OR (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_crime_types_published_delete BEFORE DELETE ON template_crime_types
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_flags_published_insert BEFORE INSERT ON template_flags
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_flags_published_update BEFORE UPDATE ON template_flags
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published' OR (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_flags_published_delete BEFORE DELETE ON template_flags
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_scales_published_insert BEFORE INSERT ON template_scales
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_scales_published_update BEFORE UPDATE ON template_scales
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published' OR (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_scales_published_delete BEFORE DELETE ON template_scales
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_scale_options_published_insert BEFORE INSERT ON template_scale_options
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_scale_options_published_update BEFORE UPDATE ON template_scale_options
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published' OR (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_scale_options_published_delete BEFORE DELETE ON template_scale_options
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_themes_published_insert BEFORE INSERT ON template_themes
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_themes_published_update BEFORE UPDATE ON template_themes
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published' OR (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_themes_published_delete BEFORE DELETE ON template_themes
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_questions_published_insert BEFORE INSERT ON template_questions
WHEN (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_questions_published_update BEFORE UPDATE ON template_questions
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published' OR (SELECT status FROM criteria_templates WHERE id = NEW.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER template_questions_published_delete BEFORE DELETE ON template_questions
WHEN (SELECT status FROM criteria_templates WHERE id = OLD.template_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'criteria template version is published and cannot change');
END;
