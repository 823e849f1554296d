import { describe, expect, it } from "vitest";
import {
  allMet,
  behindTarget,
  campaignProgress,
  descendantsAndSelf,
  isCounted,
  isRecognisedWithin,
  reaches,
  replicationsByUnit,
  storyInput,
  targetsTableRows,
  treeOrder,
  unitInput,
  type CampaignInput,
  type StoryInput,
  type UnitInput,
} from "./targets";

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

const unknownTargets: CampaignInput = {
  id: "2021-2025",
  title: "Giai đoạn 2021–2025",
  startsOn: "2021-01-01",
  endsOn: "2025-12-31",
  levels: [
    { level: "tinh", collective: null, individual: null },
    { level: "huyen", collective: null, individual: null },
    { level: "khoi", collective: null, individual: null },
    { level: "xa", collective: null, individual: null },
  ],
};

function unit(id: string, level: UnitInput["level"], extra: Partial<UnitInput> = {}): UnitInput {
  return { id, name: `Hội CCB ${id}`, shortName: id, level, validFrom: "1990-01-01", order: 100, ...extra };
}

const units: UnitInput[] = [
  unit("tinh", "tinh", { order: 0 }),
  unit("gia-vien", "huyen", { parent: "tinh", shortName: "Gia Viễn", order: 40 }),
  unit("nho-quan", "huyen", { parent: "tinh", shortName: "Nho Quan", order: 30, validTo: "2025-06-30" }),
  unit("xa-gia-sinh", "xa", { parent: "gia-vien", shortName: "Gia Sinh" }),
  unit("xa-moi", "xa", { parent: "gia-vien", shortName: "Xã mới", validFrom: "2025-07-01" }),
];

let seq = 0;
function entry(unitId: string, kind: StoryInput["kind"], extra: Partial<StoryInput> = {}): StoryInput {
  seq += 1;
  return {
    id: `e${seq}`,
    kind,
    unit: unitId,
    campaign: "2016-2020",
    field: "kinh-te",
    status: "registered",
    registeredOn: "2016-10-01",
    ...extra,
  };
}

function recognisedOn(date: string) {
  return { status: "recognised" as const, recognition: { decisionNumber: "1/QĐ-CCB", date, by: "tinh" } };
}

describe("isRecognisedWithin: the campaign's boundary days", () => {
  it.each([
    ["the day before the start", "2016-08-11", false],
    ["the first day", "2016-08-12", true],
    ["a day inside", "2018-10-15", true],
    ["the last day", "2020-12-31", true],
    ["the day after the end", "2021-01-01", false],
  ])("%s (%s) → %s", (_, date, expected) => {
    expect(isRecognisedWithin(recognisedOn(date), campaign.startsOn, campaign.endsOn)).toBe(expected);
  });

  it("an entry not yet recognised is never counted", () => {
    expect(isRecognisedWithin({ status: "building" }, campaign.startsOn, campaign.endsOn)).toBe(false);
  });
});

describe("reaches and allMet: a level with no target is unknown, not met", () => {
  it.each([
    [3, 3, true],
    [2, 3, false],
    [0, 0, true],
    [5, null, null],
  ] as const)("%s recognised against target %s → %s", (count, target, expected) => {
    expect(reaches(count, target)).toBe(expected);
  });

  it.each([
    [[true, true], true],
    [[true, false], false],
    [[null, false], false],
    [[null, true], null],
    [[null, null], null],
  ] as const)("allMet(%j) → %s", (parts, expected) => {
    expect(allMet(parts)).toBe(expected);
  });
});

