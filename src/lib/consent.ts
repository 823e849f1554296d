import type { Consent } from "../schemas/person";

/**
 * What a person's consent lets the site show. Every page, card, feed, export and handout that
 * shows a person asks this one function, so that a new place showing a person cannot forget a
 * part of the consent. (Whether the person appears at all is `isPublishable`: the loader never
 * hands a page a person without a standing consent to the name.)
 */

/** The parts of a person entry that depend on consent. */
export interface ConsentedPerson<Photo> {
  /** A part left out counts as not agreed, so a caller that reads only the photo may pass only it. */
  consent: Partial<Pick<Consent, "photo" | "birthYear" | "story">>;
  portrait?: Photo | undefined;
  birthYear?: number | undefined;
}

/** What may be shown; an absent part is one the person did not agree to, or did not give. */
export interface ShownParts<Photo> {
  portrait: Photo | undefined;
  birthYear: number | undefined;
  /** Whether the story (the entry's body) may be shown. */
  story: boolean;
}

export function shownParts<Photo>(person: ConsentedPerson<Photo>): ShownParts<Photo> {
  const { consent } = person;
  return {
    portrait: consent.photo === true ? person.portrait : undefined,
    birthYear: consent.birthYear === true ? person.birthYear : undefined,
    story: consent.story === true,
  };
}
