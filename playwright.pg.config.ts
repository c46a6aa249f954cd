import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ACCOUNTS, E2E_PASSWORD } from "./e2e/accounts";

/**
 * The browser smoke test on PostgreSQL (e2e/pg-smoke.spec.ts): two app instances (server.mjs, a
 * production build) on one PostgreSQL database, as behind a load balancer. The first instance's
 * command creates the database afresh on the server of PG_TEST_URL, runs db:setup on it and
 * creates an editor with user:create, both through the postgres:// DATABASE_URL; the second
 * starts once the first answers. Run: npm run build && PG_TEST_URL=... npx playwright test -c playwright.pg.config.ts
 */
const PG = process.env.PG_TEST_URL;
if (!PG) throw new Error('PG_TEST_URL is not set: start a cluster first (eval "$(scripts/pg-test-cluster.sh start)")');
const url = new URL(PG);
url.pathname = "/hindsight_e2e_smoke";
const DATABASE_URL = url.toString();
const PORTS = [Number(process.env.E2E_PG_PORT ?? 3213), Number(process.env.E2E_PG_PORT ?? 3213) + 1];
const base = (port: number) => `http://127.0.0.1:${port}`;
const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const editor = ACCOUNTS.editor;

const env = (port: number) => ({
  DATABASE_URL,
  BETTER_AUTH_URL: base(port),
  NODE_ENV: "production",
  BETTER_AUTH_SECRET: "e2e-only-secret-0123456789-abcdefghijklmnop",
  HINDSIGHT_PASSWORD: E2E_PASSWORD,
  E2E_SECOND_INSTANCE: base(PORTS[1]!),
});

export default defineConfig({
  testDir: "./e2e",
  testMatch: /pg-smoke\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: base(PORTS[0]!),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromium, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"] },
  },
  projects: [{ name: "postgres", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `node e2e/pg-fresh-database.mjs ${DATABASE_URL} && npm run --silent db:setup && npm run --silent user:create -- --email ${editor.email} --role ${editor.role} --name "${editor.name}" && node server.mjs -H 127.0.0.1 -p ${PORTS[0]}`,
      url: `${base(PORTS[0]!)}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: env(PORTS[0]!),
    },
    {
      command: `node server.mjs -H 127.0.0.1 -p ${PORTS[1]}`,
      url: `${base(PORTS[1]!)}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: env(PORTS[1]!),
    },
  ],
});
