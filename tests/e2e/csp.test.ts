import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";

/**
 * The Content-Security-Policy nginx sends with `deploy/nginx.conf` (and, for the CMS, the one
 * its page carries), enforced by Chromium on the pages that do the most: the home page,
 * stories, the search with results (Pagefind's script, WebAssembly and index fetches) and the
 * CMS editor. Any violation fails, and so does a policy that is not there: an injected inline
 * script must be refused. What each policy says is checked in tests/build/nginx.test.ts.
 */
const base = inject("baseUrl");
const model = rawEntries("models").filter(isPublished)[0]!;
const person = rawEntries("people").filter(isPublished)[0]!;
const word = String(model.data.title)
  .split(/\s+/)
  .sort((a, b) => b.length - a.length)[0]!
  .replace(/[“”"(),.:]/g, "");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Visit {
  page: Page;
  policy: string | undefined;
  /** The policy written in the page itself (the CMS's). */
  metaPolicy: () => Promise<string | null>;
  robots: string | undefined;
  /** Violations reported so far, as "directive blocked-uri". */
  violations: () => Promise<string[]>;
}

/** Opens a page, recording every CSP violation from the first byte on. */
async function visit(path: string, prepare?: (page: Page) => Promise<void>): Promise<Visit> {
  const page = await browser.newPage();
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  await prepare?.(page);
  const response = await page.goto(`${base}${path}`);
  const headers = response?.headers() ?? {};
  return {
    page,
    policy: headers["content-security-policy"],
    metaPolicy: () =>
      page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content", { timeout: 5_000 }),
    robots: headers["x-robots-tag"],
    violations: async () => [
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
      ...console,
    ],
  };
}

describe("public pages under their Content-Security-Policy", () => {
  let expected: string | null;
  beforeAll(async () => {
    expected = (await fetch(`${base}/`)).headers.get("content-security-policy");
    expect(expected).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
  });

  it("the policy refuses an inline script (so that no violation below means something)", async () => {
    const { page, violations } = await visit("/");
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true;";
      document.body.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    // Reported twice: to the page as an event, and on the console.
    await expect
      .poll(violations)
      .toEqual([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/inline script violates/)]);
    await page.close();
  });

  it.each([
    ["the home page", "/"],
    ["a model story", `/mo-hinh/${model.id}/`],
    ["a person's story", `/dien-hinh/${person.id}/`],
    ["a model's handout, with its QR code drawn as inline SVG", `/mo-hinh/${model.id}/in/`],
    ["a person's handout", `/dien-hinh/${person.id}/in/`],
    ["the list of models", "/mo-hinh/"],
    ["the targets dashboard", "/chi-tieu/"],
    ["the 404 page", "/khong-co-trang-nay/"],
  ])("%s (%s) breaks no rule", async (_what, path) => {
    const { page, policy, violations } = await visit(path);
    expect(policy).toBe(expected);
    await page.waitForLoadState("load");
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it(`the search page finds “${word}” with Pagefind, breaking no rule`, async () => {
    const { page, policy, violations } = await visit(`/tim-kiem/?q=${encodeURIComponent(word)}`);
    expect(policy).toBe(expected);
    await page.locator(`.results a[href="/mo-hinh/${model.id}/"]`).waitFor({ timeout: 15_000 });
    expect(await page.locator(".facets select").count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

describe("/admin/ under its own policy", () => {
  /** The CMS with Decap's in-memory backend instead of GitHub, so that the editor opens offline. */
  async function offlineBackend(page: Page): Promise<void> {
    await page.route("**/admin/config.yml*", async (route) => {
      const response = await route.fetch();
      const config = (await response.text())
        .replace(/^backend:\n(?: {2}.*\n)+/m, "backend:\n  name: test-repo\n")
        .replace(/^publish_mode: .*\n/m, "");
      await route.fulfill({ response, body: config });
    });
  }

  it("is not indexed and has the CMS policy, not the public one", async () => {
    const { page, policy, metaPolicy, robots } = await visit("/admin/");
    expect(policy).toBe("frame-ancestors 'none'");
    expect(await metaPolicy()).toMatch(/^default-src 'self'; script-src 'self' 'unsafe-eval';/);
    expect(robots).toBe("noindex, nofollow");
    await page.close();
  });

  it("shows the GitHub login, breaking no rule", async () => {
    const { page, violations } = await visit("/admin/");
    await page.getByRole("button", { name: /GitHub/ }).waitFor({ timeout: 30_000 });
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it("opens the editor of a new model, breaking no rule", async () => {
    const { page, violations } = await visit("/admin/", offlineBackend);
    await page.getByRole("button").first().click();
    await page.goto(`${base}/admin/#/collections/models/new`);
    await page.getByText("Tên mô hình", { exact: false }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: "test-results/admin-editor.png" });
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
