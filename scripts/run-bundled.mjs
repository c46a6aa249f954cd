/**
 * `node scripts/run-bundled.mjs NAME ARGS...` runs the command scripts/NAME.ts from one esbuild
 * bundle (.workers/cli/NAME.mjs) instead of through tsx: tsx starts a second node process and
 * compiles ~340 modules at every start (~1.4 s before `npm run import` reads its file; the bundle
 * starts in ~0.2 s). `npm run import` goes through here.
 *
 * The bundle is rebuilt (~0.3 s) whenever it is missing or any file it was built from (sources,
 * the packages it bundles) or package.json, the lock files, tsconfig.json or this file is newer
 * than it, so it never runs older code than the working tree holds. Built to a temporary file and renamed, so two
 * commands starting at once never read half a bundle.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const COMMANDS = { import: "scripts/import.ts", "search-reindex": "scripts/search-reindex.ts" };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
const entry = Object.hasOwn(COMMANDS, name ?? "") ? COMMANDS[name] : null;
if (!entry) {
  console.error(`run-bundled: unknown command ${name ?? "(none)"}; one of ${Object.keys(COMMANDS).join(", ")}`);
  process.exit(2);
}
const out = path.join(root, ".workers", "cli", `${name}.mjs`);
const inputsFile = `${out}.inputs.json`;
/** Also compared: an install or upgrade rewrites the lock files even where it keeps the packages' own file dates. */
const ALWAYS = ["scripts/run-bundled.mjs", "package.json", "package-lock.json", "node_modules/.package-lock.json", "tsconfig.json"];

function isFresh() {
  let builtAt;
  let inputs;
  try {
    builtAt = fs.statSync(out).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
  } catch {
    return false;
  }
  for (const f of inputs) {
    try {
      if (fs.statSync(path.join(root, f)).mtimeMs > builtAt) return false;
    } catch {
      return false; // an input that is gone: build again
    }
  }
  return ALWAYS.every((f) => (fs.statSync(path.join(root, f), { throwIfNoEntry: false })?.mtimeMs ?? 0) <= builtAt);
}

if (!isFresh()) {
  const startedAt = new Date();
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: out,
    write: false,
    metafile: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    // The native addon stays a package; pg's optional native binding is not installed.
    external: ["better-sqlite3", "pg-native"],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => fs.existsSync(path.join(root, f)));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  fs.writeFileSync(tmp, result.outputFiles[0].contents);
  // Dated to when the build read its inputs: a file saved during the build makes the next start build again.
  fs.utimesSync(tmp, startedAt, startedAt);
  fs.renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  fs.renameSync(tmp, out);
}

// The command sees its own arguments, as when run through tsx.
process.argv.splice(2, 1);
await import(pathToFileURL(out).href);
