import { buildDayFrom } from "../lib/dates";

/**
 * The one place that reads the build day. Every page that depends on the date (campaign
 * states, the dashboard, reports, the timeline, "số liệu tính đến ngày …") asks here, so that
 * a test can pin the whole site to one day with the environment variable `BUILD_DAY`
 * (`BUILD_DAY=2026-12-07 npm run build`). Without it, the day is today in Vietnam (UTC+7).
 * Read once per build, so that a build running past midnight still tells one day.
 */
let day: string | undefined;

export function buildDay(): string {
  if (import.meta.env.DEV) return buildDayFrom(process.env.BUILD_DAY);
  return (day ??= buildDayFrom(process.env.BUILD_DAY));
}
