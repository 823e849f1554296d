import { z } from "astro/zod";
import { replicationSchema } from "./replication";
import { photo, ref, refineStatus, storyBase, type SchemaContext } from "./shared";

/** A collective model (mô hình "Dân vận khéo" tập thể). */
export const modelSchema = <Image extends z.ZodType>(context: SchemaContext<Image>) =>
  storyBase
    .extend({
      /** Name of the model, as the unit registered it. */
      title: z.string().trim().min(5, "tên mô hình cần ít nhất 5 ký tự").max(160),
      /** The recognised model this one replicates, if any. */
      replicatedFrom: ref("models").optional(),
      /** Measured results as label–value pairs ("hộ thoát nghèo": "12"). */
      results: z
        .array(
          z
            .object({
              /** What was measured. */
              label: z.string().trim().min(2),
              /** The figure, as text so that "1.200" or "12 km" keep their form. */
              value: z.string().trim().min(1),
            })
            .strict(),
        )
        .default([]),
      /** Where the model works. */
      place: z
        .object({
          /** Commune, ward or township. */
          commune: z.string().trim().min(2),
          /** Village or residential group, if useful. */
          village: z.string().trim().min(2).optional(),
          /** Latitude in degrees. */
          lat: z.number().min(19).max(21).optional(),
          /** Longitude in degrees. */
          lng: z.number().min(105).max(107).optional(),
        })
        .strict()
        .optional(),
      /** How another branch can copy the model ("Cách làm để nhân rộng"); shown before the press box. */
      replication: replicationSchema.optional(),
      /** Cover photo. */
      cover: photo(context),
      /** More photos. */
      gallery: z.array(photo(context)).max(12).default([]),
    })
    .strict()
    .superRefine(refineStatus);

export type ModelEntry = z.infer<ReturnType<typeof modelSchema>>;
