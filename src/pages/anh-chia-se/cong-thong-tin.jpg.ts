import type { APIRoute } from "astro";
import { shareImageResponse, siteShareImage } from "../../data/share-images";

/** `/anh-chia-se/cong-thong-tin.jpg`: the share image of every page that is not a story. */
export const GET: APIRoute = async ({ site }) => shareImageResponse(await siteShareImage(site!));