describe("campaignProgress: counts per unit", () => {
  const entries: StoryInput[] = [
    // Gia Viễn: 3 collective recognised in the campaign, one more recognised after it.
    entry("gia-vien", "collective", recognisedOn("2017-10-15")),
    entry("gia-vien", "collective", recognisedOn("2018-10-15")),
    entry("gia-vien", "collective", recognisedOn("2020-12-31")),
    entry("gia-vien", "collective", recognisedOn("2021-01-01")),
    entry("gia-vien", "individual", recognisedOn("2018-10-15")),
    entry("gia-vien", "individual", { status: "building" }),
    // Gia Sinh commune meets 1/1.
    entry("xa-gia-sinh", "collective", recognisedOn("2018-10-15")),
    entry("xa-gia-sinh", "individual", recognisedOn("2020-10-15")),
    // Another campaign: not counted here.
    entry("gia-vien", "collective", {
      ...recognisedOn("2022-05-01"),
      campaign: "2021-2025",
      registeredOn: "2021-03-01",
    }),
  ];
  const progress = campaignProgress(campaign, units, entries);
  const row = (id: string) => progress.rows.find((r) => r.unit.id === id);

  it.each([
    // unit, registered c/i, recognised c/i, meets all
    ["tinh", [0, 0], [0, 0], false],
    ["gia-vien", [4, 2], [3, 1], false],
    ["xa-gia-sinh", [1, 1], [1, 1], true],
    ["nho-quan", [0, 0], [0, 0], false],
  ] as const)("%s: registered %j, recognised %j, meets %s", (id, registered, recognised, meets) => {
    const r = row(id);
    expect(r).toBeDefined();
    expect([r?.registered.collective, r?.registered.individual]).toEqual(registered);
    expect([r?.recognised.collective, r?.recognised.individual]).toEqual(recognised);
    expect(r?.meets.all).toBe(meets);
  });

  it("a recognition dated after the campaign is registered but not recognised in it", () => {
    expect(row("gia-vien")?.meets.collective).toBe(true);
    expect(row("gia-vien")?.meets.individual).toBe(false);
  });

  it("a unit that began after the campaign is not in it", () => {
    expect(row("xa-moi")).toBeUndefined();
  });

  it("rows come in tree order: province, then districts by order with their communes", () => {
    expect(progress.rows.map((r) => r.unit.id)).toEqual(["tinh", "nho-quan", "gia-vien", "xa-gia-sinh"]);
  });

  it("per level: units meeting / units with a target", () => {
    expect(progress.levels).toEqual([
      { level: "tinh", units: 1, withTarget: 1, meeting: 0 },
      { level: "huyen", units: 2, withTarget: 2, meeting: 0 },
      { level: "xa", units: 1, withTarget: 1, meeting: 1 },
    ]);
    expect(behindTarget(progress.rows).map((r) => r.unit.id)).toEqual(["tinh", "nho-quan", "gia-vien"]);
  });

  it("totals sum the rows", () => {
    expect(progress.totals).toEqual({
      registered: { collective: 5, individual: 3 },
      recognised: { collective: 4, individual: 2 },
    });
  });

  it("asOf counts only what was registered and recognised by that day", () => {
    const early = campaignProgress(campaign, units, entries, { asOf: "2018-06-30" });
    const gv = early.rows.find((r) => r.unit.id === "gia-vien");
    expect(gv?.recognised).toEqual({ collective: 1, individual: 0 });
    expect(early.asOf).toBe("2018-06-30");
    expect(campaignProgress(campaign, units, entries, { asOf: "2030-01-01" }).asOf).toBe("2020-12-31");
  });
});

describe("a unit that ended", () => {
  const entries = [
    entry("nho-quan", "collective", recognisedOn("2019-10-15")),
    entry("nho-quan", "collective", {
      ...recognisedOn("2023-10-15"),
      campaign: "2021-2025",
      registeredOn: "2022-01-10",
    }),
  ];

  it.each([
    // campaign, today, in rows, in ended
    ["2016–2020 without a day", campaign, undefined, true, false],
    ["2016–2020 after it ended", campaign, "2026-12-07", true, false],
    ["2021–2025 running, on the unit's last day 2025-06-30", unknownTargets, "2025-06-30", true, false],
    ["2021–2025 running, the day after the unit ended", unknownTargets, "2025-07-01", false, true],
    ["2021–2025 on its own last day", unknownTargets, "2025-12-31", false, true],
    ["2021–2025 the day after it ended: every unit of its time counts", unknownTargets, "2026-01-01", true, false],
    ["2021–2025 ended, on 2026-12-07", unknownTargets, "2026-12-07", true, false],
    ["2021–2025 before it begins", unknownTargets, "2020-06-01", true, false],
  ] as const)("%s", (_, c, today, inRows, inEnded) => {
    const progress = campaignProgress(c, units, entries, { today });
    expect(progress.rows.some((r) => r.unit.id === "nho-quan")).toBe(inRows);
    expect(progress.ended.some((r) => r.unit.id === "nho-quan")).toBe(inEnded);
  });

  it("keeps its counts where it is listed as ended", () => {
    const progress = campaignProgress(unknownTargets, units, entries, { today: "2025-09-01" });
    expect(progress.ended[0]?.recognised.collective).toBe(1);
    expect(progress.ended[0]?.ended).toBe(true);
  });
});

