import { describe, expect, it } from "vitest";
import { bucketOf, parseTrustedProxies, resolveClientAddress } from "./client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, ::1");

describe("the client address", () => {
  it("is the socket's peer by default, whatever X-Forwarded-For says", () => {
    for (const xff of [null, "1.2.3.4", "1.2.3.4, 5.6.7.8", "garbage", ""]) {
      expect(resolveClientAddress("203.0.113.9", xff, none)).toEqual({ key: "203.0.113.9", via: "socket" });
    }
    expect(resolveClientAddress("::ffff:203.0.113.9", "9.9.9.9", none).key).toBe("203.0.113.9");
  });

  it("behind trusted proxies is the rightmost hop that is not a trusted proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", proxies)).toEqual({ key: "198.51.100.7", via: "forwarded" });
    // The client wrote the leftmost entries itself: rotating them changes nothing.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", proxies).key).toBe("198.51.100.7");
    expect(resolveClientAddress("127.0.0.1", "evil, 6.6.6.6, 198.51.100.7, 10.1.1.1", proxies).key).toBe("198.51.100.7");
    // A chain made only of trusted proxies: the leftmost of them.
    expect(resolveClientAddress("127.0.0.1", "10.2.2.2, 10.1.1.1", proxies).key).toBe("10.2.2.2");
    // A peer that is not trusted is the client even if it sends the header.
    expect(resolveClientAddress("198.51.100.8", "10.1.1.1", proxies).key).toBe("198.51.100.8");
  });

  it("gives an unparsable hop a key of its own, never a shared one", () => {
    const a = resolveClientAddress("127.0.0.1", "not-an-address", proxies);
    const b = resolveClientAddress("127.0.0.1", "also garbage", proxies);
    const c = resolveClientAddress("127.0.0.1", "1.2.3.4, 5.6.7.8 9", proxies);
    expect(new Set([a.key, b.key, c.key, "127.0.0.1", "1.2.3.4"]).size).toBe(5);
    expect(a.via).toBe("unparsable");
    expect(resolveClientAddress("127.0.0.1", "not-an-address", proxies).key).toBe(a.key);
  });

  it("counts IPv6 clients by their /64", () => {
    expect(bucketOf("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::");
    expect(bucketOf("2001:db8::1")).toBe("2001:db8:0:0::");
    expect(resolveClientAddress("2001:db8:aa:bb::1", null, none).key).toBe(resolveClientAddress("2001:db8:aa:bb:ffff::9", null, none).key);
  });

  it("refuses a malformed trusted-proxy setting with the entry named", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/proxy\.local/);
  });
});
