CREATE TABLE `follows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`person_id` integer,
	`outlet_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follows_user_person_idx` ON `follows` (`user_id`,`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `follows_user_outlet_idx` ON `follows` (`user_id`,`outlet_id`);--> statement-breakpoint
CREATE TABLE `reminder_subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`email` text NOT NULL,
	`all_due` integer DEFAULT true NOT NULL,
	`due_sent_through` text NOT NULL,
	`outcomes_sent_through` integer DEFAULT 0 NOT NULL,
	`last_sent_at` integer,
	`last_error` text,
	`last_attempt_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_subscriptions_user_id_unique` ON `reminder_subscriptions` (`user_id`);