ALTER TABLE "kept_totals" ADD COLUMN "board_n" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kept_totals" ADD COLUMN "board_sum_brier" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kept_totals" ADD COLUMN "board_sum_brier_squares" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kept_totals" ADD COLUMN "board_n_informative" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kept_totals" ADD COLUMN "board_sum_brier_informative" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kept_totals" ADD COLUMN "board_sum_brier_squares_informative" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "kept_board_part_idx" ON "kept_board" USING btree ("scope_kind","part");--> statement-breakpoint
CREATE INDEX "kept_totals_board_idx" ON "kept_totals" USING btree ("scope_kind","board_n","board_sum_brier","scope_id");--> statement-breakpoint
CREATE INDEX "kept_totals_board_informative_idx" ON "kept_totals" USING btree ("scope_kind","board_n_informative","board_sum_brier_informative","scope_id");