import { describe, expect, it } from "vitest";
import { crossSiteWrite } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("cross-site writes (finding 8)", () => {
  it("refuses a foreign Origin, Origin: null and Sec-Fetch-Site: cross-site", () => {
    expect(crossSiteWrite("POST", h({ origin: "http://evil.example" }))).toMatch(/refused/);
    expect(crossSiteWrite("POST", h({ origin: "null" }))).toMatch(/refused/);
    expect(crossSiteWrite("DELETE", h({ "sec-fetch-site": "cross-site" }))).toMatch(/refused/);
  });
  it("lets through the app's own origins, requests without Origin (scripts) and reads", () => {
    expect(crossSiteWrite("POST", h({ origin: "http://localhost:3000" }))).toBeNull();
    expect(crossSiteWrite("POST", h({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(crossSiteWrite("POST", h({}))).toBeNull();
    expect(crossSiteWrite("GET", h({ origin: "http://evil.example" }))).toBeNull();
  });
});
