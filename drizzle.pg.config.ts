import { defineConfig } from "drizzle-kit";

/** The PostgreSQL migrations (npm run db:generate:pg); drizzle.config.ts generates SQLite's. */
export default defineConfig({
  schema: "./db/pg/schema.ts",
  out: "./db/pg/migrations",
  dialect: "postgresql",
});
