import { describe, expect, it } from "vitest";
import { periodState } from "./campaigns";
import { todayInVietnam } from "./dates";
import {
  periodReport,
  periodTitle,
  periodsOf,
  reportablePeriods,
  reportEntries,
  reportFieldRows,
  reportingUnitOf,
  reportingProvince,
  reportingUnits,
  reportTableRows,
  scopeUnitIds,
  type Period,
  type ReportEntry,
} from "./reports";
import type { CampaignInput, UnitInput } from "./targets";

const campaign: CampaignInput = {
  id: "2016-2020",
  title: "Giai đoạn 2016–2020",
  startsOn: "2016-08-12",
  endsOn: "2020-12-31",
  levels: [
    { level: "tinh", collective: 2, individual: 2 },
    { level: "huyen", collective: 3, individual: 3 },
    { level: "khoi", collective: 3, individual: 3 },
    { level: "xa", collective: 1, individual: 1 },
  ],
};

function unit(id: string, level: UnitInput["level"], extra: Partial<UnitInput> = {}): UnitInput {
  return { id, name: `Hội CCB ${id}`, shortName: id, level, validFrom: "1990-01-01", order: 100, ...extra };
}

const units: UnitInput[] = [
  unit("tinh", "tinh", { order: 0 }),
  unit("gia-vien", "huyen", { parent: "tinh", order: 40 }),
  unit("nho-quan", "huyen", { parent: "tinh", order: 30 }),
  unit("khoi", "khoi", { parent: "tinh", order: 90 }),
  unit("xa-gia-sinh", "xa", { parent: "gia-vien" }),
  unit("xa-gia-hoa", "xa", { parent: "gia-vien", validTo: "2017-12-31" }),
];

let seq = 0;
function entry(unitId: string, kind: ReportEntry["kind"], extra: Partial<ReportEntry> = {}): ReportEntry {
  seq += 1;
  return {
    id: `e${seq}`,
    kind,
    title: `Mục ${seq}`,
    unit: unitId,
    campaign: "2016-2020",
    field: "kinh-te",
    status: "registered",
    registeredOn: "2016-10-01",
    awards: [],
    ...extra,
  };
}

const recognisedOn = (date: string, decisionNumber = "1/QĐ-CCB") => ({
  status: "recognised" as const,
  recognition: { decisionNumber, date, by: "tinh" },
});

function period(id: string): Period {
  const found = periodsOf(campaign).find((p) => p.id === id);
  if (!found) throw new Error(`no period ${id}`);
  return found;
}

describe("periodsOf", () => {
  it("2016–2020 starts in August: no first half of 2016, a clipped year 2016", () => {
    expect(periodsOf(campaign).map((p) => p.id)).toEqual([
      "2016-ca-nam",
      "2017-6-thang",
      "2017-ca-nam",
      "2018-6-thang",
      "2018-ca-nam",
      "2019-6-thang",
      "2019-ca-nam",
      "2020-6-thang",
      "2020-ca-nam",
    ]);
  });

  it.each([
    ["2016-ca-nam", "2016-08-12", "2016-12-31", true],
    ["2018-6-thang", "2018-01-01", "2018-06-30", false],
    ["2018-ca-nam", "2018-01-01", "2018-12-31", false],
    ["2020-ca-nam", "2020-01-01", "2020-12-31", false],
  ])("%s runs %s..%s (clipped: %s)", (id, start, end, clipped) => {
    expect(period(id)).toMatchObject({ start, end, clipped });
  });

  it.each([
    // campaign dates, expected periods as id:start..end
    [["2021-01-01", "2025-12-31"], 10, "2021-6-thang:2021-01-01..2021-06-30", "2025-ca-nam:2025-01-01..2025-12-31"],
    [["2016-06-30", "2017-07-01"], 4, "2016-6-thang:2016-06-30..2016-06-30", "2017-ca-nam:2017-01-01..2017-07-01"],
    [["2016-07-01", "2017-06-30"], 3, "2016-ca-nam:2016-07-01..2016-12-31", "2017-ca-nam:2017-01-01..2017-06-30"],
  ] as const)("campaign %j has %s periods, from %s to %s", ([startsOn, endsOn], count, first, last) => {
    const periods = periodsOf({ startsOn, endsOn }).map((p) => `${p.id}:${p.start}..${p.end}`);
    expect(periods).toHaveLength(count);
    expect(periods[0]).toBe(first);
    expect(periods.at(-1)).toBe(last);
  });
});

