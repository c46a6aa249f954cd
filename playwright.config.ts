import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { createAccountsCommand, E2E_PASSWORD } from "./e2e/accounts";

/**
 * Browser tests run against a production build on its own port and its own database file,
 * seeded by the same db:setup the app uses. Debian's Chromium is used when present
 * (Playwright cannot download browsers here); elsewhere Playwright's own browser.
 * The server is `server.mjs` (what `npm start` runs) in production mode, so there are no demo accounts: the command creates one
 * account per role (e2e/accounts.ts) and the "setup" project signs each in once, storing its
 * session for the tests.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DB = "file:./data/e2e.db";
const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /(abuse|pg-smoke)\.spec\.ts$/ },
    // The abuse suite last: its 50 concurrent editors resolve many forecasts, which the other specs read.
    { name: "abuse", testMatch: /abuse\.spec\.ts$/, use: { ...devices["Desktop Chrome"] }, dependencies: ["chromium"] },
  ],
  webServer: {
    command: `rm -rf data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e-auth && npm run db:setup && ${createAccountsCommand()} && node server.mjs -H 127.0.0.1 -p ${PORT}`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: DB,
      BETTER_AUTH_URL: BASE_URL,
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: "e2e-only-secret-0123456789-abcdefghijklmnop",
      HINDSIGHT_PASSWORD: E2E_PASSWORD,
      // The tests stand in for many clients behind one reverse proxy on this machine: they send
      // X-Forwarded-For, which the server believes only because loopback is a trusted proxy here.
      HINDSIGHT_TRUSTED_PROXIES: "127.0.0.1",
    },
  },
});
