/**
 * npm run db:rebuild-sums: rebuilds the kept accuracy sums (docs/scoring.md 6.1) of the database
 * at DATABASE_URL from the ledger, in one transaction, and says how long it took. Running it
 * changes no figure: the kept sums already equal a rebuild (lib/ledger/kept-sums.test.ts).
 */
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { databasePath } from "@/lib/config/env";
import { ledgerRebuilt } from "@/lib/ledger/forecasts-changed";

const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
const started = performance.now();
db.transaction((tx) => ledgerRebuilt(tx), { behavior: "immediate" });
const rows = db.$client.prepare("select (select count(*) from kept_contributions) as forecasts, (select count(*) from kept_scored) as scoredRows").get();
console.log(JSON.stringify({ database: file, ...(rows as object), ms: Math.round(performance.now() - started) }));
db.$client.close();
