import type { IncomingMessage, ServerResponse } from "node:http";

export function newNonce(): string;
export const STAND_IN_KEY: unique symbol;
export function installStandIn(): string;
export function createReplacer(from: string, to: string): { push(chunk: Buffer): Buffer; end(): Buffer };
export function freshNonceFor(req: IncomingMessage, res: ServerResponse, standIn: string): void;
