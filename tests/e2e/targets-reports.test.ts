import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { campaigns, hasNoTargets, stories, units } from "../support/movement";

/**
 * The dashboard, a district's report, a unit page and a story's status history on a 360 px
 * phone, without JavaScript: what a reader sees, and that nothing makes the page itself
 * scroll sideways (wide tables scroll inside their own box).
 */

const base = inject("baseUrl");
const withTargets = campaigns.find((c) => !hasNoTargets(c));
const withoutTargets = campaigns.find(hasNoTargets);
const district = units.find((u) => u.level === "huyen" && stories.some((s) => s.unit === u.id));
const awarded = stories.find((s) => s.kind === "collective" && s.status === "recognised" && s.awards.length > 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openOnPhone(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  const response = await page.goto(`${base}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function expectPhoneFriendly(page: Page, screenshot: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // JSON-LD is data for search engines, not code: the page runs no script.
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  await page.screenshot({ path: `test-results/${screenshot}`, fullPage: true });
}

describe("on a 360 px phone", () => {
  it("the sample content has what these checks need", () => {
    expect([withTargets, withoutTargets, district, awarded].every(Boolean)).toBe(true);
  });

  it("the dashboard of a campaign with targets: chart, units behind, table and CSV", async () => {
    const page = await openOnPhone(`/chi-tieu/${withTargets?.id}/`);
    const chart = page.getByRole("img", { name: "Biểu đồ số được công nhận so với chỉ tiêu" });
    expect(await chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    expect(await page.getByRole("heading", { name: "Đơn vị chưa đạt chỉ tiêu" }).isVisible()).toBe(true);
    const table = page.getByRole("region", { name: /Chỉ tiêu, số đăng ký và số được công nhận/ });
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(5);
    const csv = await page.request.get(
      await page.getByRole("link", { name: "Tải bảng chỉ tiêu (CSV)" }).evaluate((a: HTMLAnchorElement) => a.href),
    );
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Mã đơn vị");
    expect(await page.getByRole("heading", { name: "Các mốc của giai đoạn" }).isVisible()).toBe(true);
    await expectPhoneFriendly(page, "chi-tieu-360.png");
    await page.close();
  });

  it("the dashboard of a campaign without targets says so and draws no chart", async () => {
    const page = await openOnPhone(`/chi-tieu/${withoutTargets?.id}/`);
    expect(await page.getByText("Chưa có chỉ tiêu.").isVisible()).toBe(true);
    expect(await page.locator("figure.targets-chart").count()).toBe(0);
    const results = await page.locator("td.result").allInnerTexts();
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((text) => /Đạt|đạt/.test(text))).toEqual([]);
    await expectPhoneFriendly(page, "chi-tieu-khong-chi-tieu-360.png");
    await page.close();
  });

  it("a district's yearly report reads as a document, with its CSV and the province's report", async () => {
    const path = `/bao-cao/${withTargets?.id}/${withTargets?.endsOn.slice(0, 4)}-ca-nam/${district?.id}/`;
    const page = await openOnPhone(path);
    expect(await page.locator("h1").innerText()).toContain(district?.name);
    expect(await page.getByText(/Số liệu tính đến ngày \d+ tháng \d+ năm \d{4}/).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Tải số liệu theo đơn vị (CSV)" }).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Báo cáo toàn tỉnh cùng kỳ" }).isVisible()).toBe(true);
    // The letterhead is for paper only.
    expect(await page.locator(".letterhead").isVisible()).toBe(false);
    await expectPhoneFriendly(page, "bao-cao-don-vi-360.png");
    await page.close();
  });

  it("a district's page lists its progress and its periodic reports", async () => {
    const page = await openOnPhone(`/don-vi/${district?.id}/`);
    expect(await page.getByRole("heading", { name: "Tiến độ chỉ tiêu qua các giai đoạn" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Báo cáo định kỳ của đơn vị" }).isVisible()).toBe(true);
    const reportLinks = page.locator(`a[href^="/bao-cao/"][href$="/${district?.id}/"]`);
    expect(await reportLinks.count()).toBeGreaterThan(5);
    await expectPhoneFriendly(page, "don-vi-360.png");
    await page.close();
  });

  it("a model's page tells its history: registered, recognised by decision, awarded", async () => {
    const page = await openOnPhone(`/mo-hinh/${awarded?.id}/`);
    const history = page.getByRole("region", { name: "Quá trình đăng ký, công nhận, khen thưởng" });
    expect(await history.isVisible()).toBe(true);
    const text = await history.innerText();
    expect(text).toContain(`quyết định số ${awarded?.recognition?.decisionNumber}`);
    expect(await history.locator("li").count()).toBe(2 + (awarded?.awards.length ?? 0));
    await expectPhoneFriendly(page, "mo-hinh-lich-su-360.png");
    await page.close();
  });
});
