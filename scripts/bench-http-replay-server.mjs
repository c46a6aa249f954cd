/**
 * bench:http's replay server (scripts/bench-http-replay.ts): answers every request with one
 * recorded answer (status, headers, body as the app sent it), as cheaply as Node's HTTP server
 * can. What autocannon reaches against it is the load generator's own limit for that answer on
 * this machine. Usage: node scripts/bench-http-replay-server.mjs ANSWER.json PORT
 */
import fs from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
const answer = JSON.parse(fs.readFileSync(file, "utf8"));
const body = Buffer.from(answer.body, "base64");
const headers = Object.entries(answer.headers).filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding", "content-length"].includes(name));
http
  .createServer((_req, res) => {
    res.statusCode = answer.status;
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader("content-length", body.length);
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("listening"));
