/**
 * Worker thread: steps 1-2 of an import on PostgreSQL (parse the file, validate its records),
 * seconds of CPU for a large file, off the server's thread. The check and the write stay in the
 * server's process (lib/import/run-import-pg.ts), where they await PostgreSQL. No database here.
 */
import { type ImportInput, prepareRows } from "@/lib/import/run-import";
import { serveTasks } from "./serve";

serveTasks((p: { input: ImportInput; now: string }, progress) => prepareRows(p.input, p.now, progress as never));
