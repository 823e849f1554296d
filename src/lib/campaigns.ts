import { formatDate } from "./dates";
import { campaignStateLabels, t, type UiKey } from "../i18n/vi";

/**
 * Where each campaign (giai đoạn thi đua) stands on a given day, and which one the portal
 * opens on. Days are Vietnamese calendar days written `YYYY-MM-DD`, compared as strings.
 */

/** The dates of a campaign, both ends included. */
export interface CampaignDates {
  startsOn: string;
  endsOn: string;
}

/** Where a span of days (a campaign, a report's period) stands on a day. */
export type PeriodState = "upcoming" | "ongoing" | "closed";

/**
 * Whether a span has not begun, is under way from its first to its last day included (a
 * report's figures are then provisional), or is over.
 */
export function periodState(period: { start: string; end: string }, today: string): PeriodState {
  if (today < period.start) return "upcoming";
  return today <= period.end ? "ongoing" : "closed";
}

/** "sắp diễn ra", "đang diễn ra" or "đã kết thúc": the same rule as a report's period. */
export type CampaignState = PeriodState;

/** Where `campaign` stands on `today`. */
export function campaignState(campaign: CampaignDates, today: string): CampaignState {
  return periodState({ start: campaign.startsOn, end: campaign.endsOn }, today);
}

/** The campaign the dashboard and the home page open on, and where it stands. */
export interface CampaignOnShow<C extends CampaignDates> {
  campaign: C;
  state: CampaignState;
}

/**
 * The campaign to open on: the one running today (the latest begun, should two overlap);
 * when none runs, the one that ended most recently; when none has begun yet, the next to
 * begin. `undefined` only for an empty list.
 */
export function campaignOnShow<C extends CampaignDates>(
  campaigns: readonly C[],
  today: string,
): CampaignOnShow<C> | undefined {
  const byStart = [...campaigns].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const pick = (state: CampaignState, list: readonly C[]) => {
    const campaign = list.find((c) => campaignState(c, today) === state);
    return campaign && { campaign, state };
  };
  const byEndNewest = [...campaigns].sort((a, b) => b.endsOn.localeCompare(a.endsOn));
  return pick("ongoing", [...byStart].reverse()) ?? pick("closed", byEndNewest) ?? pick("upcoming", byStart);
}

/** "Giai đoạn 2016–2020 (đã kết thúc)": a campaign's title with where it stands today. */
export function titleWithState(title: string, state: CampaignState): string {
  return t("campaigns.titleWithState", { title, state: campaignStateLabels[state] });
}

const ON_SHOW_SENTENCES: Record<CampaignState, UiKey> = {
  ongoing: "campaigns.running",
  closed: "campaigns.noneRunningEnded",
  upcoming: "campaigns.noneYet",
};

/**
 * The first line of the dashboard and the home page: which campaign they open on and why.
 * "Giai đoạn 2021–2025 đang diễn ra (từ 01/01/2021 đến 31/12/2025)." or, when none runs,
 * "Không có giai đoạn thi đua nào đang diễn ra. Giai đoạn gần nhất, …, đã kết thúc ngày …".
 */
export function onShowSentence(onShow: CampaignOnShow<CampaignDates & { title: string }>): string {
  const { campaign, state } = onShow;
  const values = { title: campaign.title, start: formatDate(campaign.startsOn), end: formatDate(campaign.endsOn) };
  return t(ON_SHOW_SENTENCES[state], values);
}
