import { AppError } from "./errors";

/**
 * Server actions' body limit (next.config.ts experimental.serverActions.bodySizeLimit): the intake
 * sends an uploaded article file (HTML pages run to a few MB). proxy.ts answers 413 to a larger
 * declared Content-Length, before Next would fail it with a 500.
 */
export const SERVER_ACTION_BODY_LIMIT = 4 * 1024 * 1024;

/** The default limit for a JSON body; routes that take whole files pass their own. */
export const DEFAULT_JSON_LIMIT = 256 * 1024;

/**
 * A route handler's JSON body, read up to `maxBytes` (413 beyond it, checked on the declared
 * length first and then while reading, so an unbounded body is never held in memory). Only
 * `application/json` is accepted: a cross-site HTML form cannot send it, which (with the
 * SameSite=Lax session cookie) keeps other sites from writing with a visitor's session.
 */
export async function readJsonBody(request: Request, what = "the request", maxBytes = DEFAULT_JSON_LIMIT): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new AppError("bad_request", `Send ${what} as JSON (Content-Type: application/json).`);
  const text = await readBodyText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB; send less at once.`, undefined, {
    limitBytes: maxBytes,
  });
}

/** The body as text, refusing more than `maxBytes`. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  return Buffer.from(await readBodyBytes(request, maxBytes)).toString("utf8");
}

/** The body's bytes, refusing more than `maxBytes` (declared or streamed): 413. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
