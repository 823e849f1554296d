import type { ImageMetadata } from "astro";
import { join } from "node:path";
import { t } from "../i18n/vi";
import { formatDate } from "../lib/dates";
import { STORY_SEGMENTS, type StoryKind } from "../lib/feed";
import { renderShareImage, type ShareImageInput } from "../lib/share-image";
import { lookups, models, news, people, settings } from "./site";

/** Share images are kept between builds here, beside Astro's own cache. */
const CACHE_DIR = join(process.cwd(), ".cache", "share-images");

/** The file on disk behind an image of Astro's pipeline; Astro exposes it while prerendering. */
function fileOf(src: ImageMetadata): string {
  const path = (src as ImageMetadata & { fsPath?: string }).fsPath;
  if (!path) throw new Error(`no file path for the image ${src.src}: cannot draw its share image`);
  return path;
}

/** What every share image shows around its title. */
async function frame(site: URL) {
  return { brand: t("site.name"), organisation: (await settings()).name, host: site.host };
}

/** One story's share image: the path segment of its kind, its id and what it shows. */
export type StoryShareImage = {
  segment: string;
  id: string;
  input: ShareImageInput;
};

/** The share images of every published story. */
export async function storyShareImages(site: URL): Promise<StoryShareImage[]> {
  const [names, around] = await Promise.all([lookups(), frame(site)]);
  const sampleLabel = (sample: boolean) => (sample ? t("sample.label") : undefined);
  const image = (kind: StoryKind, id: string, input: Omit<ShareImageInput, keyof typeof around>) => ({
    segment: STORY_SEGMENTS[kind],
    id,
    input: { ...around, ...input },
  });
  return [
    ...(await models()).map(({ id, data }) =>
      image("models", id, {
        title: data.title,
        kicker: t("list.models"),
        footer: names.unitName(data.unit),
        sampleLabel: sampleLabel(data.sample),
        photoPath: fileOf(data.cover.src),
      }),
    ),
    ...(await people()).map(({ id, data }) =>
      image("people", id, {
        title: `${data.honorific} ${data.name}`,
        kicker: t("list.people"),
        footer: names.unitName(data.unit),
        sampleLabel: sampleLabel(data.sample),
        photoPath: data.consent.photo && data.portrait ? fileOf(data.portrait.src) : undefined,
      }),
    ),
    ...(await news()).map(({ id, data }) =>
      image("news", id, {
        title: data.title,
        kicker: t("list.news"),
        footer: formatDate(data.publishedOn),
        sampleLabel: sampleLabel(data.sample),
        photoPath: data.cover ? fileOf(data.cover.src) : undefined,
      }),
    ),
  ];
}

/** The share image of pages that are not stories: the movement's name. */
export async function siteShareImage(site: URL): Promise<ShareImageInput> {
  return { ...(await frame(site)), title: t("home.title"), kicker: t("site.name"), footer: t("site.tagline") };
}

/** A share image as a static file. */
export async function shareImageResponse(input: ShareImageInput): Promise<Response> {
  const { image } = await renderShareImage(input, CACHE_DIR);
  return new Response(new Uint8Array(image), { headers: { "Content-Type": "image/jpeg" } });
}
