import { z } from "astro/zod";
import type { CollectionName } from "./collections";
import { markImage, markReference } from "./walk";

/**
 * The zod used here is the one Astro re-exports (`astro/zod`, identical to the `z` of
 * `astro:content`), imported through its plain module path so that the content gate, the CMS
 * config generator and vitest can load these schemas outside Astro's virtual modules.
 */

/** The four fields (lĩnh vực) of the movement; the codes are also their URL segments. */
export const FIELDS = ["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "he-thong-chinh-tri"] as const;
export type Field = (typeof FIELDS)[number];

/** Levels of the association: province, district/city, provincial agencies' bloc, commune. */
export const LEVELS = ["tinh", "huyen", "khoi", "xa"] as const;
export type Level = (typeof LEVELS)[number];

/** Where an entry stands: registered → being built → recognised. */
export const STATUSES = ["registered", "building", "recognised"] as const;
export type Status = (typeof STATUSES)[number];

export { COLLECTIONS, type CollectionName } from "./collections";

/** An entry id: the file name without extension, ASCII lower case with hyphens. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference to another entry by id. Astro's `reference()` does not check existence at build
 * time, so references are plain ids, marked for the schema walker (`./walk`) with the
 * collection they point at, and resolved by the content gate.
 */
export function ref(collection: CollectionName) {
  return markReference(
    z.string().regex(ENTRY_ID, "mã mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang"),
    collection,
  );
}

/**
 * A calendar date written `YYYY-MM-DD`. Kept as a string: it is a day in Vietnam, not an
 * instant, and zod's date check rejects impossible days (2024-02-30) instead of rolling them.
 */
export const isoDate = z.iso.date({
  // Only the day's own rule; a missing value or one of another type gets the parse's message.
  error: (issue) =>
    issue.code === "invalid_format" ? "ngày không có thật hoặc không đúng dạng YYYY-MM-DD" : undefined,
});

/** A year of the Gregorian calendar within the life of the association's members. */
export const year = z.number().int().min(1900).max(2100);

/**
 * The `image()` helper Astro hands to schema functions; stubbed outside Astro. Generic so that
 * entries built by Astro carry `ImageMetadata` in their types.
 */
export interface SchemaContext<Image extends z.ZodType = z.ZodType> {
  image: () => Image;
}

/** A photo with what a reader and a journalist need: alt text and credit. */
export const photo = <Image extends z.ZodType>({ image }: SchemaContext<Image>) =>
  z.object({
    /** The image file, under `src/assets/`. */
    src: markImage(image()),
    /** Alternative text read by screen readers: what the photo shows. */
    alt: z.string().trim().min(5, "mô tả ảnh (alt) cần ít nhất 5 ký tự").max(250),
    /** Who took the photo, printed under it and in the press box. */
    credit: z.string().trim().min(2, "cần ghi nguồn ảnh"),
    /** An optional caption shown under the photo. */
    caption: z.string().trim().max(300).optional(),
  });

/** The decision that recognised a model or a person. */
export const recognition = z.object({
  /** Number of the decision, kept as written (`15/QĐ-CCB`). */
  decisionNumber: z.string().trim().min(1, "cần số quyết định"),
  /** Date the decision was signed. */
  date: isoDate,
  /** The unit whose decision it is. */
  by: ref("units"),
});

/** A commendation or award received at a review. */
export const award = z.object({
  /** What was given, e.g. "Giấy khen của Hội CCB tỉnh". */
  title: z.string().trim().min(3),
  /** When it was given. */
  date: isoDate,
  /** The unit that gave it. */
  by: ref("units"),
  /** The occasion: mid-term review, final review or another. */
  occasion: z.enum(["so-ket", "tong-ket", "khac"]).default("khac"),
});

/**
 * Fields shared by models and people: where the entry belongs, how far it has come, and
 * publication flags.
 */
export const storyBase = z.object({
  /** One or two sentences: what problem, what changed. */
  summary: z.string().trim().min(20, "tóm tắt cần ít nhất 20 ký tự").max(400, "tóm tắt tối đa 400 ký tự"),
  /** The association unit the entry belongs to. */
  unit: ref("units"),
  /** The field of the movement. */
  field: z.enum(FIELDS),
  /** The emulation campaign it was registered in. */
  campaign: ref("campaigns"),
  /** Registered, being built or recognised. */
  status: z.enum(STATUSES).default("registered"),
  /** Date of registration with the association. */
  registeredOn: isoDate,
  /** The recognising decision; required once the status is "recognised". */
  recognition: recognition.optional(),
  /** Commendations and awards received. */
  awards: z.array(award).default([]),
  /** Date the entry was first published on the portal; lists sort by it, newest first. */
  publishedOn: isoDate,
  /** Date of the last meaningful update, printed in the citation line. */
  updatedOn: isoDate.optional(),
  /** Free keywords that help search. */
  tags: z.array(z.string().trim().min(2)).default([]),
  /** Shown on the home page. */
  featured: z.boolean().default(false),
  /** A draft is never built. */
  draft: z.boolean().default(false),
  /** Illustrative sample content, labelled as such on the page. */
  sample: z.boolean().default(false),
});

/** Checks that depend on several fields of a model or person. */
export function refineStatus<T extends z.infer<typeof storyBase>>(entry: T, ctx: z.RefinementCtx) {
  if (entry.status === "recognised" && !entry.recognition) {
    ctx.addIssue({
      code: "custom",
      path: ["recognition"],
      message: "đã công nhận thì cần số và ngày quyết định công nhận",
    });
  }
  if (entry.status !== "recognised" && entry.recognition) {
    ctx.addIssue({
      code: "custom",
      path: ["status"],
      message: "có quyết định công nhận thì trạng thái phải là “đã công nhận”",
    });
  }
  if (entry.recognition && entry.recognition.date < entry.registeredOn) {
    ctx.addIssue({
      code: "custom",
      path: ["recognition", "date"],
      message: "ngày công nhận không thể trước ngày đăng ký",
    });
  }
}
