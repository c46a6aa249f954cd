-- Search marks on PostgreSQL, as db/migrations/0005_search-index.sql does on SQLite: the folding is
-- TypeScript (lib/search/fold.ts, one function for both engines), so triggers only add a mark to
-- search_dirty, inside the writing transaction, for every forecast whose searched text changed;
-- lib/search/indexer-pg.ts folds and writes the marked documents (before each search, and after
-- db:setup / db:copy), so a search never misses a committed write.
CREATE FUNCTION search_mark_forecast() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_dirty(forecast_id) VALUES (NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_forecast_ai AFTER INSERT ON forecasts
  FOR EACH ROW EXECUTE FUNCTION search_mark_forecast();
--> statement-breakpoint
CREATE TRIGGER search_forecast_au AFTER UPDATE OF quote, question, resolution_criteria, condition, forecaster_id, article_id ON forecasts
  FOR EACH ROW EXECUTE FUNCTION search_mark_forecast();
--> statement-breakpoint
CREATE FUNCTION search_mark_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_dirty(forecast_id)
    SELECT id FROM forecasts WHERE forecaster_id = NEW.id
    UNION SELECT f.id FROM forecasts f JOIN article_authors aa ON aa.article_id = f.article_id WHERE aa.person_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_person_au AFTER UPDATE OF name ON people
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION search_mark_person();
--> statement-breakpoint
CREATE FUNCTION search_mark_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_dirty(forecast_id) SELECT id FROM forecasts WHERE article_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_article_au AFTER UPDATE OF title, outlet_id, original_outlet_id ON articles
  FOR EACH ROW EXECUTE FUNCTION search_mark_article();
--> statement-breakpoint
CREATE FUNCTION search_mark_outlet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_dirty(forecast_id)
    SELECT f.id FROM forecasts f JOIN articles a ON a.id = f.article_id WHERE a.outlet_id = NEW.id OR a.original_outlet_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_outlet_au AFTER UPDATE OF name ON outlets
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION search_mark_outlet();
--> statement-breakpoint
CREATE FUNCTION search_mark_authors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_dirty(forecast_id)
    SELECT id FROM forecasts WHERE article_id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_author_aid AFTER INSERT OR DELETE ON article_authors
  FOR EACH ROW EXECUTE FUNCTION search_mark_authors();
--> statement-breakpoint
-- Existing rows: every forecast is marked; the first sync indexes them.
INSERT INTO search_dirty(forecast_id) SELECT id FROM forecasts;
