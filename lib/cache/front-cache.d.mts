import type { IncomingMessage, ServerResponse } from "node:http";

/** lib/cache/front-cache.mjs: answers pages Next served from its page cache again while no write changed them. */
export function createFrontCache(options?: {
  maxBytes?: number;
  standIn?: string;
}): (req: IncomingMessage, res: ServerResponse, next: (keep?: () => void) => void) => Promise<void>;
