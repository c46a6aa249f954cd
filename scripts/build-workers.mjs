/**
 * Bundles the worker threads (lib/workers/extract.ts, import.ts, import-prepare.ts) into .workers/*.mjs for the
 * production server (lib/workers/pool.ts); run by `npm run build` before `next build`.
 */
import { build } from "esbuild";

await build({
  entryPoints: { extract: "lib/workers/extract.ts", import: "lib/workers/import.ts", "import-prepare": "lib/workers/import-prepare.ts" },
  outdir: ".workers",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["react-server"],
  external: ["better-sqlite3"],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: "warning",
});
console.log("workers bundled into .workers/");
