CREATE TABLE `cache_tags` (
	`tag` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kept_board` (
	`scope_kind` text NOT NULL,
	`scope_id` integer NOT NULL,
	`part` text NOT NULL,
	`low_information` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	`sum_brier` real DEFAULT 0 NOT NULL,
	`sum_brier_squares` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`, `part`, `low_information`)
);
--> statement-breakpoint
CREATE TABLE `kept_contributions` (
	`forecast_id` integer PRIMARY KEY NOT NULL,
	`forecaster_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`event_id` integer,
	`outcome_status` text,
	`deadline` text,
	`part` text NOT NULL,
	`low_information` integer NOT NULL,
	`counts_for_claim` integer NOT NULL,
	`bin_decile` integer NOT NULL,
	`bin_class` text NOT NULL,
	`month` text NOT NULL,
	`probability` real NOT NULL,
	`probability_low` real,
	`probability_high` real
);
--> statement-breakpoint
CREATE INDEX `kept_contributions_claim_idx` ON `kept_contributions` (`event_id`,`forecaster_id`);--> statement-breakpoint
CREATE TABLE `kept_months` (
	`scope_kind` text NOT NULL,
	`scope_id` integer NOT NULL,
	`part` text NOT NULL,
	`low_information` integer NOT NULL,
	`month` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	`sum_brier` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`, `part`, `low_information`, `month`)
);
--> statement-breakpoint
CREATE TABLE `kept_pending` (
	`scope_kind` text NOT NULL,
	`scope_id` integer NOT NULL,
	`deadline` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`, `deadline`)
);
--> statement-breakpoint
CREATE TABLE `kept_scored` (
	`scope_kind` text NOT NULL,
	`scope_id` integer NOT NULL,
	`part` text NOT NULL,
	`low_information` integer NOT NULL,
	`counts_for_claim` integer NOT NULL,
	`bin_decile` integer NOT NULL,
	`bin_class` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	`sum_f` real DEFAULT 0 NOT NULL,
	`sum_o` real DEFAULT 0 NOT NULL,
	`sum_f2` real DEFAULT 0 NOT NULL,
	`sum_fo` real DEFAULT 0 NOT NULL,
	`sum_log_score` real DEFAULT 0 NOT NULL,
	`sum_hit` real DEFAULT 0 NOT NULL,
	`sum_brier` real DEFAULT 0 NOT NULL,
	`sum_brier_squares` real DEFAULT 0 NOT NULL,
	`sum_best` real DEFAULT 0 NOT NULL,
	`sum_worst` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`, `part`, `low_information`, `counts_for_claim`, `bin_decile`, `bin_class`)
);
--> statement-breakpoint
CREATE TABLE `kept_sums_meta` (
	`id` integer PRIMARY KEY NOT NULL,
	`past_before` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kept_totals` (
	`scope_kind` text NOT NULL,
	`scope_id` integer NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`open` integer DEFAULT 0 NOT NULL,
	`yes_no` integer DEFAULT 0 NOT NULL,
	`unscorable` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`)
);
