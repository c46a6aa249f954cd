/**
 * The score CLI, run as a real process (node_modules/.bin/tsx scripts/score.ts, what
 * `npm run score` does) on temp files and on the Niamey reference data, plus run() in-process
 * for the argument handling.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./score";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCRIPT = join(ROOT, "scripts", "score.ts");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const NIAMEY = fileURLToPath(new URL("../lib/scoring/fixtures/niamey-precipitation-2016.csv", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "hindsight-score-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempCsv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const KEYS = ["n", "brier", "logScore", "reliability", "resolution", "uncertainty", "withinBinVariance", "withinBinCovariance", "bins"];

describe("scripts/score.ts (as a process)", () => {
  it("scores the hand-worked set (lib/scoring/test-fixtures.ts) from a CSV with extra columns and quotes", () => {
    const file = tempCsv("hand.csv", 'outcome,claim,probability\n0,"rates, rising",0.12\n1,x,".18"\r\n1,"say ""yes""",0.7\n1,,0.9\n');
    const { code, stdout, stderr } = cli(file);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out.n).toBe(4);
    expect(out.brier).toBeCloseTo(0.1967, 14);
    expect(out.logScore).toBeCloseTo(0.5761668147995925, 14);
    expect(out.reliability).toBeCloseTo(0.08625, 14);
    expect(out.resolution).toBeCloseTo(0.0625, 14);
    expect(out.uncertainty).toBeCloseTo(0.1875, 14);
    expect(out.withinBinVariance).toBeCloseTo(0.00045, 14);
    expect(out.withinBinCovariance).toBeCloseTo(0.015, 14);
    expect(out.bins).toHaveLength(3);
    expect(Object.keys(out.bins[0])).toEqual(["lo", "hi", "n", "meanForecast", "observed", "wilsonLow", "wilsonHigh"]);
    expect(out.bins[0]).toMatchObject({ lo: 0.1, hi: 0.2, n: 2, observed: 0.5 });
  }, 30_000);

  it("honours --bins: scikit-learn's calibration_curve example with 3 bins", () => {
    const file = tempCsv("sk.csv", "probability,outcome\n0.1,0\n0.2,0\n0.3,0\n0.4,0\n0.65,1\n0.7,1\n0.8,1\n0.9,1\n1.0,1\n");
    const { code, stdout } = cli(file, "--bins", "3");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.bins.map((b: { observed: number }) => b.observed)).toEqual([0, 0.5, 1]);
    const means = out.bins.map((b: { meanForecast: number }) => b.meanForecast);
    for (const [i, m] of [0.2, 0.525, 0.85].entries()) expect(means[i]).toBeCloseTo(m, 14);
  }, 30_000);

  it("prints the published Niamey figures: Brier 0.232, uncertainty 0.244, exact identity", () => {
    const { code, stdout } = cli(NIAMEY);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.n).toBe(92);
    expect(out.brier.toFixed(3)).toBe("0.232");
    expect(out.uncertainty.toFixed(3)).toBe("0.244");
    expect(out.uncertainty).toBe((53 / 92) * (39 / 92));
    const rhs = out.reliability - out.resolution + out.uncertainty + out.withinBinVariance - out.withinBinCovariance;
    expect(Math.abs(out.brier - rhs)).toBeLessThan(1e-12);
    expect(out.bins.reduce((s: number, b: { n: number }) => s + b.n, 0)).toBe(92);
    expect(out.bins).toHaveLength(8);
  }, 30_000);

  it("names each malformed line on stderr and exits 1", () => {
    const file = tempCsv("bad.csv", "probability,outcome\n0.2,0\n0.5,1\n0.9,1\n0.3,0\n0.6,1\n1.3,1\n0.4,maybe\n");
    const { code, stdout, stderr } = cli(file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('line 7: probability "1.3" is outside [0, 1]\n');
    expect(stderr).toContain('line 8: outcome "maybe" is not 0 or 1\n');
    expect(stderr).toMatch(/2 malformed rows; nothing scored/);
  }, 30_000);

  it("exits 2 with a clear message for a missing file or missing columns", () => {
    const missing = cli(join(dir, "nope.csv"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
    const cols = cli(tempCsv("cols.csv", "prob,outcome\n0.5,1\n"));
    expect(cols.code).toBe(2);
    expect(cols.stderr).toMatch(/missing column "probability"/);
  }, 30_000);
});

describe("run() argument handling", () => {
  const files: Record<string, string> = { "a.csv": "probability,outcome\n0.5,1\n0.5,0\n" };
  const read = (p: string) => {
    const text = files[p];
    if (text === undefined) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
    return text;
  };

  it("accepts --bins N and --bins=N", () => {
    expect(JSON.parse(run(["a.csv", "--bins", "2"], read).stdout).bins[0]).toMatchObject({ lo: 0.5, hi: 1, n: 2 });
    expect(JSON.parse(run(["--bins=4", "a.csv"], read).stdout).bins[0]).toMatchObject({ lo: 0.5, hi: 0.75 });
  });

  it("rejects bad usage with exit 2", () => {
    for (const argv of [
      [],
      ["a.csv", "--bins"],
      ["a.csv", "--bins", "0"],
      ["a.csv", "--bins", "2.5"],
      ["a.csv", "--bins", "101"],
      ["a.csv", "b.csv"],
      ["a.csv", "--bogus"],
    ]) {
      const r = run(argv, read);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^score: .*\nusage:/);
    }
    expect(run(["--help"], read)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage:/) });
  });

  it("exits 2 for an empty file or a header without rows", () => {
    files["empty.csv"] = "";
    files["header.csv"] = "probability,outcome\n";
    expect(run(["empty.csv"], read)).toMatchObject({ code: 2, stderr: expect.stringMatching(/empty/) });
    expect(run(["header.csv"], read)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no data rows/) });
  });

  it("shows at most 50 row errors, then a count", () => {
    files["many.csv"] = `probability,outcome\n${"2,1\n".repeat(60)}`;
    const r = run(["many.csv"], read);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("line "))).toHaveLength(50);
    expect(r.stderr).toContain("... and 10 more\n");
    expect(r.stderr).toContain("60 malformed rows");
  });
});
