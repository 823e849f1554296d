import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "../support/browser";
import { isPublished, rawEntries } from "../support/entries";

/**
 * Keyboard only, on a phone-sized screen: the skip link, the menu and the search (the header
 * box, the results, the filters) work with Tab, Enter and the arrow keys, and every element
 * that takes focus shows it with at least 3:1 contrast against what is behind it (WCAG 2.4.7
 * and 1.4.11).
 */
const base = inject("baseUrl");
const model = rawEntries("models").filter(isPublished)[0]!;
const title = String(model.data.title);
const word = title
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

async function phonePage(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${base}${path}`);
  return page;
}

/** What has focus, described well enough to find it again. */
interface Focused {
  tag: string;
  href: string | null;
  name: string | null;
  text: string;
  inMain: boolean;
  inNav: boolean;
  inHeader: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      href: element?.getAttribute("href") ?? null,
      name: element?.getAttribute("name") ?? null,
      text: (element?.innerText ?? "").trim(),
      inMain: Boolean(element?.closest("main")),
      inNav: Boolean(element?.closest("header nav")),
      inHeader: Boolean(element?.closest("header")),
    };
  });
}

/** Presses Tab until the focused element matches, at most `limit` times; fails otherwise. */
async function tabTo(page: Page, matches: (element: Focused) => boolean, limit = 60): Promise<Focused> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    if (matches(element)) return element;
  }
  throw new Error(`nothing matching was reached in ${limit} presses of Tab`);
}

/**
 * The best contrast between the focus indicator (outline or box-shadow colour) and the first
 * opaque background behind the element; 0 when there is no indicator at all.
 */
function focusContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    const parse = (color: string): [number, number, number, number] | undefined => {
      const parts = /rgba?\(([^)]+)\)/
        .exec(color)?.[1]
        ?.split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return parts && parts.length >= 3 ? [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1] : undefined;
    };
    const luminance = ([r, g, b]: number[]) => {
      const [lr, lg, lb] = [r, g, b].map((value) => {
        const channel = (value ?? 0) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
    };
    const contrast = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    };
    const element = document.activeElement as HTMLElement;
    let behind: number[] = [255, 255, 255];
    for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color[3] > 0) {
        behind = color.slice(0, 3);
        break;
      }
    }
    const style = getComputedStyle(element);
    const colors: number[][] = [];
    if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) {
      const outline = parse(style.outlineColor);
      if (outline && outline[3] > 0) colors.push(outline.slice(0, 3));
    }
    const shadow = style.boxShadow === "none" ? undefined : parse(style.boxShadow);
    if (shadow && shadow[3] > 0) colors.push(shadow.slice(0, 3));
    return Math.max(0, ...colors.map((color) => contrast(color, behind)));
  });
}

describe("keyboard only, at 360 px", () => {
  it("the first Tab shows the skip link; Enter moves on to the main content", async () => {
    const page = await phonePage("/");
    await page.keyboard.press("Tab");
    const skip = page.locator("a.skip-link");
    expect(await focused(page)).toMatchObject({ tag: "a", href: "#noi-dung", text: "Chuyển đến nội dung chính" });
    const box = await skip.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(await focusContrast(page)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#noi-dung");
    await page.keyboard.press("Tab");
    expect((await focused(page)).inMain).toBe(true);
    await page.close();
  });

  it("every stop of the header shows its focus clearly", async () => {
    const page = await phonePage("/");
    const stops: string[] = [];
    for (let element = await tabTo(page, () => true); !element.inMain; element = await tabTo(page, () => true)) {
      const ratio = await focusContrast(page);
      stops.push(`${element.tag} ${element.href ?? element.name ?? element.text}: ${ratio.toFixed(1)}`);
      expect(ratio, stops.join("\n")).toBeGreaterThanOrEqual(3);
    }
    expect(stops.length).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: "test-results/keyboard-header-360.png" });
    await page.close();
  });

  it("Tab to “Mô hình” in the menu, Enter: the list of models opens", async () => {
    const page = await phonePage("/");
    await tabTo(page, (element) => element.inNav && element.href === "/mo-hinh/");
    await Promise.all([page.waitForURL(`${base}/mo-hinh/`), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").innerText()).toMatch(/Mô hình/);
    await page.close();
  });

  it(`search: type “${word}” in the header box, Enter, Tab to the result, Enter: the story opens`, async () => {
    const page = await phonePage("/");
    await tabTo(page, (element) => element.inHeader && element.name === "q");
    await page.keyboard.type(word);
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.keyboard.press("Enter")]);
    await page.locator(`.results a[href="/mo-hinh/${model.id}/"]`).waitFor({ timeout: 15_000 });
    const result = await tabTo(page, (element) => element.inMain && element.href === `/mo-hinh/${model.id}/`);
    expect(result.text).toBe(title);
    expect(await focusContrast(page)).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: "test-results/keyboard-search-360.png" });
    await Promise.all([page.waitForURL(`${base}/mo-hinh/${model.id}/`), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").innerText()).toBe(title);
    await page.close();
  });

  it("search filters change with the arrow keys, and the results follow", async () => {
    const page = await phonePage(`/tim-kiem/?q=${encodeURIComponent(word)}`);
    await page.locator(".results li").first().waitFor({ timeout: 15_000 });
    // The filters sit in a disclosure: open it from the keyboard first.
    await tabTo(page, (element) => element.tag === "summary" && element.inMain);
    await page.keyboard.press("Enter");
    const select = await tabTo(page, (element) => element.tag === "select" && element.name === "loai");
    expect(select.inMain).toBe(true);
    await page.keyboard.press("ArrowDown");
    const chosen = await page.locator('select[name="loai"]').inputValue();
    expect(chosen).not.toBe("");
    await page.waitForURL((url) => url.searchParams.get("loai") === chosen);
    // The option reads "Mô hình (6)": the kind's name, then how many results it has.
    const option = await page
      .locator('select[name="loai"]')
      .evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? "");
    const label = option.replace(/\s*\(\d+\)\s*$/, "").trim();
    expect(label).not.toBe("");
    // Every result shown is of the chosen kind, and the count says how many there are.
    await expect
      .poll(async () => {
        const kinds = await page.locator(".results .kind").allInnerTexts();
        const status = await page.getByRole("status").innerText();
        return kinds.length > 0 && kinds.every((kind) => kind.startsWith(label)) && status.includes(`${kinds.length}`);
      })
      .toBe(true);
    await page.close();
  });
});
