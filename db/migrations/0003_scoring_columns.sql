DROP INDEX `forecasts_event_idx`;--> statement-breakpoint
ALTER TABLE `forecasts` ADD `outcome_status` text;--> statement-breakpoint
ALTER TABLE `forecasts` ADD `outcome_occurred_on` text;--> statement-breakpoint
CREATE INDEX `forecasts_event_claim_idx` ON `forecasts` (`event_id`,`forecaster_id`,`id`);--> statement-breakpoint
CREATE INDEX `forecasts_updated_idx` ON `forecasts` (`updated_at`);--> statement-breakpoint
CREATE INDEX `forecasts_scoring_idx` ON `forecasts` (`forecaster_id`,`outcome_status`,`deadline`,`probability`,`probability_low`,`probability_high`,`low_information`,`event_id`,`made_on`,`language`,`outcome_occurred_on`,`lexicon_class`,`article_id`);
--> statement-breakpoint
-- Backfill the copies for databases that already hold outcomes.
UPDATE `forecasts` SET
  `outcome_status` = (SELECT `status` FROM `outcomes` WHERE `outcomes`.`id` = `forecasts`.`current_outcome_id`),
  `outcome_occurred_on` = (SELECT `occurred_on` FROM `outcomes` WHERE `outcomes`.`id` = `forecasts`.`current_outcome_id`)
WHERE `current_outcome_id` IS NOT NULL;
