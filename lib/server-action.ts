/**
 * The wrapper every server action runs through: resolve the session and check the permission
 * (lib/authz.ts), run the write, and turn errors into an ActionResult. A server action is a
 * public POST endpoint, so nothing here trusts the form that called it.
 */
import "server-only";
import type { ActionResult } from "./action-result";
import type { Actor } from "./auth/actor";
import type { Permission } from "./auth/permissions";
import { requirePermission } from "./authz";
import { AppError } from "./errors";

export async function runAction<T>(permission: Permission, write: (actor: Actor) => T | Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await requirePermission(permission);
    return { ok: true, data: await write(actor) };
  } catch (err) {
    if (err instanceof AppError) {
      const current = (err.details as { current?: unknown } | undefined)?.current;
      return { ok: false, error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}), ...(current !== undefined ? { current } : {}) } };
    }
    console.error(err);
    return { ok: false, error: { code: "internal", message: "Something went wrong on our side; the error has been logged. Nothing was saved." } };
  }
}

/** Ids arrive from the browser: whole positive numbers only. */
export function requireId(value: unknown, what = "forecast"): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) throw new AppError("bad_request", `Invalid ${what} id`);
  return value;
}