describe("a level with no target (2021–2025)", () => {
  const entries = [
    entry("gia-vien", "collective", {
      ...recognisedOn("2023-10-15"),
      campaign: "2021-2025",
      registeredOn: "2022-01-10",
    }),
  ];
  const progress = campaignProgress(unknownTargets, units, entries, { today: "2026-11-27" });

  it.each(["tinh", "gia-vien", "xa-gia-sinh", "xa-moi"])("%s: target null, meets null", (id) => {
    const row = progress.rows.find((r) => r.unit.id === id);
    expect(row?.target).toEqual({ collective: null, individual: null });
    expect(row?.meets).toEqual({ collective: null, individual: null, all: null });
  });

  it("no level has units with a target, and nobody is reported behind", () => {
    expect(progress.levels.every((l) => l.withTarget === 0 && l.meeting === 0)).toBe(true);
    expect(behindTarget(progress.rows)).toEqual([]);
  });

  it("a target known for one kind only: behind on it is still behind", () => {
    const half: CampaignInput = {
      ...unknownTargets,
      levels: unknownTargets.levels.map((l) => (l.level === "huyen" ? { ...l, collective: 3 } : l)),
    };
    const row = campaignProgress(half, units, entries).rows.find((r) => r.unit.id === "gia-vien");
    expect(row?.meets).toEqual({ collective: false, individual: null, all: false });
  });
});

describe("replication", () => {
  const source = entry("gia-vien", "collective", { id: "ong-mat", ...recognisedOn("2017-10-15") });
  const copyInCommune = entry("xa-gia-sinh", "collective", {
    id: "ong-mat-gia-sinh",
    replicatedFrom: "ong-mat",
    ...recognisedOn("2019-10-15"),
  });
  const copyInNhoQuan = entry("nho-quan", "collective", { id: "ong-mat-nho-quan", replicatedFrom: "ong-mat" });
  const copyOfOld = entry("nho-quan", "collective", { id: "copy-2013", replicatedFrom: "mo-hinh-2013-khong-cong-bo" });
  const selfCopy = entry("gia-vien", "collective", { id: "ong-mat-2", replicatedFrom: "ong-mat" });
  const entries = [source, copyInCommune, copyInNhoQuan, copyOfOld, selfCopy];
  const progress = campaignProgress(campaign, units, entries);
  const row = (id: string) => progress.rows.find((r) => r.unit.id === id);

  it.each([
    // unit, registered collective, recognised collective, replicated models, replications
    ["gia-vien", 2, 1, 1, 2],
    ["xa-gia-sinh", 1, 1, 0, 0],
    ["nho-quan", 2, 0, 0, 0],
  ] as const)(
    "%s: registered %s, recognised %s, replicated models %s, replications %s",
    (id, reg, rec, models, copies) => {
      expect(row(id)?.registered.collective).toBe(reg);
      expect(row(id)?.recognised.collective).toBe(rec);
      expect(row(id)?.replication).toEqual({ replicatedModels: models, replications: copies });
    },
  );

  it("the CSV carries the replication counts in its last two columns", () => {
    const rows = targetsTableRows(progress, (id) => id);
    expect(rows.find((r) => r[0] === "gia-vien")?.slice(-2)).toEqual([1, 2]);
    expect(rows.find((r) => r[0] === "nho-quan")?.slice(-2)).toEqual([0, 0]);
  });

  it("a replicated model counts once, for its own unit", () => {
    const total = progress.rows.reduce((sum, r) => sum + r.registered.collective, 0);
    expect(total).toBe(entries.length);
  });

  it("only replicating models of the campaign count", () => {
    const later = entry("nho-quan", "collective", {
      campaign: "2021-2025",
      replicatedFrom: "ong-mat",
      registeredOn: "2021-05-01",
    });
    expect(replicationsByUnit([...entries, later], "2021-2025").get("gia-vien")).toEqual({
      replicatedModels: 1,
      replications: 1,
    });
  });
});