describe("the half-year boundary: 30/6 in the first half, 1/7 in the second", () => {
  const entries = (date: string) => [entry("gia-vien", "collective", { registeredOn: date, ...recognisedOn(date) })];

  it.each([
    ["2017-12-31", "2018-6-thang", 0],
    ["2018-01-01", "2018-6-thang", 1],
    ["2018-06-30", "2018-6-thang", 1],
    ["2018-07-01", "2018-6-thang", 0],
    ["2018-07-01", "2018-ca-nam", 1],
    ["2018-12-31", "2018-ca-nam", 1],
    ["2019-01-01", "2018-ca-nam", 0],
  ])("an entry registered and recognised on %s counts %s → %s", (date, id, expected) => {
    const report = periodReport(campaign, period(id), units, entries(date));
    expect(report.totals.registered.collective).toBe(expected);
    expect(report.totals.recognised.collective).toBe(expected);
  });

  it.each([
    // the instant (UTC), the Vietnamese day, the state of the first half of 2018
    ["2018-06-30T16:59:59Z", "2018-06-30", "ongoing"],
    ["2018-06-30T17:00:00Z", "2018-07-01", "closed"],
    ["2017-12-31T16:59:59Z", "2017-12-31", "upcoming"],
    ["2017-12-31T17:00:00Z", "2018-01-01", "ongoing"],
  ])("at %s it is %s in Vietnam: the six-month period is %s", (instant, day, state) => {
    const today = todayInVietnam(new Date(instant));
    expect(today).toBe(day);
    expect(periodState(period("2018-6-thang"), today)).toBe(state);
  });

  it("only periods begun by today can be reported", () => {
    expect(reportablePeriods(campaign, "2017-06-30").map((p) => p.id)).toEqual([
      "2016-ca-nam",
      "2017-6-thang",
      "2017-ca-nam",
    ]);
  });
});

