import type { APIRoute, GetStaticPaths } from "astro";
import { shareImageResponse, storyShareImages, type StoryShareImage } from "../../../data/share-images";

export const getStaticPaths = (async () =>
  (await storyShareImages(new URL(import.meta.env.SITE))).map((image) => ({
    params: { kind: image.segment, id: image.id },
    props: image,
  }))) satisfies GetStaticPaths;

/** `/anh-chia-se/<kind>/<id>.jpg`: the 1200×630 image link previews show for a story. */
export const GET: APIRoute<StoryShareImage> = ({ props }) => shareImageResponse(props.input);
