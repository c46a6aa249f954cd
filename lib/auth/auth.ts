/**
 * better-auth on Hindsight's SQLite database (drizzle adapter): email and password accounts,
 * the admin plugin for roles, database-backed rate limiting, sessions that expire in httpOnly,
 * SameSite=Lax cookies. Configuration comes from lib/config/env.ts only.
 */
import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import type { DB } from "@/db/client";
import { getDb } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { accounts, rateLimits, sessions, users, verifications } from "@/db/schema";
import { type Env, env } from "@/lib/config/env";
import { MIN_PASSWORD_LENGTH, SIGN_IN_LIMIT } from "./constants";
import { isDemoEmail } from "./demo-emails";
import { ac, roles } from "./permissions";

const DAY = 60 * 60 * 24;

/** `e` is the validated environment; tests pass another (production mode) explicitly. */
export function createAuth(db: DB, e: Env = env()) {
  const adminPlugin = admin({ ac, roles, defaultRole: "reader", adminRoles: ["admin"] });
  const loopback = loopbackAliases(e.BETTER_AUTH_URL);
  return betterAuth({
    appName: "Hindsight",
    baseURL: e.BETTER_AUTH_URL,
    secret: e.BETTER_AUTH_SECRET,
    trustedOrigins: loopback,
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    emailAndPassword: {
      enabled: true,
      // Closed unless HINDSIGHT_OPEN_SIGNUP=true; new accounts are readers (the admin plugin's defaultRole).
      disableSignUp: e.HINDSIGHT_OPEN_SIGNUP !== "true",
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      autoSignIn: true,
    },
    session: {
      expiresIn: 7 * DAY,
      updateAge: DAY,
      // No cookie cache: a role change or a revoked session takes effect on the next request.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": SIGN_IN_LIMIT,
        "/sign-up/email": { window: 60, max: 3 },
      },
    },
    advanced: {
      cookiePrefix: "hindsight",
      // Secure cookies whenever the app is served over https (always in a real deployment).
      useSecureCookies: e.BETTER_AUTH_URL.startsWith("https:"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    // Accounts are administered through the app's own server actions, which check the role and
    // write the audit log; the plugin's HTTP endpoints would bypass the log, so they are closed.
    // Its server-side API (auth.api.createUser, auth.api.setRole) stays available to that code.
    disabledPaths: Object.values(adminPlugin.endpoints).map((endpoint) => endpoint.path),
    databaseHooks: {
      session: {
        create: {
          before: async (session, ctx) => {
            // Demo accounts have documented passwords: never a session in production, even
            // when a development database was copied there.
            if (e.NODE_ENV !== "production") return;
            const user = await ctx?.context.internalAdapter.findUserById(session.userId);
            if (user && isDemoEmail(user.email)) throw new APIError("FORBIDDEN", { message: "Demo accounts cannot sign in in production." });
          },
        },
      },
      user: {
        create: {
          after: async (user, ctx) => {
            // Self-service sign-up has no other place to be logged; admin and CLI creations are
            // logged by lib/accounts/accounts.ts with who made them.
            if (ctx?.path === "/sign-up/email") {
              writeAudit(db, { userId: user.id, action: "user.sign_up", entityType: "user", entityId: user.id, detail: { email: user.email, role: "reader" } });
            }
          },
        },
      },
    },
    telemetry: { enabled: false },
    // nextCookies must stay last: it copies Set-Cookie from server actions into Next's cookie store.
    plugins: [adminPlugin, nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { hindsightAuth?: Auth };

/** The app's one auth instance, on the app's one database client. */
export function getAuth(): Auth {
  globalForAuth.hindsightAuth ??= createAuth(getDb());
  return globalForAuth.hindsightAuth;
}

/** localhost and 127.0.0.1 name the same local server: trust both for the configured port. */
function loopbackAliases(origin: string): string[] {
  const url = new URL(origin);
  if (url.hostname !== "localhost" && url.hostname !== "127.0.0.1") return [];
  const port = url.port ? `:${url.port}` : "";
  return [`${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
}
