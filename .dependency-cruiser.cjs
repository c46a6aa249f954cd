/**
 * The dependency rules of docs/ARCHITECTURE.md, checked by `npm run lint:deps` (part of `npm test`).
 * app -> lib -> db: pages and routes read through lib/read and write through lib's domain
 * functions; db/ holds the schema, the client, migrations and queries, and imports from lib/ only
 * the dependency-free vocabulary and configuration. Tests may set up data through any layer.
 */
const TESTS = "\\.test\\.ts$|^test/|^e2e/";
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "An import cycle makes load order matter; break it by moving the shared piece down a layer.",
      from: {},
      to: { circular: true },
    },
    {
      name: "db-only-uses-vocabulary-and-config",
      severity: "error",
      comment: "db/ returns rows and sums; domain code (folding, ranking, caching) belongs in lib/. db/ may import lib/vocabulary and lib/config only.",
      from: { path: "^db/", pathNot: TESTS },
      to: { path: "^lib/", pathNot: "^lib/(vocabulary|config)/" },
    },
    { name: "nothing-imports-app", severity: "error", comment: "app/ is the top layer.", from: { path: "^(lib|db|seeds|scripts)/" }, to: { path: "^app/" } },
    {
      name: "app-reads-through-lib",
      severity: "error",
      comment: "Pages and routes read through lib/read and write through lib/; app/ may only hand lib's write functions the database client (db/client.ts).",
      from: { path: "^app/" },
      to: { path: "^db/", pathNot: "^db/client\\.ts$" },
    },
    {
      name: "lib-not-on-seeds",
      severity: "error",
      comment: "seeds/ is data and its loader; shared text utilities live in lib/.",
      from: { path: "^lib/", pathNot: TESTS },
      to: { path: "^seeds/" },
    },
    {
      name: "vocabulary-and-config-are-leaves",
      severity: "error",
      comment: "lib/vocabulary and lib/config are imported by every layer, so they import nothing of ours but each other.",
      from: { path: "^lib/(vocabulary|config)/" },
      to: { path: "^(app|lib|db|seeds)/", pathNot: "^lib/(vocabulary|config)/" },
    },
    {
      name: "scoring-is-pure",
      severity: "error",
      comment: "lib/scoring and lib/lexicon are pure maths, tested against published values.",
      from: { path: "^lib/(scoring|lexicon|extraction|deadlines)/", pathNot: TESTS },
      to: { path: "^db/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|data|bench)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
