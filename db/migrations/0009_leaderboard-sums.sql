ALTER TABLE `kept_totals` ADD `board_n` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `kept_totals` ADD `board_sum_brier` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `kept_totals` ADD `board_sum_brier_squares` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `kept_totals` ADD `board_n_informative` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `kept_totals` ADD `board_sum_brier_informative` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `kept_totals` ADD `board_sum_brier_squares_informative` real DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `kept_totals_board_idx` ON `kept_totals` (`scope_kind`,`board_n`,`board_sum_brier`,`scope_id`);--> statement-breakpoint
CREATE INDEX `kept_totals_board_informative_idx` ON `kept_totals` (`scope_kind`,`board_n_informative`,`board_sum_brier_informative`,`scope_id`);--> statement-breakpoint
CREATE INDEX `kept_board_part_idx` ON `kept_board` (`scope_kind`,`part`);