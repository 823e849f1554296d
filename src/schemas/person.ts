import { z } from "astro/zod";
import { isoDate, photo, refineStatus, storyBase, year, type SchemaContext } from "./shared";

/**
 * What the person agreed to publish, and where the signed form is. There are deliberately no
 * fields for phone, home address or identity number.
 */
export const consentSchema = z
  .object({
    /** May the full name be published. Without it the person is not published at all. */
    name: z.boolean(),
    /** May the portrait be published. */
    photo: z.boolean().default(false),
    /** May the birth year be published. */
    birthYear: z.boolean().default(false),
    /** May the story (entry body) be published. */
    story: z.boolean().default(false),
    /** Date the form was signed. */
    signedOn: isoDate,
    /** Where the signed paper form is kept (office and file), not a scan. */
    formKeptAt: z.string().trim().min(5, "cần ghi nơi lưu phiếu đồng ý"),
    /** The person withdrew consent: nothing about them is published any more. */
    withdrawn: z.boolean().default(false),
    /** When consent was withdrawn. */
    withdrawnOn: isoDate.optional(),
  })
  .strict();

/** An exemplary individual (điển hình "Dân vận khéo" cá nhân). */
export const personSchema = <Image extends z.ZodType>(context: SchemaContext<Image>) =>
  storyBase
    .extend({
      /** Full name. */
      name: z.string().trim().min(3).max(80),
      /** Title of address used in stories. */
      honorific: z.enum(["Ông", "Bà"]),
      /** Position in the association or the community. */
      position: z.string().trim().min(3).max(160),
      /** Year of birth, only if the person agreed. */
      birthYear: year.optional(),
      /** Portrait, only if the person agreed. */
      portrait: photo(context).optional(),
      /** The consent record; a person without one is never published. */
      consent: consentSchema,
    })
    .strict()
    .superRefine(refineStatus)
    .superRefine((person, ctx) => {
      const outside = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (person.birthYear !== undefined && !person.consent.birthYear) {
        outside("birthYear", "người này không đồng ý công bố năm sinh: hãy bỏ trống năm sinh");
      }
      if (person.portrait && !person.consent.photo) {
        outside("portrait", "người này không đồng ý công bố ảnh: hãy bỏ ảnh chân dung");
      }
      if (person.consent.withdrawn && !person.consent.withdrawnOn) {
        ctx.addIssue({
          code: "custom",
          path: ["consent", "withdrawnOn"],
          message: "cần ghi ngày rút lại đồng ý",
        });
      }
    });

export type PersonEntry = z.infer<ReturnType<typeof personSchema>>;
export type Consent = z.infer<typeof consentSchema>;

/** The consent without which a person is published nowhere: taking it back takes everything back. */
export const CONSENT_GATE = "name" satisfies keyof Consent;

/** The fields that record a withdrawal, filled in by the office that receives it. */
export const WITHDRAWAL_FIELDS = ["withdrawn", "withdrawnOn"] as const satisfies readonly (keyof Consent)[];

/** A person may appear on the site only with a standing consent that covers the name. */
export function isPublishable(person: Pick<PersonEntry, "consent" | "draft">): boolean {
  return !person.draft && person.consent[CONSENT_GATE] && !person.consent.withdrawn;
}
