import { appThrottleStore, getAuth } from "@/lib/auth/auth";
import { handleAuthRequest } from "@/lib/auth/auth-handler";

export const dynamic = "force-dynamic";

/**
 * better-auth's endpoints (/api/auth/sign-in/email, /api/auth/sign-out, /api/auth/get-session, ...)
 * behind the body limit, the client address and the per-account sign-in limit (lib/auth/auth-handler.ts).
 */
const handler = (request: Request) => handleAuthRequest(request, getAuth(), appThrottleStore());
export const GET = handler;
export const POST = handler;
