import { occasionLabels, statusLabels, t } from "../i18n/vi";
import type { Status } from "../schemas/shared";
import { formatDate } from "./dates";
import { recognitionText, type FactsContext } from "./story-facts";

/** What the handout says of the recognition: the decision, or where the entry stands. */
export function handoutRecognition(
  entry: { status: Status; recognition?: { decisionNumber: string; date: string; by: string } | undefined },
  context: FactsContext,
): string {
  return entry.recognition
    ? t("handout.decision", { decision: recognitionText(entry.recognition, context) })
    : t("handout.notRecognised", { status: statusLabels[entry.status].toLocaleLowerCase("vi") });
}

/** One line per award, on story pages and handouts: "Giấy khen của Hội CCB tỉnh (Tổng kết, 15/10/2020, Hội CCB tỉnh Ninh Bình)". */
export function awardLines(
  awards: readonly { title: string; date: string; by: string; occasion: keyof typeof occasionLabels }[],
  context: FactsContext,
): string[] {
  return awards.map(
    (award) =>
      `${award.title} (${occasionLabels[award.occasion]}, ${formatDate(award.date)}, ${context.unitName(award.by)})`,
  );
}
