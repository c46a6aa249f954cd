/**
 * better-auth on Hindsight's database, SQLite or PostgreSQL (drizzle adapter with the engine's
 * auth tables; lib/ledger/engine.ts picks): email and password accounts,
 * the admin plugin for roles, database-backed rate limiting, sessions that expire in httpOnly,
 * SameSite=Lax cookies. Configuration comes from lib/config/env.ts only.
 */
import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import type { DB } from "@/db/client";
import { getDb } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import { writeAuditPg } from "@/db/pg/queries/outcomes";
import * as pgSchema from "@/db/pg/schema";
import { type AuditInput, writeAudit } from "@/db/queries/audit";
import { accounts, rateLimits, sessions, users, verifications } from "@/db/schema";
import { appOrigins, type Env, env } from "@/lib/config/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { httpUrl } from "@/lib/http/validation";
import { appPg } from "@/lib/ledger/engine";
import { MIN_PASSWORD_LENGTH, SIGN_IN_LIMIT } from "./constants";
import { isDemoEmail } from "./demo-emails";
import { passwordProblem } from "./password-policy";
import { ac, roles } from "./permissions";
import { postgresThrottleStore, sqliteThrottleStore, type ThrottleStore } from "./sign-in-throttle";

const DAY = 60 * 60 * 24;

/** better-auth on a SQLite ledger. `e` is the validated environment; tests pass another (production mode) explicitly. */
export function createAuth(db: DB, e: Env = env()) {
  const schema = { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits };
  return buildAuth(drizzleAdapter(db, { provider: "sqlite", schema }), async (entry) => writeAudit(db, entry), e);
}

/** better-auth on PostgreSQL: the same configuration over the PostgreSQL schema's auth tables. */
export function createAuthPg(db: PgDB, e: Env = env()) {
  const s = pgSchema;
  const schema = { user: s.users, session: s.sessions, account: s.accounts, verification: s.verifications, rateLimit: s.rateLimits };
  return buildAuth(drizzleAdapter(db, { provider: "pg", schema }), (entry) => writeAuditPg(db, entry), e);
}

function buildAuth(database: ReturnType<typeof drizzleAdapter>, audit: (entry: AuditInput) => Promise<void>, e: Env) {
  const adminPlugin = admin({ ac, roles, defaultRole: "reader", adminRoles: ["admin"] });
  return betterAuth({
    appName: "Hindsight",
    baseURL: e.BETTER_AUTH_URL,
    secret: e.BETTER_AUTH_SECRET,
    trustedOrigins: appOrigins(e),
    database,
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
      // The client address is resolved once, from the socket and the trusted proxies
      // (lib/http/client-address.ts), and handed over by lib/auth/auth-handler.ts in this header;
      // IPv6 is already reduced to its /64 there, so better-auth keeps the key as it is.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER], ipv6Subnet: 128 },
    },
    hooks: { before: createAuthMiddleware(async (ctx) => checkAccountInput(ctx.path, ctx.body)) },
    // Accounts are administered through the app's own server actions, which check the role and
    // write the audit log; the plugin's HTTP endpoints would bypass the log, so they are closed.
    // Its server-side API (auth.api.createUser, auth.api.setRole) stays available to that code.
    // Names and emails are part of the record (outcome histories name their recorders): an
    // account cannot change its own name, image or email, nor delete itself.
    disabledPaths: [...Object.values(adminPlugin.endpoints).map((endpoint) => endpoint.path), ...CLOSED_PROFILE_PATHS],
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
              await audit({ userId: user.id, action: "user.sign_up", entityType: "user", entityId: user.id, detail: { email: user.email, role: "reader" } });
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

/** The app's one auth instance, on the app's database (SQLite file or PostgreSQL pool: lib/ledger/engine.ts). */
export function getAuth(): Auth {
  if (!globalForAuth.hindsightAuth) {
    const pg = appPg();
    globalForAuth.hindsightAuth = pg ? createAuthPg(pg) : createAuth(getDb());
  }
  return globalForAuth.hindsightAuth;
}

/** The per-account sign-in counts (sign-in-throttle.ts), in the app's database. */
export function appThrottleStore(): ThrottleStore {
  const pg = appPg();
  return pg ? postgresThrottleStore(pg) : sqliteThrottleStore(getDb());
}

const CLOSED_PROFILE_PATHS = ["/update-user", "/change-email", "/delete-user", "/delete-user/callback"];

/**
 * Checks better-auth cannot make itself: the password policy on sign-up, change and reset, and
 * only an http(s) image URL on sign-up (it would be shown as a link or image).
 */
function checkAccountInput(path: string, body: unknown): void {
  const b = (body ?? {}) as Record<string, unknown>;
  if (path === "/sign-up/email") {
    if (b.image !== undefined && b.image !== null && b.image !== "" && !httpUrl.safeParse(b.image).success) {
      throw new APIError("BAD_REQUEST", { message: "The image must be a web address starting with https:// or http://." });
    }
  }
  const password = path === "/sign-up/email" ? b.password : path === "/change-password" || path === "/reset-password" ? b.newPassword : undefined;
  if (typeof password === "string") {
    const problem = passwordProblem(password, { email: typeof b.email === "string" ? b.email : null });
    if (problem) throw new APIError("BAD_REQUEST", { message: `Password: ${problem}.` });
  }
}
