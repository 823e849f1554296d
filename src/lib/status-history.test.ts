import { describe, expect, it } from "vitest";
import { statusHistory, type HistoryInput } from "./status-history";

const campaign = { startsOn: "2016-08-12", endsOn: "2020-12-31" };

const base: HistoryInput = {
  unit: "xa-gia-sinh",
  campaign: "2016-2020",
  status: "registered",
  registeredOn: "2016-10-15",
  awards: [],
};

const recognised = (date: string): Partial<HistoryInput> => ({
  status: "recognised",
  recognition: { decisionNumber: "27/QĐ-CCB", date, by: "gia-vien" },
});

describe("statusHistory", () => {
  it.each([
    // what, entry, kinds of the steps in order, pending
    ["only registered", base, ["registered"], "registered"],
    ["being built", { ...base, status: "building" as const }, ["registered"], "building"],
    ["recognised", { ...base, ...recognised("2018-05-22") }, ["registered", "recognised"], undefined],
    [
      "recognised, then awarded at the mid-term and final reviews",
      {
        ...base,
        ...recognised("2018-05-22"),
        awards: [
          { title: "Giấy khen của Hội CCB tỉnh", date: "2020-10-15", by: "tinh", occasion: "tong-ket" as const },
          { title: "Giấy khen của Hội CCB huyện", date: "2018-06-20", by: "gia-vien", occasion: "so-ket" as const },
        ],
      },
      ["registered", "recognised", "award", "award"],
      undefined,
    ],
    [
      "registered and recognised on the same day: registration first",
      { ...base, registeredOn: "2018-05-22", ...recognised("2018-05-22") },
      ["registered", "recognised"],
      undefined,
    ],
  ])("%s", (_, entry, kinds, pending) => {
    const history = statusHistory(entry, campaign);
    expect(history.steps.map((step) => step.kind)).toEqual(kinds);
    expect(history.pending).toBe(pending);
  });

  it("keeps every fact of each step: who, which decision, which review", () => {
    const history = statusHistory(
      {
        ...base,
        ...recognised("2018-05-22"),
        awards: [{ title: "Giấy khen", date: "2018-06-20", by: "gia-vien", occasion: "so-ket" }],
      },
      campaign,
    );
    expect(history.steps).toEqual([
      { kind: "registered", date: "2016-10-15", unit: "xa-gia-sinh", campaign: "2016-2020" },
      { kind: "recognised", date: "2018-05-22", decisionNumber: "27/QĐ-CCB", by: "gia-vien", outsideCampaign: false },
      { kind: "award", title: "Giấy khen", date: "2018-06-20", by: "gia-vien", occasion: "so-ket" },
    ]);
  });

  it.each([
    // decision date, outside the campaign 12/08/2016–31/12/2020
    ["2016-08-11", true],
    ["2016-08-12", false],
    ["2020-12-31", false],
    ["2021-01-01", true],
  ])("a recognition dated %s is outside the campaign: %s", (date, outside) => {
    const step = statusHistory({ ...base, registeredOn: "2016-08-01", ...recognised(date) }, campaign).steps.find(
      (s) => s.kind === "recognised",
    );
    expect(step).toMatchObject({ kind: "recognised", outsideCampaign: outside });
  });

  it("without the campaign's dates, nothing is marked outside", () => {
    const step = statusHistory({ ...base, ...recognised("2030-01-01") }).steps.at(-1);
    expect(step).toMatchObject({ kind: "recognised", outsideCampaign: false });
  });
});
