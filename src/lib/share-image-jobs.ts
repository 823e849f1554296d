import { t } from "../i18n/vi";
import type { CollectionName } from "../schemas/shared";
import { formatDate } from "./dates";
import { shownParts } from "./consent";
import { SITE_SHARE_IMAGE_PATH, shareImagePath } from "./press";
import type { ShareImageInput } from "./share-image";
import { storyKindOf } from "./urls";

/**
 * Which share images the site has and what each shows, worked out from the content gate's
 * entries (front matter as written, image paths relative to the entry file), so that the
 * images can be drawn or taken from the cache after the pages are built.
 */

/** An entry as the content gate returns it, with the fields share images read. */
export interface ShareImageEntry {
  collection: CollectionName;
  id: string;
  /** The entry file, from the project root. */
  path: string;
  publishable: boolean;
  data: Record<string, unknown>;
}

/** One image to put in `dist/`: its site path and what it shows. */
export interface ShareImageJob {
  sitePath: string;
  input: ShareImageInput;
}

/** What the share images need from outside the entries. */
export interface ShareImageContext {
  /** The site's host name, printed bottom right. */
  host: string;
  /** Where an image file sits, from the project root, given the entry file and the path written in it. */
  resolve: (entryPath: string, src: string) => string;
}

interface StoryFields {
  title?: string;
  name?: string;
  honorific?: string;
  unit?: string;
  publishedOn?: string;
  sample?: boolean;
  cover?: { src: string };
  portrait?: { src: string };
  consent?: { photo?: boolean };
}

/** Every published story's share image and the site's own, in entry order. */
export function shareImageJobs(entries: readonly ShareImageEntry[], context: ShareImageContext): ShareImageJob[] {
  const unitNames = new Map(
    entries.filter((e) => e.collection === "units").map((e) => [e.id, String(e.data.name)] as const),
  );
  const organisation = String(entries.find((e) => e.collection === "settings")?.data.name ?? "");
  const frame = { brand: t("site.name"), organisation, host: context.host };
  const jobs: ShareImageJob[] = [
    {
      sitePath: SITE_SHARE_IMAGE_PATH,
      input: { ...frame, title: t("home.title"), kicker: t("site.name"), footer: t("site.tagline") },
    },
  ];
  for (const entry of entries) {
    const kind = storyKindOf(entry.collection);
    if (!kind || !entry.publishable) continue;
    const data = entry.data as StoryFields;
    const photo =
      kind === "people" ? shownParts({ consent: data.consent ?? {}, portrait: data.portrait }).portrait : data.cover;
    const unit = data.unit ?? "";
    jobs.push({
      sitePath: shareImagePath(kind, entry.id),
      input: {
        ...frame,
        title: kind === "people" ? `${data.honorific ?? ""} ${data.name ?? ""}` : (data.title ?? ""),
        kicker: t(kind === "models" ? "list.models" : kind === "people" ? "list.people" : "list.news"),
        footer: kind === "news" ? formatDate(data.publishedOn ?? "") : (unitNames.get(unit) ?? unit),
        sampleLabel: data.sample ? t("sample.label") : undefined,
        photoPath: photo ? context.resolve(entry.path, photo.src) : undefined,
      },
    });
  }
  return jobs;
}