describe("periodReport over the province", () => {
  const entries: ReportEntry[] = [
    entry("tinh", "collective", {
      title: "Tỉnh A",
      field: "he-thong-chinh-tri",
      registeredOn: "2016-09-01",
      ...recognisedOn("2017-05-19", "5/QĐ-CCB"),
    }),
    entry("gia-vien", "collective", {
      title: "Gia Viễn A",
      registeredOn: "2017-02-01",
      ...recognisedOn("2018-06-30", "12/QĐ-CCB"),
    }),
    entry("gia-vien", "individual", {
      title: "Ông Bảy",
      field: "van-hoa-xa-hoi",
      registeredOn: "2018-03-01",
      ...recognisedOn("2018-07-01", "20/QĐ-CCB"),
      awards: [{ title: "Giấy khen", date: "2018-10-15", by: "tinh", occasion: "so-ket" }],
    }),
    entry("xa-gia-sinh", "collective", {
      title: "Gia Sinh A",
      field: "quoc-phong-an-ninh",
      registeredOn: "2018-04-10",
      ...recognisedOn("2018-05-01", "3/QĐ-CCB"),
    }),
    entry("nho-quan", "individual", { title: "Bà Tư", registeredOn: "2018-05-05", status: "building" }),
    // Recognised outside the campaign: not a recognition of 2020, and not of the campaign.
    entry("nho-quan", "collective", {
      title: "Nho Quan muộn",
      registeredOn: "2019-01-05",
      ...recognisedOn("2021-02-01"),
    }),
    // An entry of an earlier campaign awarded in 2018: its award still belongs to 2018.
    entry("khoi", "collective", {
      title: "Khối cũ",
      campaign: "2011-2015",
      registeredOn: "2014-01-01",
      ...recognisedOn("2015-01-01"),
      awards: [{ title: "Bằng khen", date: "2018-06-01", by: "tinh", occasion: "khac" }],
    }),
  ];

  const firstHalf = periodReport(campaign, period("2018-6-thang"), units, entries);
  const year = periodReport(campaign, period("2018-ca-nam"), units, entries);

  it.each([
    // report, registered c/i, recognised c/i
    ["6 tháng 2018", firstHalf, [1, 2], [2, 0]],
    ["năm 2018", year, [1, 2], [2, 1]],
  ] as const)("%s: new registrations %j, new recognitions %j", (_, report, registered, recognised) => {
    expect([report.totals.registered.collective, report.totals.registered.individual]).toEqual(registered);
    expect([report.totals.recognised.collective, report.totals.recognised.individual]).toEqual(recognised);
  });

  it.each([
    ["kinh-te", { collective: 0, individual: 1 }, { collective: 1, individual: 0 }],
    ["van-hoa-xa-hoi", { collective: 0, individual: 1 }, { collective: 0, individual: 1 }],
    ["quoc-phong-an-ninh", { collective: 1, individual: 0 }, { collective: 1, individual: 0 }],
    ["he-thong-chinh-tri", { collective: 0, individual: 0 }, { collective: 0, individual: 0 }],
  ])("by field, năm 2018, %s", (field, registered, recognised) => {
    expect(year.byField.find((row) => row.field === field)).toEqual({ field, registered, recognised });
  });

  it("by unit: the province and its district-level units, communes rolled up into their district", () => {
    expect(year.byUnit.map((row) => [row.unit.id, row.registered, row.recognised])).toEqual([
      ["tinh", { collective: 0, individual: 0 }, { collective: 0, individual: 0 }],
      ["nho-quan", { collective: 0, individual: 1 }, { collective: 0, individual: 0 }],
      ["gia-vien", { collective: 1, individual: 1 }, { collective: 2, individual: 1 }],
      ["khoi", { collective: 0, individual: 0 }, { collective: 0, individual: 0 }],
    ]);
  });

  it("per unit: every unit that existed in the period, with the group it rolls up into", () => {
    expect(year.perUnit.map((row) => [row.unit.id, row.group])).toEqual([
      ["tinh", "tinh"],
      ["nho-quan", "nho-quan"],
      ["gia-vien", "gia-vien"],
      ["xa-gia-sinh", "gia-vien"],
      ["khoi", "khoi"],
    ]);
  });

  it("a commune that ended before the period is not in it, but is in 2017", () => {
    expect(year.perUnit.some((row) => row.unit.id === "xa-gia-hoa")).toBe(false);
    const y2017 = periodReport(campaign, period("2017-ca-nam"), units, entries);
    expect(y2017.perUnit.some((row) => row.unit.id === "xa-gia-hoa")).toBe(true);
  });

  it.each([
    // report, unit, cumulative recognised c/i at the period's end, meets
    ["6 tháng 2018", firstHalf, "tinh", [1, 0], false],
    ["6 tháng 2018", firstHalf, "gia-vien", [1, 0], false],
    ["năm 2018", year, "gia-vien", [1, 1], false],
    ["năm 2018", year, "xa-gia-sinh", [1, 0], false],
  ] as const)("cumulative at the end of %s, %s: %j, meets %s", (_, report, id, recognised, meets) => {
    const row = report.cumulative.rows.find((r) => r.unit.id === id);
    expect([row?.recognised.collective, row?.recognised.individual]).toEqual(recognised);
    expect(row?.meets.all).toBe(meets);
    expect(report.cumulative.asOf).toBe(report.period.end);
  });

  it("lists the entries recognised in the period by date, with their decisions", () => {
    expect(firstHalf.recognised.map((r) => [r.title, r.unit, r.decisionNumber, r.date])).toEqual([
      ["Gia Sinh A", "xa-gia-sinh", "3/QĐ-CCB", "2018-05-01"],
      ["Gia Viễn A", "gia-vien", "12/QĐ-CCB", "2018-06-30"],
    ]);
    expect(year.recognised.map((r) => r.title)).toEqual(["Gia Sinh A", "Gia Viễn A", "Ông Bảy"]);
  });

  it("a recognition dated after the campaign is in no period of it", () => {
    const all = periodsOf(campaign).flatMap((p) => periodReport(campaign, p, units, entries).recognised);
    expect(all.some((r) => r.title === "Nho Quan muộn")).toBe(false);
    const sum = periodsOf(campaign)
      .filter((p) => p.kind === "year")
      .reduce((n, p) => n + periodReport(campaign, p, units, entries).totals.recognised.collective, 0);
    expect(sum).toBe(3);
  });

  it.each([
    ["6 tháng 2018", firstHalf, ["Khối cũ: Bằng khen"]],
    ["năm 2018", year, ["Khối cũ: Bằng khen", "Ông Bảy: Giấy khen"]],
  ] as const)("awards given in %s", (_, report, expected) => {
    expect(report.awards.map((a) => `${a.entryTitle}: ${a.title}`)).toEqual(expected);
  });

  describe("over one district", () => {
    const district = periodReport(campaign, period("2018-ca-nam"), units, entries, "gia-vien");

    it("covers the district and its communes only", () => {
      expect(district.scope?.id).toBe("gia-vien");
      expect(district.totals.recognised).toEqual({ collective: 2, individual: 1 });
      expect(district.byUnit.map((row) => row.unit.id)).toEqual(["gia-vien", "xa-gia-sinh"]);
      expect(district.cumulative.rows.map((row) => row.unit.id)).toEqual(["gia-vien", "xa-gia-sinh"]);
      expect(district.awards.map((a) => a.entryTitle)).toEqual(["Ông Bảy"]);
    });
  });
});

