/** npm run search:reindex: fold and index every forecast's search document again (lib/search/indexer.ts). */
import fs from "node:fs";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { databasePath } from "@/lib/config/env";
import { rebuildSearchIndex } from "@/lib/search/indexer";

const file = databasePath();
if (!fs.existsSync(file)) {
  process.stderr.write(`search:reindex: no database at ${file}: run "npm run db:setup" first (or set DATABASE_URL)\n`);
  process.exit(2);
}
const db = openDatabase(file);
migrateDatabase(db);
const started = performance.now();
const n = rebuildSearchIndex(db);
process.stdout.write(`indexed ${n} forecasts in ${Math.round(performance.now() - started)} ms\n`);
db.$client.close();
