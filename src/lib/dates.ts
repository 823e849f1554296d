/**
 * Dates of the movement are calendar days in Vietnam, stored as `YYYY-MM-DD`. They are read
 * here as UTC midnight and formatted in UTC, so that no time zone can move them by a day.
 * The Vietnamese numeric form is written out by hand rather than with `Intl.DateTimeFormat`:
 * creating one (it loads locale data) blocked the search page 40–60 ms on Lighthouse's slowed
 * phone CPU, and the page's script formats the dates of its results.
 */

const twoDigits = (n: number) => String(n).padStart(2, "0");

function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month || !day) throw new Error(`không phải ngày YYYY-MM-DD: ${iso}`);
  return { year, month, day };
}

function toDate(iso: string): Date {
  const { year, month, day } = parts(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "15/10/2020" */
export function formatDate(iso: string): string {
  const date = toDate(iso);
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** "ngày 15 tháng 10 năm 2020" */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parts(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "10/2016", for milestones known only to the month. */
export function formatMonth(iso: string): string {
  const { year, month } = parts(iso);
  return `${twoDigits(month)}/${year}`;
}

/** The year of a calendar date. */
export function yearOf(iso: string): number {
  return parts(iso).year;
}

/** Today's calendar date in Vietnam (UTC+7), as `YYYY-MM-DD`. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The calendar day `days` days after `iso` (before it, if negative). */
export function shiftDay(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (2024-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && toDate(text).toISOString().slice(0, 10) === text;
}

/**
 * The day the site is built for: `pinned` when given (a test or a rebuild of a past day sets
 * it), otherwise today in Vietnam. A pinned value that is not a real `YYYY-MM-DD` day stops
 * the build rather than silently falling back to the clock.
 */
export function buildDayFrom(pinned: string | undefined, now: Date = new Date()): string {
  if (pinned === undefined || pinned.trim() === "") return todayInVietnam(now);
  const day = pinned.trim();
  if (!isCalendarDay(day)) throw new Error(`BUILD_DAY phải là một ngày dạng YYYY-MM-DD, không phải “${pinned}”`);
  return day;
}

/** A calendar date as a `Date` at midnight in Vietnam, for feeds and sitemaps. */
export function toVietnamInstant(iso: string): Date {
  return new Date(`${iso}T00:00:00+07:00`);
}

/** Machine-readable form for `<time datetime>`. */
export function toIsoDateAttribute(iso: string): string {
  return toDate(iso).toISOString().slice(0, 10);
}
