import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPolicyMeta } from "../../deploy/github-pages";
import { DIST } from "../build/setup";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";
import { startNginx, type Nginx } from "../support/nginx";

/**
 * The site as GitHub Pages serves it: files with their types and none of our headers (nginx
 * with Debian's type list and nothing else stands in for it), after `deploy/github-pages.ts`
 * wrote the Content-Security-Policy of `deploy/nginx.conf` into every page. Chromium must
 * enforce it from the page, Pagefind's search included; the same site without that step is
 * the control.
 */

const PAGES_LIKE = "include /etc/nginx/mime.types;";
const model = rawEntries("models").filter(isPublished)[0]!;
const word = String(model.data.title)
  .split(/\s+/)
  .sort((a, b) => b.length - a.length)[0]!
  .replace(/[“”"(),.:]/g, "");

let copy: string;
let prepared: Nginx;
let unprepared: Nginx;
let browser: Browser;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), "dvk-pages-"));
  cpSync(DIST, copy, { recursive: true });
  expect(addPolicyMeta(copy)).toBeGreaterThan(100);
  prepared = await startNginx(copy, { site: PAGES_LIKE });
  unprepared = await startNginx(DIST, { site: PAGES_LIKE });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await prepared?.close();
  await unprepared?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Opens a page, keeping every CSP violation it reports. */
async function open(
  origin: string,
  path: string,
): Promise<{ page: Page; header: string | undefined; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(`${origin}${path}`);
  return { page, header: response?.headers()["content-security-policy"], violations };
}

/** Whether an inline script added to the page runs. */
const inlineScriptRuns = (page: Page) =>
  page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.inlineRan = true;";
    document.body.append(script);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });

describe("a site prepared for GitHub Pages", () => {
  it("refuses an inline script with the policy in its page, no header needed", async () => {
    const { page, header } = await open(prepared.origin, "/");
    expect(header).toBeUndefined();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toMatch(
      /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/,
    );
    expect(await inlineScriptRuns(page)).toBe(false);
    await page.close();
  });

  it(`finds “${word}” with Pagefind under that policy, breaking no rule`, async () => {
    const { page, violations } = await open(prepared.origin, `/tim-kiem/?q=${encodeURIComponent(word)}`);
    await page.locator(`.results a[href="/mo-hinh/${model.id}/"]`).waitFor({ timeout: 15_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it("control: the same site without the step runs an inline script", async () => {
    const { page, header } = await open(unprepared.origin, "/");
    expect(header).toBeUndefined();
    expect(await inlineScriptRuns(page)).toBe(true);
    await page.close();
  });
});
