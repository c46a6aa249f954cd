import { AppError } from "./errors";

/**
 * A route handler's JSON body. Only `application/json` is accepted: a cross-site HTML form
 * cannot send it, which (with the SameSite=Lax session cookie) keeps other sites from writing
 * with a visitor's session.
 */
export async function readJsonBody(request: Request, what = "the request"): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new AppError("bad_request", `Send ${what} as JSON (Content-Type: application/json).`);
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
