ALTER TABLE `outcomes` ADD `retraction` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `version` integer;