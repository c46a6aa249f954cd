import { AppError } from "./errors";

/** Forecast ids in URLs: positive whole numbers; anything else is a 400 that says so. */
export function parseForecastId(raw: string): number {
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new AppError("bad_request", `Forecast id must be a positive whole number, got "${raw}"`, [{ field: "id", message: "expected a positive whole number" }]);
  return Number(raw);
}
