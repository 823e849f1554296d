import { describe, expect, it } from "vitest";
import { campaignOnShow, campaignState, onShowSentence, titleWithState, type CampaignState } from "./campaigns";

const c2013 = { id: "2013-2015", title: "Giai đoạn 2013–2015", startsOn: "2013-01-01", endsOn: "2015-12-31" };
const c2016 = { id: "2016-2020", title: "Giai đoạn 2016–2020", startsOn: "2016-08-12", endsOn: "2020-12-31" };
const c2021 = { id: "2021-2025", title: "Giai đoạn 2021–2025", startsOn: "2021-01-01", endsOn: "2025-12-31" };
const c2026 = { id: "2026-2030", title: "Giai đoạn 2026–2030", startsOn: "2027-03-01", endsOn: "2030-12-31" };
const all = [c2016, c2026, c2013, c2021];

describe.each<[string, string, CampaignState]>([
  ["the day before it begins", "2016-08-11", "upcoming"],
  ["its first day", "2016-08-12", "ongoing"],
  ["a day in the middle", "2018-06-30", "ongoing"],
  ["its last day", "2020-12-31", "ongoing"],
  ["the day after it ends", "2021-01-01", "closed"],
  ["years later", "2026-12-07", "closed"],
])("campaignState of 2016–2020 on %s (%s)", (_, today, state) => {
  it(`is ${state}`, () => {
    expect(campaignState(c2016, today)).toBe(state);
  });
});

describe.each<[string, string, string, CampaignState]>([
  ["before any campaign", "2012-05-01", "2013-2015", "upcoming"],
  ["during the first", "2014-02-02", "2013-2015", "ongoing"],
  ["between two campaigns, after the first ended", "2016-03-01", "2013-2015", "closed"],
  ["on the first day of the second", "2016-08-12", "2016-2020", "ongoing"],
  ["on the last day of the second", "2020-12-31", "2016-2020", "ongoing"],
  ["the day after the second ended, the third begins", "2021-01-01", "2021-2025", "ongoing"],
  ["the last day of 2021–2025", "2025-12-31", "2021-2025", "ongoing"],
  ["after 2021–2025 ended, before 2026–2030 begins", "2026-12-07", "2021-2025", "closed"],
  ["on the first day of 2026–2030", "2027-03-01", "2026-2030", "ongoing"],
  ["after every campaign", "2031-01-01", "2026-2030", "closed"],
])("campaignOnShow %s (%s)", (_, today, id, state) => {
  it(`opens on ${id}, ${state}`, () => {
    const shown = campaignOnShow(all, today);
    expect(shown?.campaign.id).toBe(id);
    expect(shown?.state).toBe(state);
  });
});

describe("campaignOnShow, edge cases", () => {
  it("returns nothing for no campaign", () => {
    expect(campaignOnShow([], "2026-12-07")).toBeUndefined();
  });

  it("prefers the latest begun of two overlapping running campaigns", () => {
    const overlapping = { ...c2021, id: "bo-sung", startsOn: "2024-01-01", endsOn: "2024-12-31" };
    expect(campaignOnShow([c2021, overlapping], "2024-06-01")?.campaign.id).toBe("bo-sung");
  });

  it("prefers the one that ended last when none runs, whatever the order given", () => {
    expect(campaignOnShow([c2021, c2013, c2016], "2026-12-07")?.campaign.id).toBe("2021-2025");
  });
});

describe("the first line of the dashboard", () => {
  it.each<[CampaignState, string]>([
    ["ongoing", "Giai đoạn 2021–2025 đang diễn ra, từ 01/01/2021 đến 31/12/2025."],
    [
      "closed",
      "Hiện không có giai đoạn thi đua nào đang diễn ra. Gần nhất là Giai đoạn 2021–2025, đã kết thúc ngày 31/12/2025.",
    ],
    ["upcoming", "Chưa có giai đoạn thi đua nào bắt đầu. Giai đoạn 2021–2025 sẽ diễn ra từ 01/01/2021 đến 31/12/2025."],
  ])("%s: %s", (state, sentence) => {
    expect(onShowSentence({ campaign: c2021, state })).toBe(sentence);
  });

  it.each<[CampaignState, string]>([
    ["upcoming", "Giai đoạn 2026–2030 (sắp diễn ra)"],
    ["ongoing", "Giai đoạn 2026–2030 (đang diễn ra)"],
    ["closed", "Giai đoạn 2026–2030 (đã kết thúc)"],
  ])("a title says where its campaign stands: %s", (state, title) => {
    expect(titleWithState(c2026.title, state)).toBe(title);
  });
});
