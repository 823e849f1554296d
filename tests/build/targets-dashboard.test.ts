import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../support/csv";
import { sliceBetween, tableRows, textOf } from "../support/html";
import {
  asOfDayIn,
  campaigns,
  existed,
  hasNoTargets,
  KINDS,
  lifeIn,
  recognisedWithin,
  resultOf,
  stories,
  targetOf,
  units,
  unpublishedCount,
  type RawCampaign,
  type RawUnit,
  type Target,
  type Counts,
} from "../support/movement";
import { DIST } from "./setup";

/**
 * The bar of the targets dashboard: its numbers equal a hand count. The expected table is
 * computed here from the entry files themselves (YAML front matter read by tests/support, none
 * of the site's code), following the rules as the dashboard states them to its readers, and
 * compared with what `/chi-tieu/<campaign>/` shows and what its CSV holds.
 */

interface HandRow {
  unit: RawUnit;
  target: Target;
  registered: Counts;
  recognised: Counts;
  result: "Đạt" | "Chưa đạt" | "chưa có chỉ tiêu" | "đã kết thúc";
  replicatedModels: number;
  replications: number;
}

/** Whether `campaign` runs on `today`, its first and last days included. */
const runs = (campaign: RawCampaign, today: string) => campaign.startsOn <= today && today <= campaign.endsOn;

/**
 * The dashboard of `campaign` on `today`, by hand. A unit counts if its level takes part in the
 * campaign and it existed on some day of it, and only for the days it existed. While the
 * campaign runs, a unit that ended before today is listed apart as ended; a campaign that has
 * ended keeps every unit of its time. "Đăng ký": the unit's entries of the campaign registered
 * by its end (and while it existed), whatever their status; "Công nhận": those recognised by a
 * decision dated within the campaign and the unit's life. A target not set is unknown: never
 * met, never missed.
 */
function handCount(campaign: RawCampaign, today: string): { rows: HandRow[]; ended: HandRow[] } {
  const rows: HandRow[] = [];
  const ended: HandRow[] = [];
  for (const unit of units) {
    const target = targetOf(campaign, unit.level);
    if (!target || !existed(unit, campaign.startsOn, campaign.endsOn)) continue;
    const life = lifeIn(unit, campaign.startsOn, campaign.endsOn);
    const own = stories.filter(
      (s) =>
        s.unit === unit.id &&
        s.campaign === campaign.id &&
        s.registeredOn <= life.end &&
        (unit.validFrom === undefined || unit.validFrom <= s.registeredOn),
    );
    const registered = { collective: 0, individual: 0 };
    const recognised = { collective: 0, individual: 0 };
    for (const s of own) {
      registered[s.kind] += 1;
      if (recognisedWithin(s, life.start, life.end)) recognised[s.kind] += 1;
    }
    const isEnded = runs(campaign, today) && unit.validTo !== undefined && unit.validTo < today;
    const result = isEnded ? "đã kết thúc" : resultOf(target, recognised);
    // Replications: models of this campaign, of another unit, copying one of this unit's models.
    const ownModelIds = new Set(stories.filter((s) => s.kind === "collective" && s.unit === unit.id).map((s) => s.id));
    const copies = stories.filter(
      (s) =>
        s.kind === "collective" &&
        s.campaign === campaign.id &&
        s.registeredOn <= campaign.endsOn &&
        s.unit !== unit.id &&
        s.replicatedFrom !== undefined &&
        ownModelIds.has(s.replicatedFrom),
    );
    (isEnded ? ended : rows).push({
      unit,
      target,
      registered,
      recognised,
      result,
      replicatedModels: new Set(copies.map((s) => s.replicatedFrom)).size,
      replications: copies.length,
    });
  }
  return { rows, ended };
}

/** What one row of the dashboard's table shows. */
interface ShownRow {
  unit: string;
  result: string;
  /** Per kind: target (null for "–"), registered, recognised. */
  numbers: (number | null)[];
}

/** The leading number of a cell ("1 thiếu 2" → 1), or null for "– chưa có chỉ tiêu". */
function numberIn(cellHtml: string): number | null {
  const text = textOf(cellHtml);
  if (text.startsWith("–")) return null;
  const match = /^\d+/.exec(text);
  if (!match) throw new Error(`no number in the cell “${text}”`);
  return Number(match[0]);
}

/** Rows of the dashboard's unit tables: a first cell that links to a unit page. */
function shownRows(html: string): ShownRow[] {
  return tableRows(html).flatMap(({ cells }) => {
    const unit = /href="\/don-vi\/([^/"]+)\/"/.exec(cells[0] ?? "")?.[1];
    if (!unit) return [];
    return [
      {
        unit,
        result: textOf(cells[1] ?? "").replace(/^[✓✗–]\s*/, ""),
        numbers: cells.slice(2).map(numberIn),
      },
    ];
  });
}

const asOfDay = (html: string) => asOfDayIn(textOf(html));

