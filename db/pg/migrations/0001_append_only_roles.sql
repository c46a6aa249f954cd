-- Append-only tables and the app's privileges on PostgreSQL (the SQLite side: db/migrations/0001).
--
-- 1. Triggers: the outcome history, the revision history and the audit log are never overwritten
--    or removed, whoever is connected (the owner included): UPDATE and DELETE are refused row by
--    row, TRUNCATE per statement. INSERT ... ON CONFLICT DO UPDATE runs the UPDATE triggers, so it
--    is refused too; the id (primary key) is each table's only unique key, so it is the only
--    conflict such an insert could resolve (test/pg/append-only.test.ts checks both).
CREATE FUNCTION hindsight_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% (% on %)', TG_ARGV[0], TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation', HINT = 'append-only: a correction is a new row';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER outcomes_no_change BEFORE UPDATE OR DELETE ON outcomes
  FOR EACH ROW EXECUTE FUNCTION hindsight_refuse_change('outcomes are append-only: record a new outcome that supersedes this one');
--> statement-breakpoint
CREATE TRIGGER outcomes_no_truncate BEFORE TRUNCATE ON outcomes
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_refuse_change('outcomes are append-only: record a new outcome that supersedes this one');
--> statement-breakpoint
CREATE TRIGGER forecast_revisions_no_change BEFORE UPDATE OR DELETE ON forecast_revisions
  FOR EACH ROW EXECUTE FUNCTION hindsight_refuse_change('forecast revisions are append-only');
--> statement-breakpoint
CREATE TRIGGER forecast_revisions_no_truncate BEFORE TRUNCATE ON forecast_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_refuse_change('forecast revisions are append-only');
--> statement-breakpoint
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION hindsight_refuse_change('the audit log is append-only');
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION hindsight_refuse_change('the audit log is append-only');
--> statement-breakpoint
-- 2. forecasts.current_outcome_id and outcomes.forecast_id point at each other: the check may wait
--    for the end of a transaction that asks for it (db:copy inserts forecasts before their outcomes).
ALTER TABLE forecasts ALTER CONSTRAINT forecasts_current_outcome_id_outcomes_id_fk DEFERRABLE INITIALLY IMMEDIATE;
--> statement-breakpoint
-- 3. Privileges. The migrations run as the role that owns the tables; the web app connects as a
--    login role that is a member of the group role hindsight_app (README: "Running on PostgreSQL"):
--      CREATE ROLE hindsight_web LOGIN PASSWORD '...' IN ROLE hindsight_app;
--    hindsight_app may read and write every table except that it may not UPDATE or DELETE the
--    append-only ones, nor TRUNCATE, ALTER or DROP anything. Tables added by later migrations
--    get the default privileges below; a later append-only table must REVOKE UPDATE, DELETE itself.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hindsight_app') THEN
    CREATE ROLE hindsight_app NOLOGIN;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE EXCEPTION 'the role hindsight_app does not exist and % may not create it', current_user
    USING HINT = 'as an administrator run: CREATE ROLE hindsight_app NOLOGIN; then run the migrations again';
END;
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO hindsight_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hindsight_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hindsight_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON outcomes, forecast_revisions, audit_log FROM hindsight_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hindsight_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO hindsight_app;
--> statement-breakpoint
-- The start-up check reads which migrations have run.
GRANT USAGE ON SCHEMA drizzle TO hindsight_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO hindsight_app;
