import type { StoryKind } from "./feed";

/**
 * schema.org descriptions of story pages, as JSON-LD: the association (Organization), the
 * story (Article, or NewsArticle for news), the person a profile is about (Person) and the
 * page's place in the site (BreadcrumbList), linked in one `@graph` by `@id`.
 */

/** A JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * JSON for the inside of a `<script type="application/ld+json">`. The HTML parser ends the
 * element at the first `</script` whatever JSON thinks of it, and `<!--` changes how it reads
 * the rest, so every `<`, `>` and `&` is written as its `\u` escape; JSON parsers read the
 * same text back. U+2028 and U+2029 are escaped for older JavaScript consumers.
 */
export function serializeJsonLd(value: Json): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The publisher of every story. */
export interface OrganisationInput {
  name: string;
  /** The site's home page. */
  url: string;
  address: string;
  /** The press office. */
  press: { office: string; email: string; phone: string };
}

/** One step of the breadcrumb, with its absolute address. */
export interface CrumbInput {
  label: string;
  url: string;
}

/** What the JSON-LD of a story page says. */
export interface StoryJsonLdInput {
  kind: StoryKind;
  /** Absolute, canonical address of the page. */
  url: string;
  /** Title, or the person's name with title of address. */
  headline: string;
  description: string;
  /** `YYYY-MM-DD` */
  publishedOn: string;
  /** `YYYY-MM-DD`; the publication day when never updated. */
  updatedOn: string;
  /** Absolute addresses of the share image and, if any, the photo. */
  images: string[];
  /** Licence of the text. */
  license: string;
  organisation: OrganisationInput;
  /** From the home page to this page, this page last. */
  breadcrumb: CrumbInput[];
  /** On a person's page: who the story is about. */
  person?:
    { name: string; honorific: string; jobTitle: string; unitName: string; image?: string | undefined } | undefined;
}

/** The JSON-LD graph of a story page. */
export function storyJsonLd(input: StoryJsonLdInput): Json {
  const organisationId = `${input.organisation.url}#to-chuc`;
  const personId = `${input.url}#nguoi`;
  const organisation: Json = {
    "@type": "Organization",
    "@id": organisationId,
    name: input.organisation.name,
    url: input.organisation.url,
    address: { "@type": "PostalAddress", streetAddress: input.organisation.address, addressCountry: "VN" },
    contactPoint: {
      "@type": "ContactPoint",
      contactType: "press",
      name: input.organisation.press.office,
      email: input.organisation.press.email,
      telephone: input.organisation.press.phone,
      availableLanguage: "vi",
    },
  };
  const article: Json = {
    "@type": input.kind === "news" ? "NewsArticle" : "Article",
    "@id": `${input.url}#bai`,
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: "vi",
    datePublished: input.publishedOn,
    dateModified: input.updatedOn,
    image: input.images,
    author: { "@id": organisationId },
    publisher: { "@id": organisationId },
    license: input.license,
    isAccessibleForFree: true,
    ...(input.person && { about: { "@id": personId } }),
  };
  const breadcrumb: Json = {
    "@type": "BreadcrumbList",
    itemListElement: input.breadcrumb.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.label,
      item: crumb.url,
    })),
  };
  const graph: Json[] = [organisation, article, breadcrumb];
  if (input.person) {
    graph.push({
      "@type": "Person",
      "@id": personId,
      name: input.person.name,
      honorificPrefix: input.person.honorific,
      jobTitle: input.person.jobTitle,
      memberOf: { "@type": "Organization", name: input.person.unitName },
      ...(input.person.image && { image: input.person.image }),
    });
  }
  return { "@context": "https://schema.org", "@graph": graph };
}