describe("scopes and roll-up", () => {
  const byId = new Map(units.map((u) => [u.id, u]));

  it.each([
    [undefined, "xa-gia-sinh", "gia-vien"],
    [undefined, "gia-vien", "gia-vien"],
    [undefined, "tinh", "tinh"],
    ["gia-vien", "xa-gia-sinh", "xa-gia-sinh"],
    ["gia-vien", "gia-vien", "gia-vien"],
  ])("scope %s: %s rolls up into %s", (scope, id, expected) => {
    expect(reportingUnitOf(id, byId, scopeUnitIds(units, scope))).toBe(expected);
  });
});

describe("reportEntries: what a report may count", () => {
  const story = (extra: Record<string, unknown> = {}) => ({
    unit: "tinh",
    campaign: "2016-2020",
    field: "kinh-te" as const,
    status: "registered" as const,
    registeredOn: "2016-10-01",
    awards: [],
    draft: false,
    ...extra,
  });
  const consent = (extra: Record<string, unknown> = {}) => ({
    name: true,
    photo: false,
    birthYear: false,
    story: true,
    signedOn: "2017-01-01",
    formKeptAt: "Văn phòng Hội CCB tỉnh",
    withdrawn: false,
    ...extra,
  });

  it.each([
    // what, kind, entry data, counted
    ["a published model", "model", story({ title: "Mô hình A" }), true],
    ["a draft model", "model", story({ title: "Mô hình nháp", draft: true }), false],
    ["a person with consent", "person", story({ name: "Ông Bảy", consent: consent() }), true],
    ["a draft person", "person", story({ name: "Ông Nháp", draft: true, consent: consent() }), false],
    [
      "a person who withdrew consent",
      "person",
      story({ name: "Bà Rút", consent: consent({ withdrawn: true, withdrawnOn: "2021-05-10" }) }),
      false,
    ],
    [
      "a person who did not agree to the name",
      "person",
      story({ name: "Bà Kín", consent: consent({ name: false }) }),
      false,
    ],
  ] as const)("%s → counted: %s", (_, kind, data, counted) => {
    const entry = { id: "x", data } as never;
    const entries = kind === "model" ? reportEntries([entry], []) : reportEntries([], [entry]);
    expect(entries.length).toBe(counted ? 1 : 0);
    if (counted) {
      expect(entries[0]).toMatchObject({
        id: "x",
        kind: kind === "model" ? "collective" : "individual",
        title: kind === "model" ? "Mô hình A" : "Ông Bảy",
        awards: [],
      });
    }
  });

  it("a withdrawn person and a draft model are in no report, whatever list is passed in", () => {
    const recognised = {
      status: "recognised",
      recognition: { decisionNumber: "9/QĐ", date: "2018-03-01", by: "tinh" },
    };
    const entries = reportEntries(
      [{ id: "m", data: story({ title: "Mô hình nháp", draft: true, ...recognised }) } as never],
      [
        {
          id: "p",
          data: story({
            name: "Bà Rút",
            consent: consent({ withdrawn: true, withdrawnOn: "2021-05-10" }),
            ...recognised,
          }),
        } as never,
      ],
    );
    const report = periodReport(campaign, period("2018-ca-nam"), units, entries);
    expect(report.totals).toEqual({
      registered: { collective: 0, individual: 0 },
      recognised: { collective: 0, individual: 0 },
    });
    expect(report.recognised).toEqual([]);
  });
});

