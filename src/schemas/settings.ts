import { z } from "astro/zod";

/** Site-wide facts about the association, edited in the CMS. */
export const settingsSchema = z
  .object({
    /** Public name of the association. */
    name: z.string().trim().min(5),
    /** Short name for the header. */
    shortName: z.string().trim().min(2),
    /** Postal address of the office. */
    address: z.string().trim().min(5),
    /** The press contact: an office, never a private person. */
    pressContact: z
      .object({
        /** Name of the office, e.g. "Ban Tuyên giáo Hội CCB tỉnh". */
        office: z.string().trim().min(5),
        /** Office telephone. */
        phone: z.string().regex(/^[0-9 .+()-]{8,20}$/, "số điện thoại cơ quan không hợp lệ"),
        /** Office e-mail. */
        email: z.email("thư điện tử không hợp lệ"),
        /** Office hours. */
        hours: z.string().trim().min(3).optional(),
      })
      .strict(),
    /** Links to the association's pages elsewhere. */
    social: z
      .array(z.object({ /** Label shown. */ label: z.string().min(2), /** Address. */ url: z.url() }).strict())
      .default([]),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
