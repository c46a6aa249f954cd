-- INSERT OR REPLACE / REPLACE INTO delete the conflicting row without firing DELETE triggers
-- (unless recursive_triggers is on for that connection), so the no_delete triggers alone do not
-- keep these tables append-only. An insert whose id is already taken is refused before the
-- conflict is resolved, whatever the connection's settings. (The id is each table's only unique
-- key, so it is the only conflict a REPLACE can resolve.)
CREATE TRIGGER `outcomes_no_replace` BEFORE INSERT ON `outcomes`
WHEN EXISTS (SELECT 1 FROM `outcomes` WHERE `id` = NEW.`id`) BEGIN
  SELECT RAISE(ABORT, 'outcomes are append-only: record a new outcome that supersedes this one');
END;
--> statement-breakpoint
CREATE TRIGGER `forecast_revisions_no_replace` BEFORE INSERT ON `forecast_revisions`
WHEN EXISTS (SELECT 1 FROM `forecast_revisions` WHERE `id` = NEW.`id`) BEGIN
  SELECT RAISE(ABORT, 'forecast revisions are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`) BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
