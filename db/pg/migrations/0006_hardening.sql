CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" bigint NOT NULL,
	"locked_until" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forecast_revisions" ADD COLUMN "edited_by_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "recorded_by_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Backfill the names of records written before this migration (as db/migrations/0007_hardening.sql
-- on SQLite); the append-only triggers are held off for these two statements only.
ALTER TABLE "outcomes" DISABLE TRIGGER "outcomes_no_change";--> statement-breakpoint
UPDATE "outcomes" SET "recorded_by_name" = coalesce((SELECT "name" FROM "user" WHERE "user"."id" = "outcomes"."recorded_by"), '');--> statement-breakpoint
ALTER TABLE "outcomes" ENABLE TRIGGER "outcomes_no_change";--> statement-breakpoint
ALTER TABLE "forecast_revisions" DISABLE TRIGGER "forecast_revisions_no_change";--> statement-breakpoint
UPDATE "forecast_revisions" SET "edited_by_name" = coalesce((SELECT "name" FROM "user" WHERE "user"."id" = "forecast_revisions"."edited_by"), '');--> statement-breakpoint
ALTER TABLE "forecast_revisions" ENABLE TRIGGER "forecast_revisions_no_change";
