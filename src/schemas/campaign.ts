import { z } from "astro/zod";
import { isoDate, ref } from "./shared";

/** A number of entries to reach; `null` when the plan sets none or it is not known yet. */
const targetCount = z.number().int().min(0).nullable().default(null);

/**
 * Targets of one level: collective models and exemplary individuals to be recognised. A level
 * left out is parsed as `{}` (`prefault`), so that both of its targets are `null` (unknown).
 */
const levelTarget = z
  .object({
    /** Collective models (mô hình tập thể); empty when unknown. */
    collective: targetCount,
    /** Exemplary individuals (điển hình cá nhân); empty when unknown. */
    individual: targetCount,
  })
  .strict()
  .prefault({});

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
    /** Targets per level of the association. */
    targets: z
      .object({
        /** Province association. */
        tinh: levelTarget,
        /** Each district or city association. */
        huyen: levelTarget,
        /** The provincial agencies' bloc, which reports at district level. */
        khoi: levelTarget,
        /** Each commune, ward or township association. */
        xa: levelTarget,
      })
      .strict(),
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
  .refine((c) => c.startsOn < c.endsOn, { path: ["endsOn"], error: "ngày kết thúc phải sau ngày bắt đầu" });

export type Campaign = z.infer<typeof campaignSchema>;
export type LevelTarget = z.infer<typeof levelTarget>;
