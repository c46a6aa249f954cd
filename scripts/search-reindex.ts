/** npm run search:reindex: fold and index every forecast's search document again (lib/search/indexer.ts). */
import { openLedger } from "@/db/client";
import { rebuildSearchIndex } from "@/lib/search/indexer";

const db = (() => {
  try {
    return openLedger();
  } catch (err) {
    process.stderr.write(`search:reindex: ${(err as Error).message}\n`);
    process.exit(2);
  }
})();
const started = performance.now();
const n = rebuildSearchIndex(db);
process.stdout.write(`indexed ${n} forecasts in ${Math.round(performance.now() - started)} ms\n`);
db.$client.close();
