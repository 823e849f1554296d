import { z } from "astro/zod";
import { LEVELS, isoDate, ref } from "./shared";

/** A unit (đơn vị Hội) of the Veterans Association at one level. */
export const unitSchema = z
  .object({
    /** Full name as printed on documents: "Hội CCB huyện Nho Quan". */
    name: z.string().trim().min(5),
    /** Short name for tables and filters: "Nho Quan". */
    shortName: z.string().trim().min(2).max(40),
    /** Level: province, district/city, provincial agencies' bloc or commune. */
    level: z.enum(LEVELS),
    /** The unit one level up; only the province has none. */
    parent: ref("units").optional(),
    /** First day the unit existed in this form. */
    validFrom: isoDate,
    /** Last day it existed (the 2025 reorganisation ended many units); empty while it exists. */
    validTo: isoDate.optional(),
    /** The unit that took over its work when it ended. */
    successor: ref("units").optional(),
    /** Display order among its siblings; lower first, then by Vietnamese name. */
    order: z.number().int().min(0).default(100),
  })
  .strict()
  .superRefine((unit, ctx) => {
    if (unit.level !== "tinh" && !unit.parent) {
      ctx.addIssue({
        code: "custom",
        path: ["parent"],
        message: "đơn vị dưới cấp tỉnh cần đơn vị cấp trên",
      });
    }
    if (unit.validTo && unit.validTo < unit.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "ngày kết thúc trước ngày bắt đầu" });
    }
  });

export type Unit = z.infer<typeof unitSchema>;