const expectedNumbers = (row: HandRow) =>
  KINDS.flatMap((kind) => [row.target[kind], row.registered[kind], row.recognised[kind]]);

describe("the sample content exercises the rules", () => {
  it("has a draft or a withdrawn person that must not be counted", () => {
    expect(unpublishedCount).toBeGreaterThan(0);
  });

  it("has an entry recognised by a decision dated outside its campaign", () => {
    const outside = stories.filter((s) => {
      const campaign = campaigns.find((c) => c.id === s.campaign);
      return (
        campaign !== undefined && s.status === "recognised" && !recognisedWithin(s, campaign.startsOn, campaign.endsOn)
      );
    });
    expect(outside.length).toBeGreaterThan(0);
  });

  it("has a replicated model and a campaign without targets", () => {
    expect(stories.some((s) => s.replicatedFrom !== undefined)).toBe(true);
    expect(campaigns.filter(hasNoTargets).length).toBeGreaterThan(0);
  });

  it("has a unit that began or ended within a campaign, so that counting only its days matters", () => {
    const clipped = campaigns.some((c) =>
      units.some(
        (u) => existed(u, c.startsOn, c.endsOn) && (u.validFrom ?? "") > c.startsOn && (u.validFrom ?? "") <= c.endsOn,
      ),
    );
    expect(clipped).toBe(true);
  });
});

