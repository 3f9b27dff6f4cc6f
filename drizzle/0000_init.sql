CREATE TABLE `answers` (
	`review_id` integer NOT NULL,
	`question_code` text NOT NULL,
	`answer` text NOT NULL,
	`note` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`review_id`, `question_code`),
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "answers_answer_check" CHECK("answers"."answer" in ('yes', 'partly', 'no', 'na'))
);
--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`case_file_id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`assigned_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_user_idx` ON `assignments` (`user_id`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor_id` integer,
	`actor_label` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`inspection_id` integer,
	`case_file_id` integer,
	`detail` text,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `audit_events_case_file_idx` ON `audit_events` (`case_file_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `case_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`force_id` integer NOT NULL,
	`crime_reference` text NOT NULL,
	`crime_type` text NOT NULL,
	`recorded_on` text NOT NULL,
	`outcome` integer,
	`domestic_abuse` integer DEFAULT false NOT NULL,
	`repeat_victim` integer DEFAULT false NOT NULL,
	`vulnerable_victim` integer DEFAULT false NOT NULL,
	`sample_status` text DEFAULT 'sampled' NOT NULL,
	`reserve_position` integer,
	`replaced_reason` text,
	`replaced_note` text,
	`replaced_at` text,
	`replacement_id` integer,
	`draw_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`force_id`) REFERENCES `forces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`draw_id`) REFERENCES `sample_draws`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_files_outcome_check" CHECK("case_files"."outcome" is null or "case_files"."outcome" between 1 and 22),
	CONSTRAINT "case_files_status_check" CHECK("case_files"."sample_status" in ('sampled', 'reserve', 'replaced'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_files_reference_unique` ON `case_files` (`inspection_id`,`force_id`,`crime_reference`);--> statement-breakpoint
CREATE INDEX `case_files_scope_idx` ON `case_files` (`inspection_id`,`force_id`,`sample_status`);--> statement-breakpoint
CREATE TABLE `criteria_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_templates_slug_version_unique` ON `criteria_templates` (`slug`,`version`);--> statement-breakpoint
CREATE TABLE `forces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `forces_code_unique` ON `forces` (`code`);--> statement-breakpoint
CREATE TABLE `inspection_forces` (
	`inspection_id` integer NOT NULL,
	`force_id` integer NOT NULL,
	`sample_size` integer,
	PRIMARY KEY(`inspection_id`, `force_id`),
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`force_id`) REFERENCES `forces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspection_leads` (
	`inspection_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`inspection_id`, `user_id`),
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`template_id` integer NOT NULL,
	`fieldwork_start` text,
	`fieldwork_end` text,
	`recorded_from` text,
	`recorded_to` text,
	`default_sample_size` integer DEFAULT 60 NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "inspections_sample_size_check" CHECK("inspections"."default_sample_size" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspections_slug_unique` ON `inspections` (`slug`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_file_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`kind` text DEFAULT 'review' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`return_reason` text,
	`returned_by` integer,
	`returned_at` text,
	`submitted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`returned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reviews_status_check" CHECK("reviews"."status" in ('draft', 'submitted', 'returned'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_file_kind_unique` ON `reviews` (`case_file_id`,`kind`);--> statement-breakpoint
CREATE INDEX `reviews_reviewer_idx` ON `reviews` (`reviewer_id`);--> statement-breakpoint
CREATE TABLE `sample_draws` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inspection_id` integer NOT NULL,
	`force_id` integer NOT NULL,
	`seed` text NOT NULL,
	`method` text NOT NULL,
	`sample_size` integer NOT NULL,
	`population_size` integer NOT NULL,
	`population_hash` text NOT NULL,
	`strata` text NOT NULL,
	`drawn_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`force_id`) REFERENCES `forces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`drawn_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sample_draws_scope_idx` ON `sample_draws` (`inspection_id`,`force_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`ended_at` text,
	`ended_reason` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`succeeded` integer DEFAULT false NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_email_idx` ON `sign_in_attempts` (`email`,`at`);--> statement-breakpoint
CREATE INDEX `sign_in_attempts_ip_idx` ON `sign_in_attempts` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `template_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`code` text NOT NULL,
	`theme` text NOT NULL,
	`wording` text NOT NULL,
	`hint` text,
	`answer_set` text NOT NULL,
	`applies_when` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `criteria_templates`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "template_questions_answer_set_check" CHECK("template_questions"."answer_set" in ('YN', 'YNA', 'YPN', 'YPNA'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `template_questions_code_unique` ON `template_questions` (`template_id`,`code`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`failed_sign_ins` integer DEFAULT 0 NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`last_sign_in_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('inspector', 'lead', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);