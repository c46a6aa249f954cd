// usage: node scripts/.shots.mjs BASE path1 path2 ... (env: W=1366, DARK=1, FULL=1)
import { chromium } from "playwright-core";
const [base, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const w = Number(process.env.W ?? 1366);
const ctx = await browser.newContext({ viewport: { width: w, height: w < 500 ? 844 : 900 }, colorScheme: process.env.DARK ? "dark" : "light", deviceScaleFactor: 1 });
const page = await ctx.newPage();
for (const p of paths) {
  await page.goto(base + p, { waitUntil: "networkidle" });
  const name = `/tmp/shots/${p.replace(/[^a-z0-9]+/gi, "_")}-${w}${process.env.DARK ? "-dark" : ""}.png`;
  if (process.env.SEL) await page.locator(process.env.SEL).first().screenshot({ path: name });
  else if (process.env.Y) { await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.Y)); await page.waitForTimeout(200); await page.screenshot({ path: name }); }
  else await page.screenshot({ path: name, fullPage: !!process.env.FULL });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(name, "overflow-x:", overflow);
}
await browser.close();
