// The PostgreSQL smoke test's database (playwright.pg.config.ts): drops and creates the database
// named by the URL given (on the server of PG_TEST_URL, whose role may create databases), so each
// run starts from db:setup's seeded ledger. Usage: node e2e/pg-fresh-database.mjs postgres://.../NAME
import pg from "pg";

const target = new URL(process.argv[2] ?? "");
const name = target.pathname.slice(1);
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`pg-fresh-database: expected a plain database name, got "${name}"`);
const admin = new URL(target);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
try {
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
} finally {
  await client.end();
}
