import type { AwardInput } from "./reports";
import { isWithin, type RecognitionInput } from "./targets";
import type { Status } from "../schemas/shared";

/**
 * The life of a model or a person in the movement, as its page tells it: registered with its
 * unit, recognised by a decision (number, date, recognising unit), then commended or awarded
 * at the mid-term or final review. Built from the entry's own fields; nothing is inferred.
 */

/** What the history reads from a model or person entry. */
export interface HistoryInput {
  /** The entry's own unit, with which it was registered. */
  unit: string;
  campaign: string;
  status: Status;
  registeredOn: string;
  recognition?: RecognitionInput | undefined;
  awards: readonly AwardInput[];
}

/** One dated step of the history. */
export type HistoryStep =
  | { kind: "registered"; date: string; unit: string; campaign: string }
  | {
      kind: "recognised";
      date: string;
      decisionNumber: string;
      /** The unit whose decision it is. */
      by: string;
      /**
       * The decision was signed outside the campaign's dates: it is a fact of the entry's
       * history but does not count toward the campaign's targets.
       */
      outsideCampaign: boolean;
    }
  | ({ kind: "award" } & AwardInput);

/** The dated steps in order, and where the entry stands if it is not yet recognised. */
export interface StatusHistory {
  steps: HistoryStep[];
  /** `registered` or `building` while no recognition is recorded; absent once recognised. */
  pending?: Exclude<Status, "recognised"> | undefined;
}

/** Same-day steps keep the lifecycle's order: registration, then recognition, then awards. */
const ORDER: Record<HistoryStep["kind"], number> = { registered: 0, recognised: 1, award: 2 };

/**
 * The status history of an entry. `campaign` gives the dates of the entry's campaign, to mark
 * a recognition signed outside them.
 */
export function statusHistory(
  entry: HistoryInput,
  campaign?: { startsOn: string; endsOn: string } | undefined,
): StatusHistory {
  const steps: HistoryStep[] = [
    { kind: "registered", date: entry.registeredOn, unit: entry.unit, campaign: entry.campaign },
  ];
  if (entry.status === "recognised" && entry.recognition) {
    const { decisionNumber, date, by } = entry.recognition;
    const outsideCampaign = campaign !== undefined && !isWithin(date, campaign.startsOn, campaign.endsOn);
    steps.push({ kind: "recognised", date, decisionNumber, by, outsideCampaign });
  }
  steps.push(...entry.awards.map((award) => ({ kind: "award" as const, ...award })));
  steps.sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind]);
  return { steps, pending: entry.status === "recognised" ? undefined : entry.status };
}
