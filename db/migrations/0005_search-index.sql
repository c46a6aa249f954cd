-- Search (issue 11): one search document per forecast (its quote, question, resolution criteria and
-- condition, the forecaster and author names, the article title and outlet names), folded in
-- TypeScript (lib/search/fold.ts: lower case, no diacritics, ß as ss, and ä/ö/ü also as ae/oe/ue)
-- and indexed by trigrams, so parts of compound words are found ("bündnis" in "Militärbündnis").
-- The folding cannot run in SQL, so triggers only mark the forecasts whose text changed in
-- search_dirty, inside the writing transaction; lib/search/indexer.ts folds and indexes them
-- (after each write path and before each search), so a mark is never lost.
DROP TRIGGER IF EXISTS `forecasts_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `forecasts_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `forecasts_fts_au`;
--> statement-breakpoint
DROP TABLE IF EXISTS `forecasts_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `forecasts_search` USING fts5(quote, question, details, names, titles, tokenize = 'trigram');
--> statement-breakpoint
CREATE TABLE `search_dirty` (`forecast_id` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE TRIGGER `search_forecast_ai` AFTER INSERT ON `forecasts` BEGIN
  INSERT OR IGNORE INTO search_dirty(forecast_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_forecast_au` AFTER UPDATE OF quote, question, resolution_criteria, condition, forecaster_id, article_id ON `forecasts` BEGIN
  INSERT OR IGNORE INTO search_dirty(forecast_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_forecast_ad` AFTER DELETE ON `forecasts` BEGIN
  DELETE FROM forecasts_search WHERE rowid = old.id;
  DELETE FROM search_dirty WHERE forecast_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_person_au` AFTER UPDATE OF name ON `people` BEGIN
  INSERT OR IGNORE INTO search_dirty(forecast_id)
    SELECT id FROM forecasts WHERE forecaster_id = new.id
    UNION SELECT f.id FROM forecasts f JOIN article_authors aa ON aa.article_id = f.article_id WHERE aa.person_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_article_au` AFTER UPDATE OF title, outlet_id, original_outlet_id ON `articles` BEGIN
  INSERT OR IGNORE INTO search_dirty(forecast_id) SELECT id FROM forecasts WHERE article_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_outlet_au` AFTER UPDATE OF name ON `outlets` BEGIN
  INSERT OR IGNORE INTO search_dirty(forecast_id)
    SELECT f.id FROM forecasts f JOIN articles a ON a.id = f.article_id WHERE a.outlet_id = new.id OR a.original_outlet_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_author_ai` AFTER INSERT ON `article_authors` BEGIN
  INSERT OR IGNORE INTO search_dirty(forecast_id) SELECT id FROM forecasts WHERE article_id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_author_ad` AFTER DELETE ON `article_authors` BEGIN
  INSERT OR IGNORE INTO search_dirty(forecast_id) SELECT id FROM forecasts WHERE article_id = old.article_id;
END;
--> statement-breakpoint
-- Existing rows: every forecast is marked, and the first sync (db:setup, npm run search:reindex,
-- or the first search) indexes them.
INSERT OR IGNORE INTO search_dirty(forecast_id) SELECT id FROM forecasts;
