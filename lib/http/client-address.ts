/**
 * Who is asking: the client address the sign-in limits count by.
 *
 * - By default it is the address of the connection (the socket's peer), which `server.mjs`
 *   (what `npm start` runs) stamps on every request as `x-hindsight-peer`, overwriting whatever
 *   a client sent under that name. `X-Forwarded-For` is ignored.
 * - When the peer is one of `HINDSIGHT_TRUSTED_PROXIES` (addresses or CIDR ranges), the
 *   `X-Forwarded-For` chain is read from the right: every hop that is itself a trusted proxy is
 *   skipped, and the first one that is not is the client (the rightmost untrusted hop; entries
 *   to its left were written by the client and are never believed).
 * - An IPv6 client counts by its /64 network (one subscriber usually holds a whole /64).
 * - A hop that is not an address (a broken proxy passing on garbage) gets a key of its own,
 *   derived from its text, so it never shares a bucket with other clients.
 *
 * Pure apart from node:net and node:crypto; lib/auth and proxy.ts use it.
 */
import { createHash } from "node:crypto";
import { BlockList, isIP } from "node:net";

/** Set by server.mjs on the request: the socket's peer address. */
export const PEER_HEADER = "x-hindsight-peer";
/** The address this module resolved, handed to better-auth (advanced.ipAddress.ipAddressHeaders). */
export const CLIENT_ADDRESS_HEADER = "x-hindsight-client-address";
/** server.mjs sets this on globalThis: only then is PEER_HEADER the server's own stamp. */
const SERVER_MARK = Symbol.for("hindsight.peer-header");

export interface TrustedProxies {
  list: BlockList;
  entries: string[];
}

/** "10.0.0.0/8, 127.0.0.1, ::1" -> a matcher; throws with the bad entry named. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [addr = "", prefix, extra] = entry.split("/");
    const family = isIP(addr);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (!family || extra !== undefined || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      throw new Error(`HINDSIGHT_TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range such as 10.0.0.0/8`);
    }
    list.addSubnet(addr, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { list, entries };
}

/** "::ffff:1.2.3.4" -> "1.2.3.4"; "[::1]" -> "::1"; lower case; null if not an address. */
export function normalizeAddress(raw: string): string | null {
  let a = raw.trim().toLowerCase();
  if (a.startsWith("[") && a.endsWith("]")) a = a.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped?.[1]) a = mapped[1];
  return isIP(a) ? a : null;
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  return trusted.entries.length > 0 && trusted.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** The rate-limit key of an address: IPv4 as it is, IPv6 as its /64 network. */
export function bucketOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || "0", 16).toString(16))
    .join(":")}::`;
}

/** A key of its own for a value that is not an address: an address in 100::/64 (RFC 6666, discard-only). */
function keyForGarbage(value: string): string {
  const h = createHash("sha256").update(value).digest("hex");
  return `100::${h.slice(0, 4)}:${h.slice(4, 8)}:${h.slice(8, 12)}:${h.slice(12, 16)}`;
}

export interface ClientAddress {
  /** The key the limits count by. */
  key: string;
  /** How it was found: the socket, X-Forwarded-For through trusted proxies, or an unparsable hop. */
  via: "socket" | "forwarded" | "unparsable" | "unknown";
}

/**
 * The client of a request. `peer` is the socket's address (null when unknown: the app was not
 * started through server.mjs, as under `next dev`; then the rightmost X-Forwarded-For entry,
 * which Next sets from the socket when the client sent none, stands in for it).
 */
export function resolveClientAddress(peer: string | null, forwardedFor: string | null, trusted: TrustedProxies): ClientAddress {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let current = peer !== null ? normalizeAddress(peer) : null;
  if (peer === null) {
    const last = hops.pop();
    if (last === undefined) return { key: keyForGarbage("unknown"), via: "unknown" };
    current = normalizeAddress(last);
    if (!current) return { key: keyForGarbage(last), via: "unparsable" };
  }
  if (!current) return { key: keyForGarbage(peer ?? ""), via: "unparsable" };
  let via: ClientAddress["via"] = "socket";
  while (isTrusted(current, trusted) && hops.length > 0) {
    const hop = hops.pop() as string;
    const address = normalizeAddress(hop);
    if (!address) return { key: keyForGarbage(hop), via: "unparsable" };
    current = address;
    via = "forwarded";
  }
  return { key: bucketOf(current), via };
}

/** The peer stamped by server.mjs, or null when the app runs without it (next dev, plain next start). */
export function peerFromHeaders(headers: Headers): string | null {
  const marked = (globalThis as Record<symbol, unknown>)[SERVER_MARK] === true;
  return marked ? headers.get(PEER_HEADER) : null;
}

export function clientAddressOf(headers: Headers, trusted: TrustedProxies): ClientAddress {
  return resolveClientAddress(peerFromHeaders(headers), headers.get("x-forwarded-for"), trusted);
}

/** For tests: behave as when started through server.mjs. */
export function markPeerHeaderTrusted(on = true): void {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = on;
}
