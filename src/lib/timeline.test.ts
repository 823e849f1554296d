import { describe, expect, it } from "vitest";
import { campaignTimeline, communeCertificateRounds, milestoneState, type MilestoneInput } from "./timeline";

describe("milestoneState: done or upcoming relative to the build day", () => {
  it.each([
    // date, precision, today, state
    ["2020-10-15", "day", "2020-10-14", "upcoming"],
    ["2020-10-15", "day", "2020-10-15", "current"],
    ["2020-10-15", "day", "2020-10-16", "past"],
    ["2016-10-01", "month", "2016-09-30", "upcoming"],
    ["2016-10-01", "month", "2016-10-31", "current"],
    ["2016-10-01", "month", "2016-11-01", "past"],
  ] as const)("%s (%s) on %s is %s", (date, precision, today, state) => {
    expect(milestoneState({ date, precision }, today)).toBe(state);
  });
});

describe("communeCertificateRounds: every N years at the tradition day's anniversary", () => {
  it.each([
    // campaign dates, cycle, rounds
    [["2016-08-12", "2020-12-31"], 2, ["2018-10-15", "2020-10-15"]],
    [["2021-01-01", "2025-12-31"], 2, ["2023-10-15", "2025-10-15"]],
    [["2016-08-12", "2020-10-14"], 2, ["2018-10-15"]],
    [["2016-08-12", "2020-12-31"], 1, ["2017-10-15", "2018-10-15", "2019-10-15", "2020-10-15"]],
    [["2016-08-12", "2020-12-31"], 5, []],
    [["2016-08-12", "2020-12-31"], 0, []],
  ] as const)("campaign %j, every %s years → %j", ([startsOn, endsOn], cycle, rounds) => {
    expect(communeCertificateRounds({ startsOn, endsOn }, cycle)).toEqual(rounds);
  });
});

describe("campaignTimeline", () => {
  const milestones: MilestoneInput[] = [
    { label: "Tổng kết", kind: "final-review", date: "2020-10-15", precision: "day" },
    { label: "Đăng ký", kind: "registration", date: "2016-10-01", precision: "month" },
    { label: "Hướng dẫn", kind: "guidance", date: "2016-09-01", precision: "month" },
  ];
  const campaign = { startsOn: "2016-08-12", endsOn: "2020-12-31", milestones };

  it("puts the milestones in date order, each with its state", () => {
    expect(campaignTimeline(campaign, "2016-10-05").map((m) => [m.label, m.state])).toEqual([
      ["Hướng dẫn", "past"],
      ["Đăng ký", "current"],
      ["Tổng kết", "upcoming"],
    ]);
  });

  it.each([
    // build day, states of the 2018 and 2020 commune rounds
    ["2018-09-30", ["upcoming", "upcoming"]],
    ["2018-10-31", ["current", "upcoming"]],
    ["2026-11-27", ["past", "past"]],
  ])("with a two-year commune cycle, on %s the rounds are %j", (today, states) => {
    const steps = campaignTimeline({ ...campaign, communeCertificateCycleYears: 2 }, today);
    const rounds = steps.filter((step) => step.kind === "commune-round");
    expect(rounds.map((step) => [step.date, step.precision])).toEqual([
      ["2018-10-15", "month"],
      ["2020-10-15", "month"],
    ]);
    expect(rounds.map((step) => step.state)).toEqual(states);
    expect(rounds[0]?.label).toContain("cấp xã");
    expect(steps.map((step) => step.date)).toEqual([...steps.map((step) => step.date)].sort());
  });

  it("on one date, a step known to the day comes before one known to the month", () => {
    const steps = campaignTimeline(
      {
        ...campaign,
        communeCertificateCycleYears: 2,
        milestones: [...milestones, { label: "Biểu dương", kind: "awards", date: "2020-10-15", precision: "day" }],
      },
      "2026-11-27",
    );
    expect(steps.filter((step) => step.date === "2020-10-15").map((step) => step.kind)).toEqual([
      "awards",
      "final-review",
      "commune-round",
    ]);
  });

  it("a campaign without milestones or cycle has an empty timeline", () => {
    expect(campaignTimeline({ startsOn: "2021-01-01", endsOn: "2025-12-31", milestones: [] }, "2026-11-27")).toEqual(
      [],
    );
  });
});
