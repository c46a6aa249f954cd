/**
 * The one wrapper every route handler runs through: whatever the handler throws becomes the
 * documented JSON error (lib/http/errors.ts) with its status, so no handler writes its own
 * try/catch.
 */
import { errorResponse } from "./errors";

export function route<Ctx = unknown>(handler: (request: Request, ctx: Ctx) => Response | Promise<Response>) {
  // ctx is optional for routes without dynamic segments (Next passes one anyway).
  return async (request: Request, ctx?: Ctx): Promise<Response> => {
    try {
      return await handler(request, ctx as Ctx);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** A dynamic segment such as `[id]` or `[slug]`, read from Next's params promise. */
export async function segment<K extends string>(ctx: { params: Promise<Record<K, string>> }, key: K): Promise<string> {
  return (await ctx.params)[key];
}
