/**
 * End-to-end check against published values: the Niamey 2016 precipitation forecasts
 * (Vogel et al. 2021, via the R package reliabilitydiag; /work/shared/reference/README.md).
 * Published: mean score 0.232, uncertainty 0.244, base rate 53/92. The binned REL/RES are not
 * the CORP terms by design; only the identity is required of them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { binAggregates, binsFromAggregates } from "./bin-aggregates";
import { equalWidthBins } from "./equal-width-bins";
import { parseForecastCsv } from "./forecast-csv";
import { forecastSums, summaryFromAggregates } from "./summary-from-aggregates";

const NIAMEY_CSV = fileURLToPath(new URL("./fixtures/niamey-precipitation-2016.csv", import.meta.url));

function niamey() {
  const parsed = parseForecastCsv(readFileSync(NIAMEY_CSV, "utf8"));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.forecasts;
}

describe("Niamey 2016 (published values)", () => {
  it("has 92 forecasts and base rate 53/92", () => {
    const set = niamey();
    expect(set).toHaveLength(92);
    expect(set.filter((x) => x.outcome === 1)).toHaveLength(53);
    expect(equalWidthBins(set).baseRate).toBe(53 / 92);
  });

  it("scores Brier 0.232 and uncertainty 0.244 (3 decimals)", () => {
    const c = equalWidthBins(niamey());
    expect(c.brier!.toFixed(3)).toBe("0.232");
    expect(c.decomposition!.uncertainty.toFixed(3)).toBe("0.244");
    expect(c.decomposition!.uncertainty).toBe((53 / 92) * (39 / 92));
  });

  it("satisfies BS = REL - RES + UNC + WBV - WBC to 1e-12, on both paths, for 10 and 5 bins", () => {
    const set = niamey();
    for (const count of [10, 5]) {
      for (const c of [equalWidthBins(set, count), binsFromAggregates(binAggregates(set, count), count)]) {
        const d = c.decomposition!;
        const rhs = d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance;
        expect(Math.abs(c.brier! - rhs)).toBeLessThan(1e-12);
        expect(d.withinBinVariance).toBeGreaterThan(0);
      }
    }
  });

  it("gives the same Brier and uncertainty from whole-set aggregates", () => {
    const s = summaryFromAggregates(forecastSums(niamey()));
    expect(s.brier!.toFixed(3)).toBe("0.232");
    expect(s.uncertainty!.toFixed(3)).toBe("0.244");
    expect(Math.abs(s.brier! - equalWidthBins(niamey()).brier!)).toBeLessThan(1e-12);
  });
});
