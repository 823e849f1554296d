import { z } from "astro/zod";
import { ref, isoDate, year } from "./shared";

/** Kinds of document the movement cites. */
export const DOCUMENT_KINDS = [
  "nghi-quyet",
  "chi-thi",
  "ke-hoach",
  "thong-tri",
  "huong-dan",
  "quyet-dinh",
  "bao-cao",
] as const;

/** A document (văn bản): resolution, directive, plan and so on, summarised in our words. */
export const documentSchema = z
  .object({
    /** Title as people know it. */
    title: z.string().trim().min(5),
    /** Number as written on the document (`20/KH-TU`); a string, never a number. */
    number: z.string().trim().min(1).optional(),
    /** Kind of document. */
    kind: z.enum(DOCUMENT_KINDS),
    /** Who issued it. */
    issuer: z.string().trim().min(3),
    /** Signing date, when known. */
    issuedOn: isoDate.optional(),
    /** Year of issue; always known. */
    year,
    /** Our own short summary. */
    summary: z.string().trim().min(20).max(500),
    /** A PDF of the document under `public/van-ban/`, if the association may publish it. */
    pdf: z
      .string()
      .regex(/^\/van-ban\/[a-z0-9-]+\.pdf$/, "tệp PDF phải nằm trong /van-ban/ và có tên không dấu")
      .optional(),
    /** The campaign it belongs to. */
    campaign: ref("campaigns").optional(),
    /** A draft is never built. */
    draft: z.boolean().default(false),
  })
  .strict()
  .refine((d) => !d.issuedOn || Number(d.issuedOn.slice(0, 4)) === d.year, {
    path: ["year"],
    error: "năm ban hành không khớp với ngày ban hành",
  });

export type DocumentEntry = z.infer<typeof documentSchema>;
