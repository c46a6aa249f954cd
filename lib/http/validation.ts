/**
 * Input validation shared by every write: zod issues become field-level messages
 * (`fields: [{field, message}]`, the 422 shape of lib/http/errors.ts), and the field types that
 * several forms use (calendar dates, evidence URLs) are defined once.
 */
import { z } from "zod";
import { AppError, type FieldError } from "./errors";

/** "evidence.0.url" for the path ["evidence", 0, "url"]; "" (the whole input) for []. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ field: fieldName([...issue.path, key]), message: "unknown field" });
    } else {
      out.push({ field: fieldName(issue.path) || "input", message: issue.message });
    }
  }
  return out;
}

export function unprocessable(fields: FieldError[], message?: string): AppError {
  const names = [...new Set(fields.map((f) => f.field))];
  return new AppError("unprocessable", message ?? `Please correct ${names.length === 1 ? "this field" : "these fields"}: ${names.join(", ")}.`, fields);
}

/** Parses or throws a 422 naming each wrong field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw unprocessable(fieldErrors(parsed.error));
  return parsed.data;
}

/**
 * A real calendar date written YYYY-MM-DD (2023-02-30 is refused), proleptic Gregorian as in
 * JavaScript's Date. Read digit by digit without allocating: a bulk import checks four dates a row.
 */
export function isIsoDate(value: string): boolean {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

export const isoDate = z.string({ error: "expected a date written YYYY-MM-DD" }).refine(isIsoDate, { error: "expected a real date written YYYY-MM-DD" });

/** Optional text: trimmed, and blank means absent (null). */
export function optionalText(max: number) {
  return z
    .string({ error: "expected text" })
    .max(max * 4, { error: `at most ${max} characters` })
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));
}

/** Only http(s) links: they are shown as links, so javascript: and data: URLs are refused. */
export const httpUrl = z
  .string({ error: "expected a URL" })
  .trim()
  .max(2000, { error: "at most 2000 characters" })
  .refine(
    (v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
      } catch {
        return false;
      }
    },
    { error: "expected a full web address starting with https:// or http://" },
  );

/**
 * A whole number written in decimal digits in a query parameter ("16"; not "0x10", "1e1", "+5",
 * " 7" or "10.0", which Number() would quietly accept), within [min, max].
 */
export function queryInt(what: string, min: number, max: number) {
  const range = `${what} must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d{1,15}$/, { error: `${range}, written in digits` })
    .transform(Number)
    .pipe(z.number().min(min, { error: range }).max(max, { error: range }));
}

/** A decimal number in a query parameter ("2.5"; not "1e2", "0x10" or "Infinity"), within (0, max]. */
export function queryPositiveNumber(what: string, max: number) {
  const range = `${what} must be a number above 0 and at most ${max}`;
  return z
    .string()
    .regex(/^\d{1,6}(\.\d{1,6})?$/, { error: `${range}, written like 2.5` })
    .transform(Number)
    .pipe(z.number().positive({ error: range }).max(max, { error: range }));
}
