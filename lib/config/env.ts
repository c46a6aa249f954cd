/**
 * Environment, read and validated in one place. Every variable is documented in .env.example
 * with a default that works for local use; serving any origin but this machine needs a real secret.
 */
import { z } from "zod";

const LOCAL_SECRET = "hindsight-local-development-secret-change-me";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A file path or a file: URL; relative paths are taken from the working directory. */
  DATABASE_URL: z.string().min(1).default("file:./data/hindsight.db"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").default(LOCAL_SECRET),
  /** The origin the browser uses; better-auth checks requests against it. */
  BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
  /** "true" opens self-service sign-up (new accounts are readers). Closed by default. */
  HINDSIGHT_OPEN_SIGNUP: z.enum(["true", "false"]).default("false"),
  /** "true" lets db:setup create the documented demo accounts; never in production. */
  HINDSIGHT_DEMO_ACCOUNTS: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment (see .env.example):\n${lines}`);
  }
  // The documented local secret is only acceptable while the app answers on this machine alone.
  if (parsed.data.BETTER_AUTH_SECRET === LOCAL_SECRET && !isLoopback(parsed.data.BETTER_AUTH_URL)) {
    throw new Error(`BETTER_AUTH_SECRET must be set when serving ${parsed.data.BETTER_AUTH_URL} (generate one with: openssl rand -base64 32)`);
  }
  cached = parsed.data;
  return cached;
}

/** Resolves DATABASE_URL ("file:./data/x.db", "./data/x.db" or an absolute path) to a file path. */
export function databasePath(url = env().DATABASE_URL): string {
  return url.startsWith("file:") ? url.slice("file:".length).replace(/^\/\/(?=\/)/, "") : url;
}

function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}
