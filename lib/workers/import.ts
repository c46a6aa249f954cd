/**
 * Worker thread: a whole import (parse, validate, check and the one write transaction) on its own
 * database connection, so the server's thread keeps answering while it runs. The kept sums and
 * cache tags move inside the same transaction (lib/ledger/forecasts-changed.ts).
 */
import { type DB, openDatabase } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { type ImportInput, runImport } from "@/lib/import/run-import";
import { serveTasks } from "./serve";

const open = new Map<string, DB>();

serveTasks((p: { file: string; actor: Actor; input: ImportInput; commit: boolean }, progress) => {
  if (!open.has(p.file)) open.set(p.file, openDatabase(p.file));
  return runImport(open.get(p.file)!, p.actor, p.input, { commit: p.commit, onProgress: progress as never });
});
