/**
 * Scores a CSV of forecasts and prints the scores as JSON.
 *
 *   npm run score -- FILE.csv [--bins N]        (or: npx tsx scripts/score.ts FILE.csv [--bins N])
 *
 * FILE.csv has a header with at least the columns probability and outcome (any order, other
 * columns ignored); probability in [0, 1], outcome 0 or 1. Output: n, Brier (0-1 scale), log
 * score (nats, f clamped to [0.01, 0.99]), the Murphy decomposition over N equal-width bins
 * (default 10) and the non-empty bins with 95% Wilson intervals.
 *
 * Exit codes: 0 scored; 1 malformed rows (each named by line on stderr, nothing scored);
 * 2 usage error or a file that cannot be scored at all (missing, unreadable, no header,
 * missing columns, no data rows).
 */
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BinaryForecast, DEFAULT_BIN_COUNT, equalWidthBins, logScore, MAX_BIN_COUNT, parseForecastCsv } from "../lib/scoring/index";

export const USAGE = `usage: npm run score -- FILE.csv [--bins N]
  FILE.csv  header with columns probability,outcome (any order, others ignored);
            probability in [0, 1], outcome 0 or 1
  --bins N  equal-width calibration bins, an integer from 1 to ${MAX_BIN_COUNT} (default ${DEFAULT_BIN_COUNT})`;

/** Row errors printed before "... and N more": enough to fix a file, not a flood. */
const MAX_ERRORS_SHOWN = 50;

export interface ScoreReport {
  n: number;
  brier: number;
  logScore: number;
  reliability: number;
  resolution: number;
  uncertainty: number;
  withinBinVariance: number;
  withinBinCovariance: number;
  bins: Array<{ lo: number; hi: number; n: number; meanForecast: number; observed: number; wilsonLow: number; wilsonHigh: number }>;
}

export function scoreForecasts(forecasts: readonly BinaryForecast[], binCount: number = DEFAULT_BIN_COUNT): ScoreReport {
  const c = equalWidthBins(forecasts, binCount);
  if (c.brier === null || c.decomposition === null) throw new RangeError("no forecasts to score");
  return {
    n: c.n,
    brier: c.brier,
    logScore: logScore(forecasts),
    ...c.decomposition,
    bins: c.bins.map(({ lo, hi, n, meanForecast, observed, wilsonLow, wilsonHigh }) => ({ lo, hi, n, meanForecast, observed, wilsonLow, wilsonHigh })),
  };
}

export interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

type Args = { file: string; bins: number } | { error: string } | { help: true };

export function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let bins = DEFAULT_BIN_COUNT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h" || a === "--help") return { help: true };
    if (a === "--bins" || a.startsWith("--bins=")) {
      const value = a === "--bins" ? argv[++i] : a.slice("--bins=".length);
      if (value === undefined) return { error: "--bins needs a value" };
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_BIN_COUNT) {
        return { error: `--bins "${value}" must be an integer from 1 to ${MAX_BIN_COUNT}` };
      }
      bins = Number(value);
    } else if (a.startsWith("-") && a !== "-") {
      return { error: `unknown option ${a}` };
    } else if (file !== undefined) {
      return { error: `one file at a time (got "${file}" and "${a}")` };
    } else {
      file = a;
    }
  }
  if (file === undefined) return { error: "no CSV file given" };
  return { file, bins };
}

export function run(argv: readonly string[], readFile: (path: string) => string = (p) => readFileSync(p, "utf8")): CliResult {
  const args = parseArgs(argv);
  if ("help" in args) return { code: 0, stdout: `${USAGE}\n`, stderr: "" };
  if ("error" in args) return { code: 2, stdout: "", stderr: `score: ${args.error}\n${USAGE}\n` };

  let text: string;
  try {
    text = readFile(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : e instanceof Error ? e.message : String(e);
    return { code: 2, stdout: "", stderr: `score: cannot read ${args.file}: ${why}\n` };
  }

  const parsed = parseForecastCsv(text);
  if (!parsed.ok) {
    if (parsed.kind === "file") return { code: 2, stdout: "", stderr: parsed.errors.map((e) => `score: ${args.file}: ${e}\n`).join("") };
    const shown = parsed.errors.slice(0, MAX_ERRORS_SHOWN);
    const more = parsed.errors.length - shown.length;
    const lines = [
      ...shown,
      ...(more > 0 ? [`... and ${more} more`] : []),
      `score: ${args.file}: ${parsed.errors.length} malformed row${parsed.errors.length === 1 ? "" : "s"}; nothing scored`,
    ];
    return { code: 1, stdout: "", stderr: `${lines.join("\n")}\n` };
  }

  const report = scoreForecasts(parsed.forecasts, args.bins);
  return { code: 0, stdout: `${JSON.stringify(report, null, 2)}\n`, stderr: "" };
}

/** True when this file is the entry point (not imported by a test). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const result = run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
