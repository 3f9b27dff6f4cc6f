CREATE TABLE `set_aside_answers` (
	`review_id` integer NOT NULL,
	`question_code` text NOT NULL,
	`answer` text NOT NULL,
	`note` text,
	`set_aside_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`set_aside_by` integer,
	PRIMARY KEY(`review_id`, `question_code`),
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_aside_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "set_aside_answers_answer_check" CHECK("set_aside_answers"."answer" in ('yes', 'partly', 'no', 'na'))
);
