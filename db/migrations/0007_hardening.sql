CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_failure_at` integer NOT NULL,
	`locked_until` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `forecast_revisions` ADD `edited_by_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `recorded_by_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Backfill the names of records written before this migration from the accounts as they are now
-- (the best that is known). The append-only triggers are lifted for this one statement each and
-- put back exactly as they were.
DROP TRIGGER `outcomes_no_update`;
--> statement-breakpoint
UPDATE `outcomes` SET `recorded_by_name` = coalesce((SELECT `name` FROM `user` WHERE `user`.`id` = `outcomes`.`recorded_by`), '');
--> statement-breakpoint
CREATE TRIGGER `outcomes_no_update` BEFORE UPDATE ON `outcomes` BEGIN
  SELECT RAISE(ABORT, 'outcomes are append-only: record a new outcome that supersedes this one');
END;
--> statement-breakpoint
DROP TRIGGER `forecast_revisions_no_update`;
--> statement-breakpoint
UPDATE `forecast_revisions` SET `edited_by_name` = coalesce((SELECT `name` FROM `user` WHERE `user`.`id` = `forecast_revisions`.`edited_by`), '');
--> statement-breakpoint
CREATE TRIGGER `forecast_revisions_no_update` BEFORE UPDATE ON `forecast_revisions` BEGIN
  SELECT RAISE(ABORT, 'forecast revisions are append-only');
END;
