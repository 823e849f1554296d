import { describe, expect, it } from "vitest";
import {
  ancestry,
  datedShortName,
  distinctShortNames,
  existedDuring,
  existsOn,
  historyProblems,
  lifeWithin,
  namesOf,
  parentOn,
  predecessorsOf,
  successorChain,
  tenureUnder,
  unitsAsOf,
  type UnitLife,
} from "./unit-history";

const u = (id: string, extra: Partial<UnitLife> = {}): UnitLife => ({ id, name: `Hội CCB ${id}`, ...extra });

/** The shape of the 2025 reorganisation, with made-up names. */
const units: UnitLife[] = [
  u("tinh", { validTo: "2025-06-30", successor: "tinh-moi" }),
  u("tinh-moi", { validFrom: "2025-07-01", otherPredecessors: ["tỉnh Hà Nam", "tỉnh Nam Định"] }),
  u("huyen-a", { parent: "tinh", validTo: "2024-12-31", successor: "tp-moi" }),
  u("tp-b", { parent: "tinh", validTo: "2024-12-31", successor: "tp-moi" }),
  u("tp-moi", { parent: "tinh", validFrom: "2025-01-01", validTo: "2025-06-30" }),
  u("huyen-c", { parent: "tinh", validTo: "2025-06-30" }),
  u("phuong-b", {
    parent: "tp-b",
    parentChanges: [{ on: "2025-01-01", parent: "tp-moi" }],
    validTo: "2025-06-30",
    successor: "phuong-moi",
  }),
  u("xa-c", { parent: "huyen-c", validTo: "2025-06-30", successor: "phuong-moi" }),
  u("phuong-moi", { parent: "tinh-moi", validFrom: "2025-07-01", otherPredecessors: ["xã Ngoài Cổng"] }),
];
const byId = (id: string) => units.find((unit) => unit.id === id) as UnitLife;

describe("existedDuring and existsOn", () => {
  it.each([
    ["exists throughout", {}, true],
    ["ended on the span's first day", { validTo: "2016-08-12" }, true],
    ["ended the day before it started", { validTo: "2016-08-11" }, false],
    ["began on its last day", { validFrom: "2020-12-31" }, true],
    ["began the day after it ended", { validFrom: "2021-01-01" }, false],
    ["with no first day recorded", { validTo: "2030-01-01" }, true],
  ])("a unit that %s → %s", (_, dates, expected) => {
    expect(existedDuring(dates, "2016-08-12", "2020-12-31")).toBe(expected);
  });

  it.each([
    ["2025-06-30", true],
    ["2025-07-01", false],
    ["1900-01-01", true],
  ])("the old province exists on %s: %s", (day, expected) => {
    expect(existsOn(byId("tinh"), day)).toBe(expected);
  });
});

describe("lifeWithin: the days of a span a unit existed", () => {
  it.each([
    ["a unit older than the span", "huyen-c", "2016-08-12", "2020-12-31", { start: "2016-08-12", end: "2020-12-31" }],
    ["ended within", "huyen-c", "2021-01-01", "2025-12-31", { start: "2021-01-01", end: "2025-06-30" }],
    ["began within", "phuong-moi", "2021-01-01", "2025-12-31", { start: "2025-07-01", end: "2025-12-31" }],
    ["both", "tp-moi", "2021-01-01", "2025-12-31", { start: "2025-01-01", end: "2025-06-30" }],
    ["none", "tp-moi", "2016-08-12", "2020-12-31", undefined],
  ])("%s", (_, id, start, end, expected) => {
    expect(lifeWithin(byId(id), start, end)).toEqual(expected);
  });
});

describe("parentOn and unitsAsOf: where a unit sat on a day", () => {
  it.each([
    ["2024-12-31", "tp-b"],
    ["2025-01-01", "tp-moi"],
    ["2025-06-30", "tp-moi"],
    ["1999-01-01", "tp-b"],
  ])("phường B on %s sits under %s", (day, parent) => {
    expect(parentOn(byId("phuong-b"), day)).toBe(parent);
  });

  it.each([
    ["2024-12-31", "tp-b"],
    ["2025-12-31", "tp-moi"],
  ])("as of %s (after its end, its last day counts) phường B sits under %s", (day, parent) => {
    expect(unitsAsOf(units, day).find((unit) => unit.id === "phuong-b")?.parent).toBe(parent);
  });

  it("leaves units that never moved as they are", () => {
    expect(unitsAsOf(units, "2025-12-31").find((unit) => unit.id === "xa-c")).toBe(byId("xa-c"));
  });
});

