/**
 * What stands in front of better-auth's HTTP endpoints (/api/auth/*):
 *
 * - a body limit: at most AUTH_BODY_LIMIT bytes, checked on Content-Length and while reading
 *   (413), so no anonymous request can make the server hold a large body;
 * - the client address (lib/http/client-address.ts), handed to better-auth's rate limiter in
 *   CLIENT_ADDRESS_HEADER, replacing anything the client sent under that name;
 * - on POST /sign-in/email, the per-account limit on failed sign-ins (sign-in-throttle.ts).
 *
 * Answers follow better-auth's error shape `{code, message}` so its client shows the message.
 */
import "server-only";
import { type Env, env } from "@/lib/config/env";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, parseTrustedProxies, type TrustedProxies } from "@/lib/http/client-address";
import { AppError } from "@/lib/http/errors";
import { readBodyBytes } from "@/lib/http/read-json";
import type { Auth } from "./auth";
import { isKnownDevice, knownDeviceCookie, recordFailedSignIn, recordSignIn, secondsLocked, type ThrottleStore, throttleKey } from "./sign-in-throttle";

/** Sign-in, sign-up and password bodies are a few hundred bytes. */
export const AUTH_BODY_LIMIT = 16 * 1024;

let trusted: { value: string; parsed: TrustedProxies } | undefined;
export function trustedProxies(e: Env = env()): TrustedProxies {
  if (trusted?.value !== e.HINDSIGHT_TRUSTED_PROXIES)
    trusted = { value: e.HINDSIGHT_TRUSTED_PROXIES, parsed: parseTrustedProxies(e.HINDSIGHT_TRUSTED_PROXIES) };
  return trusted.parsed;
}

function answer(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ code, message }, { status, headers: { "cache-control": "no-store", ...headers } });
}

function emailOf(body: Uint8Array<ArrayBuffer>): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(body).toString("utf8")) as { email?: unknown };
    return typeof parsed.email === "string" ? parsed.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

export async function handleAuthRequest(request: Request, auth: Auth, throttle: ThrottleStore, e: Env = env()): Promise<Response> {
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (request.method !== "GET" && request.method !== "HEAD") {
    try {
      body = await readBodyBytes(request, AUTH_BODY_LIMIT);
    } catch (err) {
      if (err instanceof AppError) return answer(err.status, err.code, err.message);
      throw err;
    }
  }
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, clientAddressOf(request.headers, trustedProxies(e)).key);
  const forwarded = new Request(request.url, { method: request.method, headers, body });

  const isSignIn = request.method === "POST" && new URL(request.url).pathname.endsWith("/sign-in/email");
  const email = isSignIn && body ? emailOf(body) : null;
  if (!email) return auth.handler(forwarded);

  const key = throttleKey(email, isKnownDevice(request.headers.get("cookie"), e.BETTER_AUTH_SECRET, email));
  const wait = await secondsLocked(throttle, key);
  if (wait > 0) {
    return answer(429, "account_throttled", `Too many failed sign-ins to this account. Wait ${wait} seconds, then try again.`, {
      "retry-after": String(wait),
    });
  }
  const response = await auth.handler(forwarded);
  if (response.status === 401) await recordFailedSignIn(throttle, key);
  if (!response.ok) return response;
  await recordSignIn(throttle, key);
  const signedIn = new Response(response.body, response);
  signedIn.headers.append("set-cookie", knownDeviceCookie(e.BETTER_AUTH_SECRET, email, e.BETTER_AUTH_URL.startsWith("https:")));
  return signedIn;
}
