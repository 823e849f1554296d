import { describe, expect, it } from "vitest";
import {
  buildDayFrom,
  formatDate,
  formatDateLong,
  formatMonth,
  isCalendarDay,
  todayInVietnam,
  toVietnamInstant,
  yearOf,
} from "./dates";

describe("formatDate", () => {
  it.each([
    ["2020-10-15", "15/10/2020"],
    ["2016-08-12", "12/08/2016"],
    ["2016-01-05", "05/01/2016"],
    ["2020-12-31", "31/12/2020"],
    ["2024-02-29", "29/02/2024"],
  ])("%s → %s", (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it("writes every day of 2013–2030 as Intl's vi-VN numeric date does", () => {
    const intl = new Intl.DateTimeFormat("vi-VN", {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    });
    for (let day = Date.UTC(2013, 0, 1); day <= Date.UTC(2030, 11, 31); day += 86_400_000) {
      const date = new Date(day);
      expect(formatDate(date.toISOString().slice(0, 10))).toBe(intl.format(date));
    }
  });

  it.each([["15/10/2020"], [""], ["2020-10"]])("refuses %j, which is not YYYY-MM-DD", (input) => {
    expect(() => formatDate(input)).toThrow(/YYYY-MM-DD/);
  });
});

describe("formatDateLong", () => {
  it.each([
    ["2020-10-15", "ngày 15 tháng 10 năm 2020"],
    ["2016-08-12", "ngày 12 tháng 8 năm 2016"],
    ["2020-12-31", "ngày 31 tháng 12 năm 2020"],
  ])("%s → %s", (iso, expected) => {
    expect(formatDateLong(iso)).toBe(expected);
  });
});

describe("formatMonth", () => {
  it.each([
    ["2016-10-01", "10/2016"],
    ["2016-10-31", "10/2016"],
    ["2017-03-15", "03/2017"],
    ["2020-12-31", "12/2020"],
  ])("%s → %s", (iso, expected) => {
    expect(formatMonth(iso)).toBe(expected);
  });
});

describe("yearOf", () => {
  it.each([
    ["2016-08-12", 2016],
    ["2020-12-31", 2020],
  ])("%s → %i", (iso, expected) => {
    expect(yearOf(iso)).toBe(expected);
  });
});

describe("todayInVietnam (UTC+7, no daylight saving)", () => {
  it.each([
    ["2020-06-30T17:30:00Z", "2020-07-01", "after 17:00 UTC it is already tomorrow in Vietnam"],
    ["2020-06-30T17:00:00Z", "2020-07-01", "17:00 UTC is midnight in Vietnam"],
    ["2020-06-30T16:59:59Z", "2020-06-30", "one second before midnight in Vietnam"],
    ["2020-06-30T00:00:00Z", "2020-06-30", "07:00 in Vietnam"],
    ["2020-12-31T17:00:00Z", "2021-01-01", "new year in Vietnam comes 7 hours before UTC"],
    ["2024-02-28T18:00:00Z", "2024-02-29", "a leap day"],
  ])("%s → %s (%s)", (instant, expected) => {
    expect(todayInVietnam(new Date(instant))).toBe(expected);
  });

  it("defaults to now", () => {
    expect(todayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("buildDayFrom: the day the site is built for", () => {
  const now = new Date("2026-12-06T18:30:00Z");

  it.each<[string | undefined, string, string]>([
    [undefined, "2026-12-07", "nothing pinned: today in Vietnam"],
    ["", "2026-12-07", "an empty value pins nothing"],
    ["2026-12-07", "2026-12-07", "the pinned day"],
    ["2016-08-11", "2016-08-11", "a day long past"],
    [" 2030-01-01 ", "2030-01-01", "spaces around are ignored"],
  ])("%j → %s (%s)", (pinned, expected) => {
    expect(buildDayFrom(pinned, now)).toBe(expected);
  });

  it.each([["2024-02-30"], ["07/12/2026"], ["2026-12-7"], ["hôm nay"]])("refuses %j", (pinned) => {
    expect(() => buildDayFrom(pinned, now)).toThrow(/BUILD_DAY/);
  });

  it.each<[string, boolean]>([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2026-13-01", false],
    ["2026-12-07T00:00", false],
  ])("isCalendarDay(%j) is %s", (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });
});

describe("toVietnamInstant", () => {
  it.each([
    ["2020-10-15", "2020-10-14T17:00:00.000Z"],
    ["2021-01-01", "2020-12-31T17:00:00.000Z"],
  ])("%s is midnight in Vietnam, %s", (iso, utc) => {
    expect(toVietnamInstant(iso).toISOString()).toBe(utc);
  });

  it.each([["2020-10-15"], ["2021-01-01"]])("round-trips through todayInVietnam: %s", (iso) => {
    expect(todayInVietnam(toVietnamInstant(iso))).toBe(iso);
  });
});
