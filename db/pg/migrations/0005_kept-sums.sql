CREATE TABLE "cache_tags" (
	"tag" text PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kept_board" (
	"scope_kind" text NOT NULL,
	"scope_id" integer NOT NULL,
	"part" text NOT NULL,
	"low_information" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum_brier" double precision DEFAULT 0 NOT NULL,
	"sum_brier_squares" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "kept_board_scope_kind_scope_id_part_low_information_pk" PRIMARY KEY("scope_kind","scope_id","part","low_information")
);
--> statement-breakpoint
CREATE TABLE "kept_contributions" (
	"forecast_id" integer PRIMARY KEY NOT NULL,
	"forecaster_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"event_id" integer,
	"outcome_status" text,
	"deadline" text,
	"part" text NOT NULL,
	"low_information" integer NOT NULL,
	"counts_for_claim" integer NOT NULL,
	"bin_decile" integer NOT NULL,
	"bin_class" text NOT NULL,
	"month" text NOT NULL,
	"probability" double precision NOT NULL,
	"probability_low" double precision,
	"probability_high" double precision
);
--> statement-breakpoint
CREATE TABLE "kept_months" (
	"scope_kind" text NOT NULL,
	"scope_id" integer NOT NULL,
	"part" text NOT NULL,
	"low_information" integer NOT NULL,
	"month" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum_brier" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "kept_months_scope_kind_scope_id_part_low_information_month_pk" PRIMARY KEY("scope_kind","scope_id","part","low_information","month")
);
--> statement-breakpoint
CREATE TABLE "kept_pending" (
	"scope_kind" text NOT NULL,
	"scope_id" integer NOT NULL,
	"deadline" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kept_pending_scope_kind_scope_id_deadline_pk" PRIMARY KEY("scope_kind","scope_id","deadline")
);
--> statement-breakpoint
CREATE TABLE "kept_scored" (
	"scope_kind" text NOT NULL,
	"scope_id" integer NOT NULL,
	"part" text NOT NULL,
	"low_information" integer NOT NULL,
	"counts_for_claim" integer NOT NULL,
	"bin_decile" integer NOT NULL,
	"bin_class" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sum_f" double precision DEFAULT 0 NOT NULL,
	"sum_o" double precision DEFAULT 0 NOT NULL,
	"sum_f2" double precision DEFAULT 0 NOT NULL,
	"sum_fo" double precision DEFAULT 0 NOT NULL,
	"sum_log_score" double precision DEFAULT 0 NOT NULL,
	"sum_hit" double precision DEFAULT 0 NOT NULL,
	"sum_brier" double precision DEFAULT 0 NOT NULL,
	"sum_brier_squares" double precision DEFAULT 0 NOT NULL,
	"sum_best" double precision DEFAULT 0 NOT NULL,
	"sum_worst" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "kept_scored_scope_kind_scope_id_part_low_information_counts_for_claim_bin_decile_bin_class_pk" PRIMARY KEY("scope_kind","scope_id","part","low_information","counts_for_claim","bin_decile","bin_class")
);
--> statement-breakpoint
CREATE TABLE "kept_sums_meta" (
	"id" integer PRIMARY KEY NOT NULL,
	"past_before" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kept_totals" (
	"scope_kind" text NOT NULL,
	"scope_id" integer NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	"yes_no" integer DEFAULT 0 NOT NULL,
	"unscorable" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kept_totals_scope_kind_scope_id_pk" PRIMARY KEY("scope_kind","scope_id")
);
--> statement-breakpoint
CREATE INDEX "kept_contributions_claim_idx" ON "kept_contributions" USING btree ("event_id","forecaster_id");