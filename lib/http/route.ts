/**
 * The one wrapper every route handler runs through: whatever the handler throws becomes the
 * documented JSON error (lib/http/errors.ts) with its status, so no handler writes its own
 * try/catch. A write that finds the database busy is tried again, waiting without holding up the
 * server (lib/http/busy-retry.ts), each time with a copy of the request so its body can be read
 * again; bodies over RETRY_BODY_LIMIT (the import's files) are not copied and get the 503 at once.
 */
import { whileBusy } from "./busy-retry";
import { errorResponse } from "./errors";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const RETRY_BODY_LIMIT = 1024 * 1024;

export function route<Ctx = unknown>(handler: (request: Request, ctx: Ctx) => Response | Promise<Response>) {
  // ctx is optional for routes without dynamic segments (Next passes one anyway).
  return async (request: Request, ctx?: Ctx): Promise<Response> => {
    try {
      const length = Number(request.headers.get("content-length") ?? Number.NaN);
      if (!WRITES.has(request.method) || !(length <= RETRY_BODY_LIMIT)) return await handler(request, ctx as Ctx);
      return await whileBusy(() => handler(request.clone(), ctx as Ctx));
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** A dynamic segment such as `[id]` or `[slug]`, read from Next's params promise. */
export async function segment<K extends string>(ctx: { params: Promise<Record<K, string>> }, key: K): Promise<string> {
  return (await ctx.params)[key];
}
