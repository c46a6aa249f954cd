/**
 * Heavy work off the request path: a small pool of worker threads (node:worker_threads) with a
 * bounded queue and a time budget per task. The server's own thread keeps answering while a
 * worker extracts forecasts from a long text or parses, validates and writes an import.
 *
 * - A full queue answers 503 with Retry-After, naming the queue.
 * - A task over its time budget has its worker terminated (a write it was making is rolled back
 *   by SQLite: nothing is half-written) and answers with the error the caller chose (422 for a
 *   text that takes too long, 503 for an import), naming the limit.
 *
 * Workers run the bundles `npm run build` makes (scripts/build-workers.mjs, into .workers/);
 * without them (tests, tsx commands) they run the TypeScript source through tsx.
 */
import fs from "node:fs";
import path from "node:path";
import * as threads from "node:worker_threads";
import { AppError, type ErrorCode, type FieldError } from "@/lib/http/errors";
import { queueFull } from "./limits";

export type WorkerMessage =
  | { id: number; type: "progress"; progress: unknown }
  | { id: number; type: "result"; value: unknown }
  | { id: number; type: "error"; error: { code: ErrorCode; message: string; fields?: FieldError[]; details?: Record<string, unknown> } | null };

interface Task {
  id: number;
  payload: unknown;
  timeoutMs: number;
  onTimeout: () => AppError;
  onProgress?: (p: unknown) => void;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

// Looked up at run time, out of the bundler's sight: the worker files are not part of the app's bundle.
const Worker: typeof threads.Worker = Reflect.get(threads, "Worker");
type Worker = threads.Worker;

function workerEntry(name: string): { file: string; execArgv: string[] } {
  const root = /*turbopackIgnore: true*/ process.cwd();
  const built = path.join(root, ".workers", `${name}.mjs`);
  if (fs.existsSync(built) && process.env.HINDSIGHT_WORKERS_FROM_SOURCE !== "1") return { file: built, execArgv: [] };
  return { file: path.join(root, "lib", "workers", `${name}.ts`), execArgv: ["--import", "tsx", "--conditions=react-server"] };
}

export class WorkerPool {
  private idle: Worker[] = [];
  private busy = new Map<Worker, Task>();
  private queue: Task[] = [];
  private nextId = 1;

  constructor(
    private readonly name: string,
    private readonly size: number,
    private readonly maxQueue: number,
  ) {}

  run<T>(payload: unknown, opts: { timeoutMs: number; onTimeout: () => AppError; onProgress?: (p: unknown) => void }): Promise<T> {
    if (this.busy.size >= this.size && this.queue.length >= this.maxQueue) {
      return Promise.reject(queueFull(this.name, this.size, this.maxQueue));
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, payload, ...opts, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const { file, execArgv } = workerEntry(this.name);
    const w = new Worker(file, { execArgv });
    w.unref();
    w.on("message", (m: WorkerMessage) => this.onMessage(w, m));
    w.on("error", (err) => this.finish(w, (t) => t.reject(err), true));
    w.on("exit", () => this.finish(w, (t) => t.reject(new Error(`${this.name} worker exited`)), true));
    return w;
  }

  private pump() {
    while (this.queue.length && this.busy.size < this.size) {
      const task = this.queue.shift()!;
      const w = this.idle.pop() ?? this.spawn();
      this.busy.set(w, task);
      const timer = setTimeout(() => {
        if (this.busy.get(w) !== task) return;
        this.busy.delete(w);
        void w.terminate();
        task.reject(task.onTimeout());
        this.pump();
      }, task.timeoutMs);
      timer.unref();
      (task as Task & { timer?: NodeJS.Timeout }).timer = timer;
      w.postMessage({ id: task.id, payload: task.payload });
    }
  }

  private onMessage(w: Worker, m: WorkerMessage) {
    const task = this.busy.get(w);
    if (!task || task.id !== m.id) return;
    if (m.type === "progress") return task.onProgress?.(m.progress);
    this.finish(w, (t) => {
      if (m.type === "result") t.resolve(m.value);
      else if (m.error) t.reject(new AppError(m.error.code, m.error.message, m.error.fields, m.error.details));
      else t.reject(new Error(`${this.name} worker failed`));
    });
  }

  private finish(w: Worker, settle: (t: Task) => void, dead = false) {
    const task = this.busy.get(w);
    if (task) {
      clearTimeout((task as Task & { timer?: NodeJS.Timeout }).timer);
      this.busy.delete(w);
      settle(task);
    }
    this.idle = this.idle.filter((x) => x !== w);
    if (!dead) this.idle.push(w);
    this.pump();
  }
}