describe.each(campaigns.map((c) => [c.id, c] as const))("/chi-tieu/%s/", (id, campaign) => {
  const page = join(DIST, "chi-tieu", id, "index.html");
  const html = existsSync(page) ? readFileSync(page, "utf8") : "";
  const today = html ? asOfDay(html) : "";
  const expected = handCount(campaign, today);
  const shown = shownRows(html);
  const byUnit = new Map(shown.map((row) => [row.unit, row]));

  it("is built and says which day its numbers are for", () => {
    expect(html).not.toBe("");
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("lists exactly the units of the hand count, ended ones after the others", () => {
    expect(shown.map((row) => row.unit)).toEqual(
      expect.arrayContaining([...expected.rows, ...expected.ended].map((row) => row.unit.id)),
    );
    expect(shown.length).toBe(expected.rows.length + expected.ended.length);
    const endedShown = shown.filter((row) => row.result === "đã kết thúc").map((row) => row.unit);
    expect(endedShown.sort()).toEqual(expected.ended.map((row) => row.unit.id).sort());
  });

  it.each([
    ...expected.rows.map((row) => [row.unit.id, row] as const),
    ...expected.ended.map((row) => [row.unit.id, row] as const),
  ])("%s: target, registered, recognised per kind and result equal the hand count", (unitId, row) => {
    expect(byUnit.get(unitId)?.numbers).toEqual(expectedNumbers(row));
    expect(byUnit.get(unitId)?.result).toBe(row.result);
  });

  it("totals row: the sums of registered and recognised over the units counted", () => {
    const totals = tableRows(html).find(({ cells }) => textOf(cells[0] ?? "") === "Tổng cộng");
    const sum = (pick: (row: HandRow) => number) => expected.rows.reduce((n, row) => n + pick(row), 0);
    const shownTotals = (totals?.cells ?? []).slice(2).map((cell) => textOf(cell));
    expect(shownTotals).toEqual(
      KINDS.flatMap((kind) => ["", String(sum((r) => r.registered[kind])), String(sum((r) => r.recognised[kind]))]),
    );
  });

  it("per level: how many units meet their targets out of how many", () => {
    const text = textOf(sliceBetween(html, /<h2[^>]*>Tóm tắt theo cấp/, "</ul>"));
    const labels: Record<string, string> = {
      tinh: "Cấp tỉnh",
      huyen: "Cấp huyện, thành phố",
      khoi: "Khối cơ quan tỉnh",
      xa: "Cấp xã, phường, thị trấn",
    };
    for (const { level } of campaign.levels) {
      const label = labels[level] ?? level;
      const ofLevel = expected.rows.filter((row) => row.unit.level === level);
      if (ofLevel.length === 0) {
        expect(text).not.toContain(`${label}:`);
        continue;
      }
      const withTarget = ofLevel.filter((row) => row.result !== "chưa có chỉ tiêu");
      const meeting = ofLevel.filter((row) => row.result === "Đạt");
      expect(text).toContain(
        withTarget.length > 0
          ? `${label}: ${meeting.length}/${withTarget.length} đơn vị đạt chỉ tiêu`
          : `${label}: ${ofLevel.length} đơn vị, chưa có chỉ tiêu`,
      );
    }
  });

  it("names every unit behind target, and no other, in the list of units behind", () => {
    const behind = expected.rows.filter((row) => row.result === "Chưa đạt").map((row) => row.unit.id);
    const list = sliceBetween(html, /<ul class="behind"/, "</ul>");
    const listed = [...list.matchAll(/href="\/don-vi\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(behind.sort());
  });

  it("shows the replication counts of every unit whose models were replicated", () => {
    const replicated = [...expected.rows, ...expected.ended].filter((row) => row.replications > 0);
    const section = textOf(sliceBetween(html, /<h3[^>]*>Mô hình được nhân rộng/, "</ul>"));
    for (const row of replicated) {
      expect(section).toContain(
        `${row.unit.shortName}: ${row.replicatedModels} mô hình, ${row.replications} nơi nhân rộng`,
      );
    }
    expect(section.match(/nơi nhân rộng/g)?.length ?? 0).toBe(replicated.length);
  });

  describe(`/chi-tieu/${id}.csv`, () => {
    const file = join(DIST, "chi-tieu", `${id}.csv`);
    const csv = existsSync(file) ? parseCsv(readFileSync(file, "utf8")) : [];
    const [header = [], ...body] = csv;
    const byId = new Map(body.map((row) => [row[0], row]));
    const cell = (value: number | null) => (value === null ? "" : String(value));

    it("has the header and one row per unit of the hand count", () => {
      expect(header.slice(0, 2)).toEqual(["Mã đơn vị", "Đơn vị"]);
      expect(header.at(-3)).toBe("Kết quả");
      expect(body.map((row) => row[0]).sort()).toEqual(
        [...expected.rows, ...expected.ended].map((row) => row.unit.id).sort(),
      );
    });

    it.each([
      ...expected.rows.map((row) => [row.unit.id, row] as const),
      ...expected.ended.map((row) => [row.unit.id, row] as const),
    ])("%s: the same numbers as the hand count, replications included", (unitId, row) => {
      expect(byId.get(unitId)?.slice(4)).toEqual([
        ...expectedNumbers(row).map(cell),
        row.result,
        String(row.replicatedModels),
        String(row.replications),
      ]);
    });
  });
});

describe("/chi-tieu/ opens on the campaign running today, or else on the one that ended last", () => {
  const index = readFileSync(join(DIST, "chi-tieu", "index.html"), "utf8");
  const today = asOfDay(index);
  const running = campaigns.filter((c) => runs(c, today)).at(-1);
  const lastEnded = [...campaigns]
    .filter((c) => c.endsOn < today)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn))
    .at(-1);
  const shown = running ?? lastEnded ?? campaigns[0];

  it("shows the same table as that campaign's own page", () => {
    expect(shown).toBeDefined();
    const own = readFileSync(join(DIST, "chi-tieu", shown?.id ?? "", "index.html"), "utf8");
    expect(shownRows(index)).toEqual(shownRows(own));
  });

  it("says in its first line whether that campaign runs or has ended", () => {
    const lede = textOf(sliceBetween(index, /<h1[^>]*>/, "</p>"));
    expect(lede).toContain(running ? "đang diễn ra" : "Hiện không có giai đoạn thi đua nào đang diễn ra");
  });

  it("links to every other campaign, each with where it stands", () => {
    const nav = textOf(sliceBetween(index, /<nav class="campaign-nav"/, "</nav>"));
    for (const campaign of campaigns) {
      const state = runs(campaign, today) ? "đang diễn ra" : campaign.endsOn < today ? "đã kết thúc" : "sắp diễn ra";
      expect(index).toContain(`href="/chi-tieu/${campaign.id}/"`);
      expect(nav).toMatch(new RegExp(`${campaign.id.replace("-", "–")} \\(${state}\\)`));
    }
  });
});

describe("a campaign without targets renders none", () => {
  describe.each(campaigns.filter(hasNoTargets).map((c) => [c.id] as const))("/chi-tieu/%s/", (id) => {
    const html = readFileSync(join(DIST, "chi-tieu", id, "index.html"), "utf8");
    const text = textOf(html);
    const rows = shownRows(html);

    it("says “chưa có chỉ tiêu” and leaves every target cell empty", () => {
      expect(text).toContain("Chưa có chỉ tiêu.");
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect([row.numbers[0], row.numbers[3]]).toEqual([null, null]);
        expect(["chưa có chỉ tiêu", "đã kết thúc"]).toContain(row.result);
      }
    });

    it("judges no unit met or behind, and draws no bars against invented targets", () => {
      expect(rows.some((row) => row.result === "Đạt" || row.result === "Chưa đạt")).toBe(false);
      expect(html).not.toContain('class="behind"');
      expect(html).not.toMatch(/<figure class="targets-chart/);
      expect(text).not.toMatch(/\d+\/\d+ đơn vị đạt chỉ tiêu/);
    });

    it("its CSV has empty target cells, never a zero", () => {
      const [header = [], ...body] = parseCsv(readFileSync(join(DIST, "chi-tieu", `${id}.csv`), "utf8"));
      const targetColumns = header.flatMap((name, i) => (name.endsWith("– Chỉ tiêu") ? [i] : []));
      expect(targetColumns.length).toBe(2);
      for (const row of body) expect(targetColumns.map((i) => row[i])).toEqual(["", ""]);
    });
  });
});