describe("the reporting line of each period (the 2025 reorganisation)", () => {
  const reorganised: UnitInput[] = [
    unit("tinh", "tinh", { order: 0, validTo: "2025-06-30", successor: "tinh-moi" }),
    unit("tinh-moi", "tinh", { order: 1, validFrom: "2025-07-01" }),
    unit("huyen-a", "huyen", { parent: "tinh", order: 20, validTo: "2024-12-31", successor: "tp-moi" }),
    unit("tp-moi", "huyen", { parent: "tinh", order: 25, validFrom: "2025-01-01", validTo: "2025-06-30" }),
    unit("nho-quan", "huyen", { parent: "tinh", order: 30, validTo: "2025-06-30" }),
    unit("khoi", "khoi", { parent: "tinh", order: 90, validTo: "2025-06-30" }),
    unit("xa-cuc-phuong", "xa", { parent: "nho-quan", validTo: "2025-06-30", successor: "xa-moi" }),
    unit("xa-ninh-hai", "xa", {
      parent: "huyen-a",
      parentChanges: [{ on: "2025-01-01", parent: "tp-moi" }],
      validTo: "2025-06-30",
    }),
    unit("xa-moi", "xa", { parent: "tinh-moi", validFrom: "2025-07-01" }),
  ];
  const span = (start: string, end: string) => ({ start, end });
  const campaign2021: CampaignInput = {
    ...campaign,
    id: "2021-2025",
    startsOn: "2021-01-01",
    endsOn: "2025-12-31",
  };
  const period2025 = (id: string) => periodsOf(campaign2021).find((p) => p.id === id) as Period;

  it.each([
    // period, units that report to the province, in tree order
    ["first half of 2018", span("2018-01-01", "2018-06-30"), ["huyen-a", "nho-quan", "khoi"]],
    ["the year 2024", span("2024-01-01", "2024-12-31"), ["huyen-a", "nho-quan", "khoi"]],
    ["first half of 2025: the last of the districts", span("2025-01-01", "2025-06-30"), ["tp-moi", "nho-quan", "khoi"]],
    ["the year 2025: communes report directly", span("2025-01-01", "2025-12-31"), ["xa-moi"]],
    ["the year 2026", span("2026-01-01", "2026-12-31"), ["xa-moi"]],
  ])("%s: %j", (_, p, expected) => {
    expect(reportingUnits(reorganised, p).map((u) => u.id)).toEqual(expected);
  });

  it("a province never reports to itself, and a commune under a district never reports directly", () => {
    const all = ["2018", "2024", "2025"].flatMap((year) =>
      reportingUnits(reorganised, span(`${year}-01-01`, `${year}-06-30`)).map((u) => u.id),
    );
    expect(all).not.toContain("tinh");
    expect(all).not.toContain("xa-cuc-phuong");
    expect(all).not.toContain("xa-ninh-hai");
  });

  it.each([
    ["2025-6-thang", "tinh"],
    ["2025-ca-nam", "tinh-moi"],
    ["2021-ca-nam", "tinh"],
  ])("the province report of %s is filed by %s", (id, province) => {
    expect(reportingProvince(reorganised, period2025(id))?.id).toBe(province);
  });

  const entries = [
    entry("xa-cuc-phuong", "collective", { campaign: "2021-2025", registeredOn: "2025-03-01" }),
    entry("xa-ninh-hai", "collective", { campaign: "2021-2025", registeredOn: "2024-05-01" }),
    entry("xa-ninh-hai", "individual", { campaign: "2021-2025", registeredOn: "2025-05-01" }),
    entry("xa-moi", "collective", { campaign: "2021-2025", registeredOn: "2025-09-01" }),
  ];
  const byUnit = (id: string, scope?: string) =>
    Object.fromEntries(
      periodReport(campaign2021, period2025(id), reorganised, entries, scope).byUnit.map((row) => [
        row.unit.id,
        row.registered.collective + row.registered.individual,
      ]),
    );

  it("the year 2024: communes roll up into the district they sat under that year", () => {
    expect(byUnit("2024-ca-nam")).toMatchObject({ "huyen-a": 1, "nho-quan": 0 });
  });

  it("the first half of 2025: the commune moved to the new city rolls up there", () => {
    expect(byUnit("2025-6-thang")).toMatchObject({ "tp-moi": 1, "nho-quan": 1 });
  });

  it("the year 2025: the districts' half-year and the new commune on its own", () => {
    expect(byUnit("2025-ca-nam")).toMatchObject({ "tp-moi": 1, "nho-quan": 1, "xa-moi": 1 });
  });

  it.each([
    ["2024-ca-nam", "huyen-a", ["huyen-a", "xa-ninh-hai"]],
    ["2025-6-thang", "tp-moi", ["tp-moi", "xa-ninh-hai"]],
    ["2025-6-thang", "huyen-a", []],
  ])("%s, the report of %s covers %j", (id, scope, covered) => {
    expect(
      periodReport(campaign2021, period2025(id), reorganised, entries, scope).perUnit.map((r) => r.unit.id),
    ).toEqual(covered);
  });
});

