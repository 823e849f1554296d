import { z } from "astro/zod";
import { LEVELS, isoDate, ref } from "./shared";

/**
 * A unit (đơn vị Hội) of the Veterans Association at one level. Units follow the
 * administrative units: when communes merge, the new commune's association is a new unit whose
 * predecessors name it as their `successor`; a district that ended with the district level
 * (30/6/2025) has no successor, its communes carry the chain.
 */
export const unitSchema = z
  .object({
    /** Full name as printed on documents: "Hội CCB huyện Nho Quan". */
    name: z.string().trim().min(5),
    /** Short name for tables and filters: "Nho Quan". */
    shortName: z.string().trim().min(2).max(40),
    /** Level: province, district/city, provincial agencies' bloc or commune. */
    level: z.enum(LEVELS),
    /** The unit one level up from the unit's first day; only a province has none. */
    parent: ref("units").optional(),
    /**
     * Later changes of the unit one level up, in date order: a commune that stayed itself while
     * its district was merged (phường Đông Thành went from TP Ninh Bình to TP Hoa Lư on 1/1/2025).
     */
    parentChanges: z
      .array(
        z
          .object({
            /** First day under the new parent. */
            on: isoDate,
            /** The new parent. */
            parent: ref("units"),
          })
          .strict(),
      )
      .default([]),
    /** First day the unit existed in this form; empty when it existed before every campaign on the portal. */
    validFrom: isoDate.optional(),
    /** Last day it existed (the 2025 reorganisation ended many units); empty while it exists. */
    validTo: isoDate.optional(),
    /** The unit it became part of when it ended; empty when none took it over as a whole. */
    successor: ref("units").optional(),
    /**
     * Units it was formed from that have no page on the portal, as the resolution names them
     * ("xã Văn Phương", "xã Gia Tân (một phần)"); those with a page name this unit as successor.
     */
    otherPredecessors: z.array(z.string().trim().min(3)).default([]),
    /** The act that formed the unit in this form: "Nghị quyết 1674/NQ-UBTVQH15". */
    formedBy: z.string().trim().min(3).max(160).optional(),
    /** A fact worth knowing about the unit's history, in one or two sentences. */
    note: z.string().trim().min(10).max(600).optional(),
    /** What is not confirmed yet about this unit (a date, a predecessor); shown as such on its page. */
    unconfirmed: z.string().trim().min(10).max(600).optional(),
    /** Display order among its siblings; lower first, then by Vietnamese name. */
    order: z.number().int().min(0).default(100),
  })
  .strict()
  .superRefine((unit, ctx) => {
    if (unit.level !== "tinh" && !unit.parent) {
      ctx.addIssue({ code: "custom", path: ["parent"], message: "đơn vị dưới cấp tỉnh cần đơn vị cấp trên" });
    }
    if (unit.validFrom && unit.validTo && unit.validTo < unit.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "ngày kết thúc trước ngày bắt đầu" });
    }
    if (unit.successor && !unit.validTo) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        message: "đơn vị đã hợp nhất vào đơn vị khác thì cần ngày kết thúc",
      });
    }
    unit.parentChanges.forEach((change, index) => {
      const previous = index === 0 ? unit.validFrom : unit.parentChanges[index - 1]?.on;
      if ((previous && change.on <= previous) || (unit.validTo && change.on > unit.validTo)) {
        ctx.addIssue({
          code: "custom",
          path: ["parentChanges", index, "on"],
          message: "các lần đổi đơn vị cấp trên phải theo thứ tự ngày, trong thời gian đơn vị hoạt động",
        });
      }
    });
  });

export type Unit = z.infer<typeof unitSchema>;
