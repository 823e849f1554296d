import { fieldLabels, t } from "../i18n/vi";
import { formatDate } from "./dates";
import { STORY_SEGMENTS, type StoryKind } from "./feed";
import { recognitionText, type FactsContext, type StoryFacts } from "./story-facts";

/**
 * What the press box of a story says: the quick facts a reporter can quote, the citation line,
 * the day of the last change and the share links. Pure text; the component only lays it out.
 */

/** The day a story last changed: its update day if it has one, else the day it was published. */
export function lastUpdated(dates: { publishedOn: string; updatedOn?: string | undefined }): string {
  return dates.updatedOn ?? dates.publishedOn;
}

/** What a citation names. */
export interface CitationSource {
  /** The publisher: the association's public name. */
  organisation: string;
  /** The story's title or the person's name, as on the page. */
  title: string;
  /** Absolute address of the page. */
  url: string;
  /** Day of the last change, `YYYY-MM-DD`. */
  updatedOn: string;
}

/** The ready-to-paste line: “Hội Cựu chiến binh tỉnh Ninh Bình, “Tên bài”, https://…/, ngày 20/10/2020.” */
export function citationLine(source: CitationSource): string {
  return t("press.citePattern", {
    org: source.organisation,
    title: source.title,
    url: source.url,
    date: formatDate(source.updatedOn),
  });
}

/** A label shown inside a sentence: field names and campaign titles start with a small letter there. */
function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase("vi") + label.slice(1);
}

/** The sentence on where an entry stands: its recognising decision, or how far it has come. */
function statusFact(entry: Pick<StoryFacts, "status" | "registeredOn" | "recognition">, context: FactsContext): string {
  if (entry.recognition) return t("press.factRecognised", { decision: recognitionText(entry.recognition, context) });
  const key = entry.status === "building" ? "press.factBuilding" : "press.factRegistered";
  return t(key, { date: formatDate(entry.registeredOn) });
}

function campaignFact(campaign: string, context: FactsContext): string {
  return t("press.factCampaign", { campaign: inSentence(context.campaignTitle(campaign)) });
}

/** What the quick facts read of a model. */
export interface ModelPressSource extends StoryFacts {
  results: readonly { label: string; value: string }[];
}

/** Quick facts of a collective model: whose, which field, its standing and its measured results. */
export function modelQuickFacts(model: ModelPressSource, context: FactsContext): string[] {
  const facts = [
    t("press.factModel", { unit: context.unitName(model.unit), field: inSentence(fieldLabels[model.field]) }),
    campaignFact(model.campaign, context),
    statusFact(model, context),
  ];
  if (model.results.length > 0) {
    facts.push(t("press.factResults", { results: model.results.map((r) => `${r.label}: ${r.value}`).join("; ") }));
  }
  return facts;
}

/** What the quick facts read of a person. */
export interface PersonPressSource extends StoryFacts {
  honorific: string;
  name: string;
  position: string;
}

/** Quick facts of an exemplary individual: who, where, which field, and their standing. */
export function personQuickFacts(person: PersonPressSource, context: FactsContext): string[] {
  return [
    t("press.factPerson", {
      name: `${person.honorific} ${person.name}`,
      position: person.position,
      unit: context.unitName(person.unit),
      field: inSentence(fieldLabels[person.field]),
    }),
    campaignFact(person.campaign, context),
    statusFact(person, context),
  ];
}

/** Quick facts of a news item: its day and, if it has one, its campaign. */
export function newsQuickFacts(
  item: { publishedOn: string; campaign?: string | undefined },
  context: FactsContext,
): string[] {
  const facts = [t("press.factNews", { date: formatDate(item.publishedOn) })];
  if (item.campaign) facts.push(campaignFact(item.campaign, context));
  return facts;
}

/** The networks a story can be shared to, by plain link: no script, no tracker. */
export const SHARE_NETWORKS = ["zalo", "facebook", "email"] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** A plain share link. */
export interface ShareLink {
  network: ShareNetwork;
  href: string;
}

/**
 * Share links of a page. Zalo publishes its share dialog only through its script SDK; the
 * `share_inline` address that SDK opens takes the page address in `url` and works as a plain
 * link. Facebook's sharer reads the page's Open Graph meta; the e-mail link fills in subject
 * and body for the reader's own mail program.
 */
export function shareLinks(page: { url: string; title: string; summary: string }): ShareLink[] {
  const url = encodeURIComponent(page.url);
  const hrefs: Record<ShareNetwork, string> = {
    zalo: `https://sp.zalo.me/share_inline?url=${url}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    email: `mailto:?subject=${encodeURIComponent(page.title)}&body=${encodeURIComponent(`${page.summary}\n\n${page.url}`)}`,
  };
  return SHARE_NETWORKS.map((network) => ({ network, href: hrefs[network] }));
}

/** Size of every share image: the Open Graph "large image" format. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Site-relative address of a story's share image: `/anh-chia-se/mo-hinh/<id>.jpg`. */
export function shareImagePath(kind: StoryKind, id: string): string {
  return `/anh-chia-se/${STORY_SEGMENTS[kind]}/${id}.jpg`;
}

/** The share image of pages that are not stories. */
export const SITE_SHARE_IMAGE_PATH = "/anh-chia-se/cong-thong-tin.jpg";
