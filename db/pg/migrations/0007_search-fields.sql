-- The search table gets SQLite's five fields (for the relevance order) and search_text/search_vector
-- become generated from them. No version wrote rows into forecasts_search, so it is recreated.
DROP TABLE "forecasts_search";--> statement-breakpoint
CREATE TABLE "forecasts_search" (
	"forecast_id" integer PRIMARY KEY NOT NULL,
	"quote" text NOT NULL,
	"question" text NOT NULL,
	"details" text NOT NULL,
	"names" text NOT NULL,
	"titles" text NOT NULL,
	"search_text" text GENERATED ALWAYS AS (quote || E'\n' || question || E'\n' || details || E'\n' || names || E'\n' || titles) STORED,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, quote || E'\n' || question || E'\n' || details || E'\n' || names || E'\n' || titles)) STORED
);
--> statement-breakpoint
ALTER TABLE "forecasts_search" ADD CONSTRAINT "forecasts_search_forecast_id_forecasts_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecasts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forecasts_search_trgm_idx" ON "forecasts_search" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "forecasts_search_vector_idx" ON "forecasts_search" USING gin ("search_vector");--> statement-breakpoint
CREATE TABLE "search_dirty" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_dirty_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"forecast_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_dirty" ADD CONSTRAINT "search_dirty_forecast_id_forecasts_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecasts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_dirty_forecast_idx" ON "search_dirty" USING btree ("forecast_id");
