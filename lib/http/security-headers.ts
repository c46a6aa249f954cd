/**
 * The security headers, defined once: next.config.ts sends the fixed ones on every response
 * (static files included) and proxy.ts the Content-Security-Policy, whose nonce server.mjs makes
 * new for every response, cached pages included (lib/http/response-nonce.mjs).
 *
 * - Content-Security-Policy: only scripts carrying the response's nonce run ('strict-dynamic' lets
 *   those load Next's chunks; 'self' only for browsers without CSP level 3). No inline script
 *   without the nonce, no 'unsafe-inline' for scripts. No 'unsafe-eval' except under `next dev`
 *   (React's dev tooling needs it); no plugins (object-src 'none'); no <base> tricks; forms post
 *   only here; styles from this origin, inline allowed (React style attributes, charts).
 * - frame-ancestors 'none' and X-Frame-Options: DENY, except on the pages made for embedding
 *   (EMBED_PREFIXES), which any site may frame.
 * - X-Content-Type-Options: nosniff; Referrer-Policy: strict-origin-when-cross-origin.
 * - Strict-Transport-Security only when the request came over https (browsers ignore it over
 *   http, and sending it from a plain-http development server would be wrong).
 */

/** Pages meant to be framed by other sites (issue 11's embeds). */
export const EMBED_PREFIXES = ["/embed/people/", "/embed/outlets/"] as const;

export function isEmbedPath(pathname: string): boolean {
  return EMBED_PREFIXES.some((p) => pathname.startsWith(p));
}

export const HSTS = "max-age=31536000; includeSubDomains";

export function contentSecurityPolicy(opts: { nonce: string; dev: boolean; embed: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${opts.embed ? "*" : "'none'"}`,
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

type HeaderRule = { source: string; headers: { key: string; value: string }[]; has?: { type: "header"; key: string; value: string }[] };

/** For next.config.ts headers(): every path; framing refused outside the embeds; HSTS over https. */
export function staticHeaderRules(): HeaderRule[] {
  const notEmbed = `/((?!${EMBED_PREFIXES.map((p) => p.slice(1).replace(/\/$/, "/")).join("|")}).*)`;
  return [
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      ],
    },
    { source: notEmbed, headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security", value: HSTS }] },
  ];
}