describe("the chain both ways", () => {
  it("a city formed from a district and a city names both", () => {
    expect(predecessorsOf("tp-moi", units).map((unit) => unit.id)).toEqual(["huyen-a", "tp-b"]);
  });

  it("a district that ended with the district level has no successor", () => {
    expect(successorChain(byId("huyen-c"), units)).toEqual([]);
  });

  it("a commune's successors, nearest first", () => {
    expect(successorChain(byId("phuong-b"), units).map((unit) => unit.id)).toEqual(["phuong-moi"]);
    expect(successorChain(byId("huyen-a"), units).map((unit) => unit.id)).toEqual(["tp-moi"]);
  });

  it("every unit that went into a unit, however far back", () => {
    const looped = [...units, u("x", { successor: "y" }), u("y", { successor: "x" })];
    expect(ancestry(byId("phuong-moi"), units).map((unit) => unit.id)).toEqual(["phuong-b", "xa-c"]);
    expect(ancestry(looped.find((unit) => unit.id === "x") as UnitLife, looped).map((unit) => unit.id)).toEqual(["y"]);
  });

  it.each([
    ["phuong-b", ["Hội CCB phuong-b", "Hội CCB phuong-moi", "xã Ngoài Cổng"]],
    ["phuong-moi", ["Hội CCB phuong-moi", "xã Ngoài Cổng", "Hội CCB phuong-b", "Hội CCB xa-c"]],
    ["tinh", ["Hội CCB tinh", "Hội CCB tinh-moi", "tỉnh Hà Nam", "tỉnh Nam Định"]],
  ])("namesOf(%s): every name it is known by", (id, names) => {
    expect(namesOf(byId(id), units).sort()).toEqual([...names].sort());
  });

  it("a loop of successors ends the walk", () => {
    const looped = [u("x", { successor: "y" }), u("y", { successor: "x" })];
    expect(successorChain(looped[0] as UnitLife, looped).map((unit) => unit.id)).toEqual(["y"]);
  });
});

describe("historyProblems", () => {
  it("finds none in a consistent history", () => {
    expect(historyProblems(units)).toEqual([]);
  });

  it.each<[string, UnitLife[], string, string, RegExp]>([
    [
      "a successor that does not begin the day after",
      [u("a", { validTo: "2024-12-31", successor: "b" }), u("b", { validFrom: "2025-07-01" })],
      "a",
      "successor",
      /phải bắt đầu ngày 01\/01\/2025/,
    ],
    [
      "a loop of successors",
      [
        u("a", { validTo: "2024-12-31", successor: "b" }),
        u("b", { validFrom: "2025-01-01", validTo: "2025-06-30", successor: "a" }),
      ],
      "b",
      "successor",
      /quay vòng/,
    ],
    [
      "a parent that ended while the unit still sat under it",
      [u("p", { validTo: "2024-12-31" }), u("c", { parent: "p", validTo: "2025-06-30" })],
      "c",
      "parent",
      /không hoạt động suốt/,
    ],
    [
      "a new parent that did not exist yet on the day of the change",
      [
        u("p", { validTo: "2024-12-31" }),
        u("q", { validFrom: "2025-02-01" }),
        u("c", { parent: "p", parentChanges: [{ on: "2025-01-01", parent: "q" }], validTo: "2025-06-30" }),
      ],
      "c",
      "parentChanges",
      /không hoạt động suốt/,
    ],
  ])("%s", (_, list, unit, field, message) => {
    expect(historyProblems(list)).toContainEqual(
      expect.objectContaining({ unit, field, message: expect.stringMatching(message) }),
    );
  });
});

describe("tenureUnder: the days a unit sat under a parent", () => {
  it.each([
    ["phuong-b", "tp-b", { validFrom: undefined, validTo: "2024-12-31" }],
    ["phuong-b", "tp-moi", { validFrom: "2025-01-01", validTo: "2025-06-30" }],
    ["phuong-moi", "tinh-moi", { validFrom: "2025-07-01", validTo: undefined }],
    ["xa-c", "tp-moi", undefined],
  ])("%s under %s", (id, parent, expected) => {
    expect(tenureUnder(byId(id), parent)).toEqual(expected);
  });
});

describe("datedShortName tells namesakes of different times apart", () => {
  it.each([
    [{ shortName: "Nho Quan" }, "Nho Quan"],
    [{ shortName: "Cúc Phương", validTo: "2025-06-30" }, "Cúc Phương (đến 30/06/2025)"],
    [{ shortName: "Cúc Phương", validFrom: "2025-07-01" }, "Cúc Phương (từ 01/07/2025)"],
    [
      { shortName: "TP Hoa Lư", validFrom: "2025-01-01", validTo: "2025-06-30" },
      "TP Hoa Lư (từ 01/01/2025 đến 30/06/2025)",
    ],
  ])("%j → %s", (unit, label) => {
    expect(datedShortName(unit)).toBe(label);
  });
});

describe("distinctShortNames adds dates only to namesakes", () => {
  it("leaves a name of its own alone and dates the two Cúc Phương", () => {
    const labels = distinctShortNames([
      { id: "nho-quan", shortName: "Nho Quan", validTo: "2025-06-30" },
      { id: "cu", shortName: "Cúc Phương", validTo: "2025-06-30" },
      { id: "moi", shortName: "Cúc Phương", validFrom: "2025-07-01" },
    ]);
    expect([...labels.values()]).toEqual(["Nho Quan", "Cúc Phương (đến 30/06/2025)", "Cúc Phương (từ 01/07/2025)"]);
  });
});
