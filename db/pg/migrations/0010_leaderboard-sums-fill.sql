-- The leaderboard's settled sums on kept_totals (0009), filled from kept_board on a database whose kept
-- sums were built before them: the same sums a rebuild (npm run db:rebuild-sums) gives.
UPDATE kept_totals SET
  board_n = coalesce((select sum(b.n) from kept_board b where b.scope_kind = kept_totals.scope_kind and b.scope_id = kept_totals.scope_id and b.part in ('none', 'past')), 0),
  board_sum_brier = coalesce((select sum(b.sum_brier) from kept_board b where b.scope_kind = kept_totals.scope_kind and b.scope_id = kept_totals.scope_id and b.part in ('none', 'past')), 0),
  board_sum_brier_squares = coalesce((select sum(b.sum_brier_squares) from kept_board b where b.scope_kind = kept_totals.scope_kind and b.scope_id = kept_totals.scope_id and b.part in ('none', 'past')), 0),
  board_n_informative = coalesce((select sum(b.n) from kept_board b where b.scope_kind = kept_totals.scope_kind and b.scope_id = kept_totals.scope_id and b.part in ('none', 'past') and b.low_information = 0), 0),
  board_sum_brier_informative = coalesce((select sum(b.sum_brier) from kept_board b where b.scope_kind = kept_totals.scope_kind and b.scope_id = kept_totals.scope_id and b.part in ('none', 'past') and b.low_information = 0), 0),
  board_sum_brier_squares_informative = coalesce((select sum(b.sum_brier_squares) from kept_board b where b.scope_kind = kept_totals.scope_kind and b.scope_id = kept_totals.scope_id and b.part in ('none', 'past') and b.low_information = 0), 0);