describe("units as a tree", () => {
  it("orders by `order`, then the Vietnamese short name", () => {
    const siblings = [
      unit("tinh", "tinh", { order: 0 }),
      unit("yen-mo", "huyen", { parent: "tinh", shortName: "Yên Mô" }),
      unit("yen-khanh", "huyen", { parent: "tinh", shortName: "Yên Khánh" }),
      unit("gia-hung", "xa", { parent: "yen-mo", shortName: "Gia Hưng" }),
      unit("dong-son", "xa", { parent: "yen-mo", shortName: "Đông Sơn" }),
      unit("khoi", "khoi", { parent: "tinh", shortName: "Khối cơ quan", order: 200 }),
      unit("tp", "huyen", { parent: "tinh", shortName: "Thành phố", order: 10 }),
    ];
    // Đ sorts right after D in Vietnamese, not after Z as in code points.
    expect(treeOrder(siblings).map((u) => u.id)).toEqual([
      "tinh",
      "tp",
      "yen-khanh",
      "yen-mo",
      "dong-son",
      "gia-hung",
      "khoi",
    ]);
  });

  it.each([
    ["tinh", ["tinh", "gia-vien", "nho-quan", "xa-gia-sinh", "xa-moi"]],
    ["gia-vien", ["gia-vien", "xa-gia-sinh", "xa-moi"]],
    ["xa-gia-sinh", ["xa-gia-sinh"]],
  ])("descendantsAndSelf(%s)", (root, expected) => {
    expect([...descendantsAndSelf(units, root)].sort()).toEqual([...expected].sort());
  });
});

describe("adapters from content entries", () => {
  const data = {
    unit: "tinh",
    campaign: "2016-2020",
    field: "kinh-te" as const,
    status: "registered" as const,
    registeredOn: "2016-10-01",
    draft: false,
  };
  const consent = {
    name: true,
    photo: false,
    birthYear: false,
    story: true,
    signedOn: "2017-01-01",
    formKeptAt: "Văn phòng Hội CCB tỉnh",
    withdrawn: false,
  };

  it("keep only the fields the computation reads", () => {
    const u = unitInput({
      id: "tinh",
      data: { name: "Hội CCB tỉnh", shortName: "Tỉnh Hội", level: "tinh", validFrom: "1990-01-01", order: 0 },
    });
    expect(u).toMatchObject({ id: "tinh", level: "tinh", order: 0 });
    expect(storyInput({ id: "m", data }, "collective")).toEqual({
      id: "m",
      kind: "collective",
      unit: "tinh",
      campaign: "2016-2020",
      field: "kinh-te",
      status: "registered",
      registeredOn: "2016-10-01",
      recognition: undefined,
      replicatedFrom: undefined,
    });
  });

  it.each([
    // what, entry data, counted
    ["a published model", data, true],
    ["a draft model", { ...data, draft: true }, false],
    ["a person with standing consent", { ...data, consent }, true],
    ["a draft person", { ...data, draft: true, consent }, false],
    ["a person who withdrew consent", { ...data, consent: { ...consent, withdrawn: true } }, false],
    ["a person who never agreed to the name", { ...data, consent: { ...consent, name: false } }, false],
  ])("isCounted: %s → %s", (_, entryData, counted) => {
    expect(isCounted(entryData)).toBe(counted);
  });
});

describe("targetsTableRows: the CSV of the dashboard", () => {
  const entries = [entry("gia-vien", "collective", recognisedOn("2018-10-15"))];
  const name = (id: string) => units.find((u) => u.id === id)?.shortName ?? id;

  it("has a Vietnamese header and one row per unit, ended units last", () => {
    const rows = targetsTableRows(campaignProgress(campaign, units, entries), name);
    expect(rows[0]).toEqual([
      "Mã đơn vị",
      "Đơn vị",
      "Cấp",
      "Đơn vị cấp trên",
      "Mô hình tập thể – Chỉ tiêu",
      "Mô hình tập thể – Đăng ký",
      "Mô hình tập thể – Công nhận",
      "Điển hình cá nhân – Chỉ tiêu",
      "Điển hình cá nhân – Đăng ký",
      "Điển hình cá nhân – Công nhận",
      "Kết quả",
      "Số mô hình được nhân rộng",
      "Số nơi nhân rộng",
    ]);
    expect(rows.find((r) => r[0] === "gia-vien")).toEqual([
      "gia-vien",
      "Hội CCB gia-vien",
      "Cấp huyện, thành phố",
      "tinh",
      3,
      1,
      1,
      3,
      0,
      0,
      "Chưa đạt",
      0,
      0,
    ]);
  });

  it.each([
    ["unknown target: empty cells and “chưa có chỉ tiêu”", "tinh", [null, 0, 0, null, 0, 0, "chưa có chỉ tiêu", 0, 0]],
    ["ended unit: “đã kết thúc”", "nho-quan", [null, 0, 0, null, 0, 0, "đã kết thúc", 0, 0]],
  ])("%s", (_, id, tail) => {
    const rows = targetsTableRows(campaignProgress(unknownTargets, units, [], { today: "2025-09-01" }), name);
    expect(rows.find((r) => r[0] === id)?.slice(4)).toEqual(tail);
    expect(rows.at(-1)?.[0]).not.toBe("tinh");
  });
});

