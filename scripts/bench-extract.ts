/**
 * Times the extraction assistant on texts of 32k, 128k and 400k characters (400k is the largest
 * text POST /api/v1/extract accepts): repetitive and adversarial inputs and ordinary prose.
 *
 *   npm run bench:extract
 *
 * Prints milliseconds per run (best of 3) and the ratio to the 32k time; linear work gives
 * ratios near 4 and 12.5.
 */
import { extractCandidates } from "../lib/extraction";
import { SCALING_INPUTS } from "../lib/extraction/scaling-inputs";

const SIZES = [32_000, 128_000, 400_000];

function best(text: string): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    extractCandidates(text, { language: "en", referenceDate: "2024-01-01" });
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

best(SCALING_INPUTS["ordinary prose"]!(20_000)); // warm up
console.log(`${"input".padEnd(30)} ${SIZES.map((s) => `${s / 1000}k chars`.padStart(16)).join("")}`);
for (const [name, make] of Object.entries(SCALING_INPUTS)) {
  const times = SIZES.map((n) => best(make(n)));
  const cells = times.map((t, i) => `${t.toFixed(0)} ms${i > 0 ? ` (x${(t / times[0]!).toFixed(1)})` : ""}`.padStart(16));
  console.log(`${name.padEnd(30)} ${cells.join("")}`);
}