describe("titles and CSV of a report", () => {
  it.each([
    ["2018-6-thang", "6 tháng đầu năm 2018"],
    ["2018-ca-nam", "Năm 2018"],
  ])("%s is titled %s", (id, title) => {
    expect(periodTitle(period(id))).toBe(title);
  });

  it("has one row per unit with new, cumulative and target figures", () => {
    const entries = [
      entry("xa-gia-sinh", "collective", { registeredOn: "2017-03-01", ...recognisedOn("2017-10-15") }),
      entry("xa-gia-sinh", "individual", { registeredOn: "2018-03-01", ...recognisedOn("2018-10-15") }),
    ];
    const rows = reportTableRows(periodReport(campaign, period("2018-ca-nam"), units, entries), (id) => `[${id}]`);
    expect(rows[0]).toHaveLength(13);
    expect(rows[0]?.slice(0, 5)).toEqual(["Mã đơn vị", "Đơn vị", "Cấp", "Thuộc", "Đăng ký mới – Mô hình tập thể"]);
    expect(rows.find((r) => r[0] === "xa-gia-sinh")).toEqual([
      "xa-gia-sinh",
      "Hội CCB xa-gia-sinh",
      "Cấp xã, phường, thị trấn",
      "[gia-vien]",
      0,
      1,
      0,
      1,
      1,
      1,
      1,
      1,
      "Đạt",
    ]);
  });

  it("by field: one row per field in a fixed order, then the totals", () => {
    const entries = [
      entry("xa-gia-sinh", "collective", { registeredOn: "2018-03-01", ...recognisedOn("2018-10-15") }),
      entry("nho-quan", "individual", { field: "quoc-phong-an-ninh", registeredOn: "2018-04-01" }),
    ];
    const rows = reportFieldRows(periodReport(campaign, period("2018-ca-nam"), units, entries));
    expect(rows).toEqual([
      [
        "Mã lĩnh vực",
        "Lĩnh vực",
        "Đăng ký mới – Mô hình tập thể",
        "Đăng ký mới – Điển hình cá nhân",
        "Công nhận mới – Mô hình tập thể",
        "Công nhận mới – Điển hình cá nhân",
      ],
      ["kinh-te", "Phát triển kinh tế", 1, 0, 1, 0],
      ["van-hoa-xa-hoi", "Văn hoá – xã hội", 0, 0, 0, 0],
      ["quoc-phong-an-ninh", "Quốc phòng – an ninh", 0, 1, 0, 0],
      ["he-thong-chinh-tri", "Xây dựng hệ thống chính trị", 0, 0, 0, 0],
      [null, "Tổng cộng", 1, 1, 1, 0],
    ]);
  });
});