describe("levels come from the campaign", () => {
  const twoLevels: CampaignInput = {
    id: "2026-2030",
    title: "Giai đoạn 2026–2030",
    startsOn: "2026-01-01",
    endsOn: "2030-12-31",
    levels: [
      { level: "xa", collective: 1, individual: 1 },
      { level: "tinh", collective: 2, individual: null },
    ],
  };
  const later: UnitInput[] = [
    unit("tinh-moi", "tinh", { validFrom: "2025-07-01" }),
    unit("khoi-moi", "khoi", { parent: "tinh-moi", validFrom: "2025-07-01" }),
    unit("xa-a", "xa", { parent: "tinh-moi", validFrom: "2025-07-01" }),
    unit("xa-b", "xa", { parent: "tinh-moi", validFrom: "2025-07-01" }),
  ];
  const entries = [
    entry("xa-a", "collective", { ...recognisedOn("2027-05-01"), campaign: "2026-2030", registeredOn: "2026-05-01" }),
  ];
  const progress = campaignProgress(twoLevels, later, entries, { today: "2027-06-01" });

  it("counts only units of the campaign's levels", () => {
    expect(progress.rows.map((r) => r.unit.id)).toEqual(["tinh-moi", "xa-a", "xa-b"]);
  });

  it("summarises its levels in the campaign's own order", () => {
    expect(progress.levels.map((l) => [l.level, l.units, l.withTarget])).toEqual([
      ["xa", 2, 2],
      ["tinh", 1, 1],
    ]);
  });

  it("reads each level's targets from the campaign", () => {
    expect(progress.rows.find((r) => r.unit.id === "tinh-moi")?.target).toEqual({ collective: 2, individual: null });
    expect(progress.rows.find((r) => r.unit.id === "xa-a")?.meets).toEqual({
      collective: true,
      individual: false,
      all: false,
    });
  });
});

describe("a unit's counts cover only the days it existed", () => {
  const merged = [
    unit("xa-cu", "xa", { parent: "gia-vien", validTo: "2025-06-30", successor: "xa-moi" }),
    unit("xa-moi", "xa", { parent: "gia-vien", validFrom: "2025-07-01" }),
    unit("gia-vien", "huyen", { parent: "tinh" }),
  ];
  const in2021 = { campaign: "2021-2025" };
  const entries = [
    entry("xa-cu", "collective", { ...in2021, registeredOn: "2024-03-01", ...recognisedOn("2025-05-01") }),
    // Recognised after the old commune had ended: counted for neither.
    entry("xa-cu", "individual", { ...in2021, registeredOn: "2024-03-01", ...recognisedOn("2025-09-01") }),
    // Registered under the old commune after it ended: a mistake the count does not follow.
    entry("xa-cu", "collective", { ...in2021, registeredOn: "2025-08-01" }),
    entry("xa-moi", "collective", { ...in2021, registeredOn: "2025-08-01", ...recognisedOn("2025-10-01") }),
  ];
  const rows = campaignProgress(unknownTargets, merged, entries, { today: "2026-12-07" }).rows;
  const row = (id: string) => rows.find((r) => r.unit.id === id);

  it.each([
    ["xa-cu", { collective: 1, individual: 1 }, { collective: 1, individual: 0 }],
    ["xa-moi", { collective: 1, individual: 0 }, { collective: 1, individual: 0 }],
  ])("%s", (id, registered, recognised) => {
    expect(row(id)?.registered).toEqual(registered);
    expect(row(id)?.recognised).toEqual(recognised);
  });
});
