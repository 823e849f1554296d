import { vietnameseCollator } from "./collate";
import { t } from "../i18n/vi";
import type { MILESTONE_KINDS } from "../schemas/campaign";

/**
 * A campaign's calendar: its milestones (guidance, registration, reviews, awards) and the
 * commune-level certificate rounds that the plan sets as a cycle rather than as dates. Dates
 * are Vietnamese calendar days (`YYYY-MM-DD`), compared as strings.
 */

/** A milestone as stored on a campaign. */
export interface MilestoneInput {
  label: string;
  kind: (typeof MILESTONE_KINDS)[number];
  date: string;
  precision: "day" | "month";
}

/** Where a step stands on `today`: passed, today (or this month), or still to come. */
export type MilestoneState = "past" | "current" | "upcoming";

/**
 * A step known to the day is past from the next day on; one known only to the month
 * ("by 10/2016") is current throughout that month and past from the next month on.
 */
export function milestoneState(milestone: Pick<MilestoneInput, "date" | "precision">, today: string): MilestoneState {
  const width = milestone.precision === "month" ? 7 : 10;
  const when = milestone.date.slice(0, width);
  const now = today.slice(0, width);
  if (when < now) return "past";
  return when === now ? "current" : "upcoming";
}

/**
 * The Party's mass-mobilisation tradition day (15 October, since 1930). The plan ties the
 * commune-level certificate rounds to its anniversary, and the final review of 2016–2020 to
 * its 90th.
 */
export const MASS_MOBILISATION_DAY = "10-15";

/**
 * Commune-level associations review and hand out certificates every `cycleYears` years, at the
 * anniversary of the tradition day, counted from the campaign's first year: 2018 and 2020 for
 * 2016–2020 with a two-year cycle. Only rounds that fall within the campaign are returned.
 */
export function communeCertificateRounds(campaign: { startsOn: string; endsOn: string }, cycleYears: number): string[] {
  const rounds: string[] = [];
  if (!Number.isInteger(cycleYears) || cycleYears < 1) return rounds;
  for (let year = Number(campaign.startsOn.slice(0, 4)) + cycleYears; ; year += cycleYears) {
    const day = `${year}-${MASS_MOBILISATION_DAY}`;
    if (day > campaign.endsOn) return rounds;
    rounds.push(day);
  }
}

/** What the timeline needs to know about a campaign. */
export interface CampaignCalendar {
  startsOn: string;
  endsOn: string;
  milestones: readonly MilestoneInput[];
  communeCertificateCycleYears?: number | undefined;
}

/** A step of the timeline: a milestone of the campaign or a commune certificate round. */
export interface TimelineStep {
  label: string;
  /** The milestone's kind, or `commune-round` for a derived certificate round. */
  kind: MilestoneInput["kind"] | "commune-round";
  date: string;
  precision: "day" | "month";
  state: MilestoneState;
}

/**
 * The campaign's milestones and commune certificate rounds in date order (on one date, those
 * known to the day first), each with its state
 * on `today` (the build day in Vietnam). A round is known to the month only: the plan ties it
 * to the anniversary's activities, not to one day.
 */
export function campaignTimeline(campaign: CampaignCalendar, today: string): TimelineStep[] {
  const cycle = campaign.communeCertificateCycleYears;
  const rounds =
    cycle === undefined
      ? []
      : communeCertificateRounds(campaign, cycle).map((date) => ({
          label: t("timeline.communeRound"),
          kind: "commune-round" as const,
          date,
          precision: "month" as const,
        }));
  // On the same date, steps known to the day come before those known only to the month.
  const vagueness = { day: 0, month: 1 } as const;
  return [...campaign.milestones, ...rounds]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        vagueness[a.precision] - vagueness[b.precision] ||
        vietnameseCollator.compare(a.label, b.label),
    )
    .map(({ label, kind, date, precision }) => ({
      label,
      kind,
      date,
      precision,
      state: milestoneState({ date, precision }, today),
    }));
}
