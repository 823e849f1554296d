import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sliceBetween, tableRows, textOf } from "../support/html";
import { asOfDayIn, campaigns, units, type RawCampaign } from "../support/movement";
import { DIST, TEST_BUILD_DAY } from "./setup";

/**
 * The site as it stands on the day the test build is made for (7/12/2026): every page that
 * names a campaign says where it stands; the dashboard and the home page open on the campaign
 * that ended last, since none runs, and keep every unit of its time; units' pages tell their
 * history both ways. Expectations come from the entry files, not from the site's code.
 */
const read = (...path: string[]) => readFileSync(join(DIST, ...path, "index.html"), "utf8");
const vietnameseDay = (iso: string) => iso.split("-").reverse().join("/");
const stateOf = (c: RawCampaign, day: string) =>
  day < c.startsOn ? "sắp diễn ra" : day <= c.endsOn ? "đang diễn ra" : "đã kết thúc";

const dashboard = read("chi-tieu");
const today = asOfDayIn(textOf(dashboard));
const running = campaigns.filter((c) => stateOf(c, today) === "đang diễn ra");
const lastEnded = campaigns
  .filter((c) => stateOf(c, today) === "đã kết thúc")
  .sort((a, b) => a.endsOn.localeCompare(b.endsOn))
  .at(-1);

describe(`on ${TEST_BUILD_DAY}`, () => {
  it("the site is built for that day, when no campaign runs", () => {
    expect(today).toBe(TEST_BUILD_DAY);
    expect(running).toEqual([]);
    expect(lastEnded).toBeDefined();
  });

  it.each([
    ["/chi-tieu/", dashboard],
    ["/", read()],
  ])("%s says in its first line that the last campaign has ended, and when", (_path, html) => {
    const first = textOf(sliceBetween(html, /<h1[^>]*>/, "</p>"));
    expect(first).toContain("Hiện không có giai đoạn thi đua nào đang diễn ra.");
    expect(first).toContain(`đã kết thúc ngày ${vietnameseDay(lastEnded?.endsOn ?? "")}`);
  });

  it("the home page links to the dashboard of every campaign", () => {
    const home = read();
    for (const campaign of campaigns) expect(home).toContain(`href="/chi-tieu/${campaign.id}/"`);
  });

  it("/chi-tieu/ shows the ended campaign with every unit of its time, none of them as ended", () => {
    const rows = tableRows(dashboard).filter(({ cells }) => /href="\/don-vi\//.test(cells[0] ?? ""));
    const shown = new Set(rows.map(({ cells }) => /href="\/don-vi\/([^/"]+)\//.exec(cells[0] ?? "")?.[1]));
    const ofItsTime = units.filter(
      (u) =>
        lastEnded?.levels.some((l) => l.level === u.level) &&
        (u.validFrom ?? "") <= (lastEnded?.endsOn ?? "") &&
        (u.validTo ?? "9999") >= (lastEnded?.startsOn ?? ""),
    );
    expect(ofItsTime.length).toBeGreaterThan(10);
    for (const unit of ofItsTime) expect(shown.has(unit.id), unit.id).toBe(true);
    expect(rows.filter(({ cells }) => textOf(cells[1] ?? "").includes("đã kết thúc"))).toEqual([]);
    expect(dashboard).not.toContain("Đơn vị đã kết thúc</h2>");
  });

  it.each(campaigns.map((c) => [c.id, c] as const))(
    "/chi-tieu/%s/ and /bao-cao/ say where the campaign stands",
    (id, campaign) => {
      const state = stateOf(campaign, today);
      expect(textOf(read("chi-tieu", id))).toContain(`Giai đoạn ${state}.`);
      expect(textOf(read("bao-cao"))).toContain(`(${state})`);
    },
  );
});

describe("a unit's page shows its history both ways", () => {
  const merged = units.filter((u) => u.successor !== undefined);
  const formed = units.filter((u) => units.some((other) => other.successor === u.id));

  it("the sample units have both (so that the checks below mean something)", () => {
    expect(merged.length).toBeGreaterThan(5);
    expect(formed.some((u) => units.filter((other) => other.successor === u.id).length >= 2)).toBe(true);
  });

  it.each(merged.map((u) => [u.id, u] as const))("/don-vi/%s/ names the unit it merged into, and when", (id, unit) => {
    const html = read("don-vi", id);
    const successor = units.find((u) => u.id === unit.successor);
    expect(html).toContain(`href="/don-vi/${unit.successor ?? ""}/"`);
    expect(textOf(html)).toContain(`hợp nhất vào ${successor?.name ?? ""}`);
  });

  it.each(formed.map((u) => [u.id, u] as const))("/don-vi/%s/ names every unit it was formed from", (id) => {
    const html = read("don-vi", id);
    const section = textOf(sliceBetween(html, /hình thành từ/i, "</dd>"));
    for (const predecessor of units.filter((u) => u.successor === id)) {
      expect(html).toContain(`href="/don-vi/${predecessor.id}/"`);
      expect(section).toContain(predecessor.name);
    }
  });

  it("a unit that ended without successor says so", () => {
    const ended = units.filter((u) => u.validTo !== undefined && u.successor === undefined);
    expect(ended.length).toBeGreaterThan(0);
    for (const unit of ended) expect(textOf(read("don-vi", unit.id))).toContain("Không có đơn vị kế thừa");
  });
});
