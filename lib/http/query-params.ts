/**
 * The one query-parameter parser: URL search parameters (or Next's searchParams record) through a
 * zod object schema. Blank values count as absent (a form submitted with empty fields is not an
 * error); a parameter given twice, an unknown parameter and every invalid value each get a field
 * error `{field, message}`, the same shape as every other validation error (lib/http/errors.ts).
 */
import type { z } from "zod";
import { AppError, type FieldError } from "./errors";

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;
export type QueryResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

function entriesOf(params: RawParams): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([k, v]) =>
    v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]],
  );
}

/**
 * `ignore` names parameters another parser owns (a route's `scope`, say): they are neither
 * passed to the schema nor reported as unknown.
 */
export function parseQuery<S extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: S,
  params: RawParams,
  options: { ignore?: readonly string[]; allowed?: readonly string[] } = {},
): QueryResult<z.output<S>> {
  const raw: Record<string, string> = {};
  const errors: FieldError[] = [];
  for (const [k, v] of entriesOf(params)) {
    if (options.ignore?.includes(k) || v.trim() === "") continue;
    if (k in raw) errors.push({ field: k, message: "given more than once" });
    raw[k] = v;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        const allowed = options.allowed ? `; allowed: ${options.allowed.join(", ")}` : "";
        for (const key of issue.keys) errors.push({ field: key, message: `unknown parameter${allowed}` });
      } else errors.push({ field: String(issue.path[0] ?? "query"), message: issue.message });
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, data: parsed.data };
}

export function badQuery(errors: FieldError[]): AppError {
  return new AppError("bad_request", `Invalid query parameters: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`, errors);
}

/** parseQuery for route handlers: the parsed values, or a 400 naming each wrong parameter. */
export function queryOrThrow<S extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: S,
  params: RawParams,
  options?: { ignore?: readonly string[]; allowed?: readonly string[] },
): z.output<S> {
  const result = parseQuery(schema, params, options);
  if (!result.ok) throw badQuery(result.errors);
  return result.data;
}
