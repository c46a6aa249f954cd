/** lib/http/nonce-gzip.mjs: a kept page compressed once, answered gzip-compressed with a nonce of its own per response. */
export interface CompressedPieces {
  blocks: Buffer[];
  crcs: number[];
  zeros: Uint32Array[];
  nonceZeros: Uint32Array;
  /** Bytes of the page as sent (pieces and nonces). */
  size: number;
  /** Bytes the compressed blocks take in memory. */
  bytes: number;
}
export function cutAt(body: Buffer, needle: string): Buffer[];
export function compressPieces(pieces: Buffer[], nonceLength: number): CompressedPieces;
export function gzipJoined(compressed: CompressedPieces, nonce: string): Buffer;
export function joined(pieces: Buffer[], nonce: string): Buffer;
export function zerosOperator(length: number): Uint32Array;
export function crc32Combine(crcA: number, crcB: number, zerosOfB: Uint32Array): number;
