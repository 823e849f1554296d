import { z } from "astro/zod";
import { ref } from "./shared";

/**
 * "Cách làm để nhân rộng": what a branch that wants to copy a model needs to know. Every text
 * here is printed on handouts carried into meeting halls, so it must never hold a private phone
 * number: the contact is a unit's office, reached through the unit's page and the association's
 * office.
 */

/**
 * A run of digits written the way Vietnamese phone numbers are (0…, +84…, 84…), with spaces,
 * dots, dashes or brackets between the digits: `0912 345 678`, `(0229) 3.871.234`,
 * `+84 229 3871 234`. Money and counts (`1.200.000 đồng`, `16 hộ`) do not start that way.
 */
export const PHONE_LIKE = /(?<![\d.,])(?:\+\s?84|84|0)(?:[\s.\-()]{0,2}\d){8,10}(?!\d)/;

/** The message an editor sees when a phone number is typed in this section. */
export const NO_PHONE_MESSAGE =
  "không ghi số điện thoại ở phần cách làm: hãy ghi tên đơn vị hoặc văn phòng để người đọc liên hệ qua Hội";

/** The message when none of the four needs is filled. */
export const NEEDS_MESSAGE = "cần ghi ít nhất một điều cần chuẩn bị: người, kinh phí, thời gian hoặc vật tư";

/**
 * Text without a phone number, as one pattern (a look-ahead over the whole text), so that the
 * CMS checks it in the field itself exactly as the build does.
 */
const withoutPhone = new RegExp(`^(?![\\s\\S]*${PHONE_LIKE.source})`);

/** A trimmed text of a length range that holds no phone number. */
const text = (min: number, max: number) => z.string().trim().min(min).max(max).regex(withoutPhone, NO_PHONE_MESSAGE);

/** What it takes to copy the model; at least one of the four is filled. */
export const needsSchema = z
  .object({
    /** Who has to take part, and how many: "5–7 hội viên còn sức khoẻ, một người biết sổ sách". */
    people: text(3, 300).optional(),
    /** Money needed to start, and where it came from. */
    money: text(3, 300).optional(),
    /** How long until it runs by itself. */
    time: text(3, 300).optional(),
    /** Materials, tools, a meeting place. */
    materials: text(3, 300).optional(),
  })
  .strict();

/** The optional "Cách làm để nhân rộng" section of a model. */
export const replicationSchema = z
  .object({
    /** The steps, in order. */
    steps: z
      .array(
        z
          .object({
            /** What to do, in a few words: "Họp chi hội, thống nhất cách làm". */
            title: text(3, 120),
            /** How to do it, and who does it. */
            detail: text(10, 600).optional(),
          })
          .strict(),
      )
      .min(2)
      .max(10),
    /** What it needs: people, money, time, materials. */
    needs: needsSchema,
    /** Conditions under which it works. */
    conditions: z
      .array(
        z
          .object({
            /** One condition: "Chi hội có ít nhất năm hội viên tham gia thường xuyên". */
            text: text(5, 300),
          })
          .strict(),
      )
      .min(1)
      .max(8),
    /** Mistakes to avoid. */
    mistakes: z
      .array(
        z
          .object({
            /** The mistake. */
            mistake: text(5, 300),
            /** What to do instead. */
            instead: text(5, 300).optional(),
          })
          .strict(),
      )
      .max(8)
      .optional(),
    /** Whom to ask: a unit of the association, and which of its offices; never a private person. */
    contact: z
      .object({
        /** The unit that built the model; readers reach it through its page and the association's office. */
        unit: ref("units"),
        /** The office or committee that answers, e.g. "Ban Thường vụ Hội CCB xã Cúc Phương". */
        office: text(5, 160).optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((replication, ctx) => {
    const { people, money, time, materials } = replication.needs;
    if (![people, money, time, materials].some((need) => need !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["needs"], message: NEEDS_MESSAGE });
    }
  });

export type Replication = z.infer<typeof replicationSchema>;
