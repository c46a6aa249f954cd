/**
 * What every server action answers: the data, or the same error the JSON API would send
 * (code, message, field-level messages, and for a conflict the current state). Defined once
 * for all forms.
 */
import type { ErrorBody } from "./errors";

/** The JSON API's error body (lib/http/errors.ts errorBody); on a 409, `current` holds the forecast as it is now. */
export interface ActionError extends ErrorBody {
  current?: unknown;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** The message for one field ("evidence.0.url"), if any. */
export function fieldMessage(error: ActionError | undefined | null, field: string): string | undefined {
  return (
    error?.fields
      ?.filter((f) => f.field === field)
      .map((f) => f.message)
      .join("; ") || undefined
  );
}

/** Messages for a field and everything under it ("forecasts.2" covers "forecasts.2.occurredOn"). */
export function fieldMessagesUnder(error: ActionError | undefined | null, prefix: string): string[] {
  return error?.fields?.filter((f) => f.field === prefix || f.field.startsWith(`${prefix}.`)).map((f) => f.message) ?? [];
}
