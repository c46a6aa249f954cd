-- Full-text search over what a reader types: the quote (any language), the English question,
-- the resolution criteria and the condition. External-content FTS5 kept in step by triggers.
CREATE VIRTUAL TABLE `forecasts_fts` USING fts5(
  quote, question, resolution_criteria, condition,
  content='forecasts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `forecasts_fts_ai` AFTER INSERT ON `forecasts` BEGIN
  INSERT INTO forecasts_fts(rowid, quote, question, resolution_criteria, condition)
  VALUES (new.id, new.quote, new.question, new.resolution_criteria, coalesce(new.condition, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `forecasts_fts_ad` AFTER DELETE ON `forecasts` BEGIN
  INSERT INTO forecasts_fts(forecasts_fts, rowid, quote, question, resolution_criteria, condition)
  VALUES ('delete', old.id, old.quote, old.question, old.resolution_criteria, coalesce(old.condition, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `forecasts_fts_au` AFTER UPDATE OF quote, question, resolution_criteria, condition ON `forecasts` BEGIN
  INSERT INTO forecasts_fts(forecasts_fts, rowid, quote, question, resolution_criteria, condition)
  VALUES ('delete', old.id, old.quote, old.question, old.resolution_criteria, coalesce(old.condition, ''));
  INSERT INTO forecasts_fts(rowid, quote, question, resolution_criteria, condition)
  VALUES (new.id, new.quote, new.question, new.resolution_criteria, coalesce(new.condition, ''));
END;
--> statement-breakpoint
-- The outcome history, the revision history and the audit log are append-only: nothing is
-- overwritten or removed; a correction is a new row.
CREATE TRIGGER `outcomes_no_update` BEFORE UPDATE ON `outcomes` BEGIN
  SELECT RAISE(ABORT, 'outcomes are append-only: record a new outcome that supersedes this one');
END;
--> statement-breakpoint
CREATE TRIGGER `outcomes_no_delete` BEFORE DELETE ON `outcomes` BEGIN
  SELECT RAISE(ABORT, 'outcomes are append-only: record a new outcome that supersedes this one');
END;
--> statement-breakpoint
CREATE TRIGGER `forecast_revisions_no_update` BEFORE UPDATE ON `forecast_revisions` BEGIN
  SELECT RAISE(ABORT, 'forecast revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `forecast_revisions_no_delete` BEFORE DELETE ON `forecast_revisions` BEGIN
  SELECT RAISE(ABORT, 'forecast revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
