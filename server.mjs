/**
 * `npm start`: Next.js's production server with one addition. A route handler cannot see the
 * connection, and `next start` only fills X-Forwarded-For from the socket when the client sent
 * none, so a client could choose the address the sign-in limits count by. This server stamps
 * every request with the socket's peer address as `x-hindsight-peer` (overwriting anything a
 * client sent under that name) and marks the process so the app knows the stamp is real
 * (lib/http/client-address.ts).
 *
 * It also gives every response its own Content-Security-Policy nonce, pages from the page cache
 * included (lib/http/response-nonce.mjs), and compresses responses itself (next.config.ts turns
 * Next's compression off, since the nonce is put into the body before compressing). A page Next
 * served from its page cache is answered again from the front cache (lib/cache/front-cache.mjs)
 * while no write has changed it, with a nonce of its own and compressed once, not per response
 * (lib/http/nonce-gzip.mjs). Everything else is Next's own request handler.
 *
 * Options as for `next start`: -p/--port (or PORT, default 3000), -H/--hostname (or HOSTNAME).
 */
import { createServer } from "node:http";
import compression from "compression";
import next from "next";
import { createFrontCache } from "./lib/cache/front-cache.mjs";
import { freshNonceFor, installStandIn } from "./lib/http/response-nonce.mjs";

const args = process.argv.slice(2);
const option = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOSTNAME ?? undefined;

globalThis[Symbol.for("hindsight.peer-header")] = true;
const standIn = installStandIn();
const compress = compression();

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
const frontCache = createFrontCache({ standIn });

const server = createServer((req, res) => {
  req.headers["x-hindsight-peer"] = req.socket.remoteAddress ?? "";
  frontCache(req, res, (keep) =>
    compress(req, res, () => {
      freshNonceFor(req, res, standIn);
      keep?.();
      handle(req, res);
    }),
  );
});
// An idle keep-alive connection is closed after 65 s, not Node's 5 s: a client (or a proxy in
// front, whose idle timeout is commonly 60 s) that reuses a connection the server is closing at
// that moment gets a reset instead of an answer. Headers must arrive within the same time.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`Hindsight ready on http://${hostname ?? "localhost"}:${port}`);
});
