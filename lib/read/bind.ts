import { type AppReader, appReader } from "@/lib/ledger/engine";

/**
 * A read of the AppReader (lib/ledger/app-reader.ts), or a lib function taking it, bound to the
 * app's engine (lib/ledger/engine.ts): pages and route handlers read through lib/read/ and never
 * hold a database handle themselves. Every read is asynchronous, on either engine.
 */
export function withReader<A extends unknown[], R>(read: (reader: AppReader, ...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => read(appReader(), ...args);
}

/** A method of the AppReader, bound to the app's engine. */
export function fromReader<K extends keyof AppReader>(name: K): AppReader[K] {
  return ((...args: unknown[]) => (appReader()[name] as (...a: unknown[]) => unknown)(...args)) as AppReader[K];
}
