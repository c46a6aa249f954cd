/**
 * A kept page answered with a fresh Content-Security-Policy nonce, gzip-compressed, without
 * compressing it again for every response (used by lib/cache/front-cache.mjs; plain JavaScript
 * because server.mjs runs before any bundling).
 *
 * Why: every response carries its own nonce (lib/http/response-nonce.mjs), so the bytes differ
 * per response and a compressed copy cannot simply be kept; compressing a 150 KB page again per
 * request costs more CPU than everything else the front cache does. So the page is cut at its
 * stand-in nonces and each piece is compressed once, as raw DEFLATE blocks that end on a byte
 * boundary (Z_FULL_FLUSH; RFC 1951 section 3.2). A response is then the gzip header (RFC 1952),
 * the pieces' blocks with the response's nonce between them as stored (uncompressed) blocks, the
 * final block, and the trailer: CRC-32 and length of the page as sent. The CRC-32 is not computed
 * over the page per response: it is affine in the nonce's bytes, so it comes from values computed
 * once per page and the CRC of the nonce alone (see compressPieces).
 *
 * Each piece after the first is compressed with the pieces before it as its preset dictionary, in
 * which every nonce is replaced by as many NUL bytes: a back-reference can then reach any earlier
 * text at the distance it has in the response, and never the nonce (which differs per response),
 * since no text byte matches a NUL. A page that contains a NUL byte is compressed piece by piece
 * without a dictionary instead.
 */
import zlib from "node:zlib";

const WINDOW = 32 * 1024;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** The body cut at every occurrence of `needle`: the pieces between them (subarrays, not copies). */
export function cutAt(body, needle) {
  if (!needle) return [body];
  const n = Buffer.from(needle);
  const pieces = [];
  let from = 0;
  for (let at = body.indexOf(n); at >= 0; at = body.indexOf(n, from)) {
    pieces.push(body.subarray(from, at));
    from = at + n.length;
  }
  pieces.push(body.subarray(from));
  return pieces;
}

/**
 * CRC-32 of a concatenation from its parts' CRC-32s, as zlib's crc32_combine (which Node does not
 * expose): appending zero bytes is a linear map on the CRC over GF(2), a 32x32 bit matrix kept as
 * 32 columns. crc(A + B) = zeros(|B|)(crc(A)) ^ crc(B). The matrices are computed once per kept
 * page.
 */
function times(matrix, vector) {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i];
  return sum >>> 0;
}
function square(matrix) {
  const out = new Uint32Array(32);
  for (let i = 0; i < 32; i++) out[i] = times(matrix, matrix[i]);
  return out;
}
/** The map that appends `length` zero bytes to a CRC-32 (reflected polynomial 0xedb88320). */
export function zerosOperator(length) {
  let op = new Uint32Array(32);
  op[0] = 0xedb88320; // one zero bit
  for (let i = 1; i < 32; i++) op[i] = 1 << (i - 1);
  op = square(square(square(op))); // one zero byte
  let result = null;
  for (let n = length; n > 0; n >>>= 1) {
    if (n & 1) result = result ? result.map((column) => times(op, column)) : op;
    if (n > 1) op = square(op);
  }
  return result ?? Uint32Array.from({ length: 32 }, (_, i) => (1 << i) >>> 0);
}
export const crc32Combine = (crcA, crcB, zerosOfB) => (times(zerosOfB, crcA) ^ crcB) >>> 0;

/**
 * What each response is made from, computed once: every piece's DEFLATE blocks, CRC-32 and
 * zero-append map; the nonce between pieces has `nonceLength` bytes.
 */
export function compressPieces(pieces, nonceLength) {
  const useDictionary = !pieces.some((p) => p.includes(0));
  const filler = Buffer.alloc(nonceLength);
  let window = Buffer.alloc(0);
  const blocks = pieces.map((piece, i) => {
    const last = i === pieces.length - 1;
    const options = { finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH };
    if (useDictionary && window.length > 0) options.dictionary = window;
    const out = zlib.deflateRawSync(piece, options);
    if (useDictionary && !last) window = Buffer.concat([window, piece, filler]).subarray(-WINDOW);
    return out;
  });
  // The page's CRC-32 is affine in the nonce's bytes (the same nonce at every cut): crc(page with N)
  // = crc(page with NULs) ^ M(crc(N) ^ crc(NULs)), where M sums the zero-append maps for the bytes
  // after each occurrence. Both are computed here, so a response costs one CRC of its nonce.
  const withNuls = zlib.crc32(Buffer.concat(pieces.flatMap((p, i) => (i > 0 ? [filler, p] : [p]))));
  const zeroNonce = zlib.crc32(filler);
  const after = new Uint32Array(32);
  let behind = 0;
  for (let i = pieces.length - 1; i >= 1; i--) {
    behind += pieces[i].length;
    const z = zerosOperator(behind);
    for (let c = 0; c < 32; c++) after[c] ^= z[c];
    behind += nonceLength;
  }
  return {
    blocks,
    withNuls,
    nonceMap: after,
    zeroNonce,
    size: pieces.reduce((a, p) => a + p.length, 0) + nonceLength * (pieces.length - 1),
    bytes: blocks.reduce((a, b) => a + b.length, 0),
  };
}

/** A stored DEFLATE block (not the last) holding `bytes` (at most 65,535). */
function storedBlock(bytes) {
  const head = Buffer.alloc(5);
  head[0] = 0; // BFINAL 0, BTYPE 00; the previous block ended on a byte boundary
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return [head, bytes];
}

/** The gzip member for the pieces joined by `nonce` (a string of the stand-in's length; "" when the page has no nonce). */
export function gzipJoined(compressed, nonce) {
  const n = Buffer.from(nonce);
  const chunks = [GZIP_HEADER];
  compressed.blocks.forEach((blocks, i) => {
    if (i > 0) chunks.push(...storedBlock(n));
    chunks.push(blocks);
  });
  const crc =
    compressed.blocks.length > 1 ? (compressed.withNuls ^ times(compressed.nonceMap, (zlib.crc32(n) ^ compressed.zeroNonce) >>> 0)) >>> 0 : compressed.withNuls;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(compressed.size >>> 0, 4);
  chunks.push(trailer);
  return Buffer.concat(chunks);
}

/** The page as sent without compression: the pieces joined by `nonce`. */
export function joined(pieces, nonce) {
  if (pieces.length === 1) return pieces[0];
  const n = Buffer.from(nonce);
  const chunks = [];
  pieces.forEach((p, i) => {
    if (i > 0) chunks.push(n);
    chunks.push(p);
  });
  return Buffer.concat(chunks);
}
