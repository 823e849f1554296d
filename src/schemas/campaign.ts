import { z } from "astro/zod";
import { LEVELS, isoDate, ref } from "./shared";

/** A number of entries to reach; `null` when the plan sets none or it is not known yet. */
const targetCount = z.number().int().min(0).nullable().default(null);

/**
 * One level of the association taking part in the campaign, with what each of its units must
 * get recognised: collective models and exemplary individuals.
 */
const levelTarget = z
  .object({
    /** The level: province, district/city, provincial agencies' bloc or commune. */
    level: z.enum(LEVELS),
    /** Collective models (mô hình tập thể); empty when unknown. */
    collective: targetCount,
    /** Exemplary individuals (điển hình cá nhân); empty when unknown. */
    individual: targetCount,
  })
  .strict();

/** What kind of step a milestone is. */
export const MILESTONE_KINDS = [
  "guidance",
  "registration",
  "mid-term-review",
  "final-review",
  "awards",
  "other",
] as const;

/** A campaign (giai đoạn thi đua) with its targets and milestones. */
export const campaignSchema = z
  .object({
    /** Name shown to people: "Giai đoạn 2016–2020". */
    title: z.string().trim().min(5),
    /** First day of the campaign. */
    startsOn: isoDate,
    /** Last day of the campaign. */
    endsOn: isoDate,
    /** The plan that launched it. */
    planDocument: ref("documents").optional(),
    /** One paragraph about the campaign, in our own words. */
    summary: z.string().trim().min(20),
    /**
     * The levels of the association the campaign sets targets for, in the order the plan
     * lists them, each once. Units of other levels are not counted in this campaign.
     */
    levels: z.array(levelTarget).min(1, "cần ít nhất một cấp tham gia giai đoạn"),
    /** Deadlines and reviews, in date order. */
    milestones: z
      .array(
        z
          .object({
            /** What happens. */
            label: z.string().trim().min(3),
            /** What kind of step it is. */
            kind: z.enum(MILESTONE_KINDS).default("other"),
            /** When; with `precision: month` only the month counts ("by 10/2016"). */
            date: isoDate,
            /** How precise the date is. */
            precision: z.enum(["day", "month"]).default("day"),
          })
          .strict(),
      )
      .default([]),
    /** Commune-level associations hand out certificates every this many years. */
    communeCertificateCycleYears: z.number().int().min(1).max(5).optional(),
  })
  .strict()
  .superRefine((campaign, ctx) => {
    if (campaign.startsOn >= campaign.endsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "ngày kết thúc phải sau ngày bắt đầu" });
    }
    campaign.levels.forEach((entry, index) => {
      if (campaign.levels.findIndex((other) => other.level === entry.level) !== index) {
        ctx.addIssue({ code: "custom", path: ["levels", index, "level"], message: "mỗi cấp chỉ ghi một lần" });
      }
    });
  });

export type Campaign = z.infer<typeof campaignSchema>;
export type LevelTarget = z.infer<typeof levelTarget>;
