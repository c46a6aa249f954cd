/**
 * Runs before every request (Next.js 16 proxy, Node.js runtime):
 *
 * 1. A path whose percent-encoding does not decode (`/people/%FF`) is answered 400 here, before
 *    Next's router fails on it with a 500.
 * 2. Writes (POST, PUT, PATCH, DELETE: the JSON API and server actions) from another site are
 *    refused with 403 (lib/http/same-origin.ts).
 *    A server action body over its limit is answered 413, and one in React's JSON encoding that
 *    Next could not decode (lib/http/action-body.ts) 400: Next would answer both with a 500.
 * 3. Every answer gets the Content-Security-Policy (lib/http/security-headers.ts); Next reads the
 *    nonce from the request's CSP header and puts it on its own scripts. Under server.mjs (npm start)
 *    that nonce is the process's secret stand-in, which server.mjs replaces with a fresh nonce in
 *    every response, so pages from the page cache get one too (lib/http/response-nonce.mjs).
 *    Without server.mjs (next dev) each request gets a fresh nonce here.
 */
import { type NextRequest, NextResponse } from "next/server";
import { actionBodyProblem } from "@/lib/http/action-body";
import { readBodyText, SERVER_ACTION_BODY_LIMIT } from "@/lib/http/read-json";
import { newNonce, STAND_IN_KEY } from "@/lib/http/response-nonce.mjs";
import { crossSiteWrite } from "@/lib/http/same-origin";
import { contentSecurityPolicy, isEmbedPath } from "@/lib/http/security-headers";

function refuse(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A server action's body: within its limit (413), and for the JSON encoding, decodable (400). */
async function checkActionBody(request: NextRequest): Promise<NextResponse | null> {
  const tooBig = () => refuse(413, "payload_too_large", `The form sent more than ${SERVER_ACTION_BODY_LIMIT / 1024 / 1024} MB; send less at once.`);
  if (Number(request.headers.get("content-length") ?? "") > SERVER_ACTION_BODY_LIMIT) return tooBig();
  if (!/^text\/plain\b/i.test(request.headers.get("content-type") ?? "")) return null;
  try {
    const problem = actionBodyProblem(await readBodyText(request.clone(), SERVER_ACTION_BODY_LIMIT));
    return problem ? refuse(400, "bad_request", `Malformed server action request: ${problem}.`) : null;
  } catch {
    return tooBig();
  }
}

export async function proxy(request: NextRequest) {
  const url = new URL(request.url);
  if (!decodes(url.pathname)) return refuse(400, "bad_request", "The address has a broken %-escape; check the link.");

  const crossSite = crossSiteWrite(request.method, request.headers);
  if (crossSite) return refuse(403, "forbidden", crossSite);
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refused = await checkActionBody(request);
    if (refused) return refused;
  }

  const standIn = (globalThis as Record<symbol, unknown>)[STAND_IN_KEY];
  const nonce = typeof standIn === "string" ? standIn : newNonce();
  const https = url.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", embed: isEmbedPath(url.pathname), https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Everything but Next's build assets (they carry the fixed headers from next.config.ts) and two
  // routes whose bodies must not pass through here: Next buffers a request body for the proxy
  // (up to 10 MB), which would hold /api/auth/* bodies before their 16 KB limit and cut off large
  // imports. better-auth checks the origin of /api/auth/* itself; /api/v1/import calls the same
  // cross-site rule (lib/http/same-origin.ts).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/auth/|api/v1/import$).*)"],
};
