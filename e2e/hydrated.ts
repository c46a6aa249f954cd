import { expect, type Page } from "@playwright/test";

/**
 * Opens a page and waits until React has hydrated it: the navigation's due count is filled in by
 * the browser (app/_components/site-nav-account.tsx), so event handlers are attached. Interacting
 * before that (on a first, cold render) would change the DOM without React seeing it.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId("nav-due")).not.toContainText("…");
}
