/** The worker side of lib/workers/pool.ts: answers each task with its result, an AppError's fields, or a logged failure. */
import { parentPort } from "node:worker_threads";
import { AppError } from "@/lib/http/errors";

export function serveTasks(handle: (payload: never, progress: (p: unknown) => void) => unknown | Promise<unknown>) {
  parentPort!.on("message", async ({ id, payload }: { id: number; payload: never }) => {
    try {
      const value = await handle(payload, (progress) => parentPort!.postMessage({ id, type: "progress", progress }));
      parentPort!.postMessage({ id, type: "result", value });
    } catch (err) {
      if (err instanceof AppError)
        parentPort!.postMessage({ id, type: "error", error: { code: err.code, message: err.message, fields: err.fields, details: err.details } });
      else {
        console.error(err);
        parentPort!.postMessage({ id, type: "error", error: null });
      }
    }
  });
}
