import { z } from "astro/zod";
import { isoDate, photo, ref, type SchemaContext } from "./shared";

/** A news item (tin tức) about the movement. */
export const newsSchema = <Image extends z.ZodType>(context: SchemaContext<Image>) =>
  z
    .object({
      /** Headline. */
      title: z.string().trim().min(5).max(160),
      /** Publication date; lists and feeds sort by it. */
      publishedOn: isoDate,
      /** Lead paragraph. */
      summary: z.string().trim().min(20).max(400),
      /** Cover photo. */
      cover: photo(context).optional(),
      /** Models the item is about. */
      relatedModels: z.array(ref("models")).default([]),
      /** People the item is about. */
      relatedPeople: z.array(ref("people")).default([]),
      /** The campaign it belongs to. */
      campaign: ref("campaigns").optional(),
      /** A draft is never built. */
      draft: z.boolean().default(false),
      /** Illustrative sample content, labelled as such. */
      sample: z.boolean().default(false),
    })
    .strict();

export type NewsEntry = z.infer<ReturnType<typeof newsSchema>>;
