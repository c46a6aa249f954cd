import { AppError } from "./errors";

/**
 * Ids from outside: positive whole numbers only; anything else is a 400 that says so. `what` names
 * the thing in the message ("forecast", "event"). A URL segment is text ("url"); a server action's
 * argument must already be a number ("value"): a string there means the caller is not our form.
 */
export function parseId(raw: unknown, what = "forecast", source: "url" | "value" = "url"): number {
  if (source === "value" && typeof raw !== "number") raw = `${String(raw)} (not a number)`;
  const text = typeof raw === "number" ? String(raw) : raw;
  if (typeof text !== "string" || !/^[1-9]\d{0,14}$/.test(text) || !Number.isSafeInteger(Number(text))) {
    const shown = typeof raw === "string" ? `"${raw.slice(0, 40)}"` : String(raw);
    throw new AppError("bad_request", `A ${what} id must be a positive whole number, got ${shown}.`, [
      { field: "id", message: "expected a positive whole number" },
    ]);
  }
  return Number(text);
}
