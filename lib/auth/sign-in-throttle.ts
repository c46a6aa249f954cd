/**
 * The per-account limit on failed sign-ins, on top of the per-address limit (better-auth's rate
 * limiter, SIGN_IN_LIMIT): an attacker who spreads guesses over many addresses still gets few
 * guesses at one account, and the owner is never locked out for long.
 *
 * - The first FREE_FAILURES failures within FORGET_AFTER cost nothing. Each one after that locks
 *   the account's sign-in for 1, 2, 4, ... seconds, never more than CAP_SECONDS; attempts during
 *   a lock are refused (429, Retry-After) without checking the password, and do not count.
 *   A success clears the count; so does FORGET_AFTER without a failure.
 * - A browser that has signed in to the account before carries a signed "known device" cookie
 *   (httpOnly, a year); its attempts count on a separate key, so an attacker's failures cannot lock
 *   the owner out of their own browser at all, and on a new browser for at most CAP_SECONDS after
 *   the attacker's latest counted failure.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import { addFailurePg, clearThrottlePg, getThrottlePg, pruneThrottlePg } from "@/db/pg/queries/sign-in-throttle";
import { addFailure, clearThrottle, getThrottle, pruneThrottle } from "@/db/queries/sign-in-throttle";

/** Where the counts live: the app's database, SQLite or PostgreSQL (shared by every instance on it). */
export interface ThrottleStore {
  get(key: string): Promise<{ failures: number; lastFailureAt: number; lockedUntil: number } | null>;
  addFailure(key: string, now: number, lockedUntil: (failures: number) => number, forgetBefore: number): Promise<unknown>;
  clear(key: string): Promise<void>;
  prune(before: number): Promise<void>;
}

export function sqliteThrottleStore(db: DB): ThrottleStore {
  return {
    get: async (key) => getThrottle(db, key),
    addFailure: async (key, now, lockedUntil, forgetBefore) => addFailure(db, key, now, lockedUntil, forgetBefore),
    clear: async (key) => clearThrottle(db, key),
    prune: async (before) => pruneThrottle(db, before),
  };
}

export function postgresThrottleStore(db: PgDB): ThrottleStore {
  return {
    get: (key) => getThrottlePg(db, key),
    addFailure: (key, now, lockedUntil, forgetBefore) => addFailurePg(db, key, now, lockedUntil, forgetBefore),
    clear: (key) => clearThrottlePg(db, key),
    prune: (before) => pruneThrottlePg(db, before),
  };
}

export const FREE_FAILURES = 5;
export const CAP_SECONDS = 60;
export const FORGET_AFTER_MS = 15 * 60 * 1000;
export const KNOWN_DEVICE_COOKIE = "hindsight.known-device";
const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 60 * 60;

/** Seconds an account is locked after its nth consecutive failure. */
export function lockSeconds(failures: number): number {
  const over = failures - FREE_FAILURES;
  return over <= 0 ? 0 : Math.min(CAP_SECONDS, 2 ** (over - 1));
}

function sign(secret: string, email: string): string {
  return createHmac("sha256", secret).update(`known-device:${email}`).digest("base64url");
}

/** The Set-Cookie value that marks this browser as one that signed in to `email`. */
export function knownDeviceCookie(secret: string, email: string, secure: boolean): string {
  const value = `${Buffer.from(email).toString("base64url")}.${sign(secret, email)}`;
  return `${KNOWN_DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${KNOWN_DEVICE_MAX_AGE}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** Whether the request's cookie says this browser signed in to `email` before. */
export function isKnownDevice(cookieHeader: string | null, secret: string, email: string): boolean {
  const value = (cookieHeader ?? "")
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${KNOWN_DEVICE_COOKIE}=`))
    ?.slice(KNOWN_DEVICE_COOKIE.length + 1);
  const [who, mac] = value?.split(".") ?? [];
  if (!who || !mac || Buffer.from(who, "base64url").toString() !== email) return false;
  const expected = Buffer.from(sign(secret, email));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function throttleKey(email: string, knownDevice: boolean): string {
  return `${knownDevice ? "device" : "account"}:${email.trim().toLowerCase()}`;
}

/** Seconds to wait before this key may try again, or 0. */
export async function secondsLocked(store: ThrottleStore, key: string, now = Date.now()): Promise<number> {
  const row = await store.get(key);
  return row && row.lockedUntil > now ? Math.ceil((row.lockedUntil - now) / 1000) : 0;
}

export async function recordFailedSignIn(store: ThrottleStore, key: string, now = Date.now()) {
  await store.prune(now - FORGET_AFTER_MS);
  return store.addFailure(key, now, (failures) => now + lockSeconds(failures) * 1000, now - FORGET_AFTER_MS);
}

export async function recordSignIn(store: ThrottleStore, key: string): Promise<void> {
  await store.clear(key);
}
