CREATE TABLE "forecasts_search" (
	"forecast_id" integer PRIMARY KEY NOT NULL,
	"search_text" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED
);
--> statement-breakpoint
ALTER TABLE "forecasts_search" ADD CONSTRAINT "forecasts_search_forecast_id_forecasts_id_fk" FOREIGN KEY ("forecast_id") REFERENCES "public"."forecasts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forecasts_search_trgm_idx" ON "forecasts_search" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "forecasts_search_vector_idx" ON "forecasts_search" USING gin ("search_vector");