import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compressPieces, crc32Combine, cutAt, gzipJoined, joined, zerosOperator } from "./nonce-gzip.mjs";
import { newNonce } from "./response-nonce.mjs";

const STAND_IN = "sTaNdInNoNcE0123456789AB";

/** A page shaped like Next's (about 30 inline scripts in 150 KB): text and scripts, each script with the stand-in nonce. */
function page(parts: number) {
  let html = "<!DOCTYPE html><html><head>";
  for (let i = 0; i < parts; i++) {
    for (let j = 0; j < 12; j++)
      html += `<tr><td>Forecast ${(i * 31 + j * 7) % 997}</td><td>Russia and China will sign a military alliance by ${2020 + ((i + j) % 7)}.</td><td>${(i * j) % 100}%</td></tr>`;
    html += `<script nonce="${STAND_IN}">self.__next_f.push([1,"${"x".repeat(i % 13)}:I[${i},[],\\"Chart\\"]"])</script>`;
  }
  return Buffer.from(`${html}</body></html>`);
}

const answer = (body: Buffer, nonce: string) => {
  const pieces = cutAt(body, STAND_IN);
  return { gz: gzipJoined(compressPieces(pieces, STAND_IN.length), nonce), plain: joined(pieces, nonce) };
};

describe("a kept page answered gzip-compressed with a nonce of its own", () => {
  it("decompresses to the page with every stand-in replaced by this response's nonce", () => {
    const body = page(60); // > 32 KB, so back-references cross pieces and the window slides
    expect(body.length).toBeGreaterThan(64 * 1024);
    const nonce = newNonce();
    const { gz, plain } = answer(body, nonce);
    const expected = body.toString().replaceAll(STAND_IN, nonce);
    expect(plain.toString()).toBe(expected);
    expect(zlib.gunzipSync(gz).toString()).toBe(expected);
    expect(zlib.gunzipSync(gz).toString()).not.toContain(STAND_IN);
  });

  it("compresses about as well as compressing the whole page per response: a few dozen bytes more per nonce", () => {
    const body = page(40);
    expect(body.length).toBeGreaterThan(50 * 1024);
    const { gz } = answer(body, newNonce());
    const whole = zlib.gzipSync(body.toString().replaceAll(STAND_IN, newNonce())).length;
    // Each piece costs its block header and a flush marker, each nonce a stored block's 5 bytes:
    // measured on the bench's real pages, 17.2 KB against 16.1 KB for 32 pieces.
    expect(gz.length).toBeLessThan(whole + 60 * cutAt(body, STAND_IN).length);
  });

  it("gives two responses of one page different nonces from the same compressed pieces", () => {
    const body = page(20);
    const pieces = cutAt(body, STAND_IN);
    const compressed = compressPieces(pieces, STAND_IN.length);
    const [a, b] = [newNonce(), newNonce()];
    const first = zlib.gunzipSync(gzipJoined(compressed, a)).toString();
    const second = zlib.gunzipSync(gzipJoined(compressed, b)).toString();
    expect(first).toContain(`nonce="${a}"`);
    expect(second).toContain(`nonce="${b}"`);
    expect(first.replaceAll(a, "")).toBe(second.replaceAll(b, ""));
  });

  it("holds for any text, stand-ins anywhere (at either end, adjacent, none) and NUL bytes", () => {
    const piece = fc.oneof(fc.string({ maxLength: 300 }), fc.constant(""), fc.constant("\0\0"), fc.constant("xyz".repeat(5000)));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.boolean(), (texts, nonceAtAll) => {
        const body = Buffer.from(texts.join(nonceAtAll ? STAND_IN : ""));
        const nonce = newNonce();
        const { gz, plain } = answer(body, nonce);
        const expected = body.toString().replaceAll(STAND_IN, nonce);
        expect(plain.toString()).toBe(expected);
        expect(zlib.gunzipSync(gz).toString()).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("leaves a page without a stand-in as it is", () => {
    const body = Buffer.from("<p>no scripts</p>");
    expect(cutAt(body, STAND_IN)).toEqual([body]);
    expect(joined(cutAt(body, STAND_IN), newNonce())).toEqual(body);
    expect(zlib.gunzipSync(answer(body, newNonce()).gz).toString()).toBe("<p>no scripts</p>");
  });

  it("combines CRC-32s as computing one over the whole would", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 70_000 }), (a, b) => {
        const whole = zlib.crc32(Buffer.concat([a, b]));
        expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), zerosOperator(b.length))).toBe(whole);
      }),
      { numRuns: 100 },
    );
  });
});
