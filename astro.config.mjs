// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { adminInDev } from "./src/integrations/admin-dev";
import { cleanPublishedPhotos } from "./src/integrations/clean-published-photos";
import { shareImages } from "./src/integrations/share-images";
import { lastModifiedByPath } from "./src/lib/sitemap";
import { PAGE_PATHS, isHandoutPath } from "./src/lib/urls";
import { contentOf } from "./src/loaders/read-content";

/** @type {Promise<Map<string, string>> | undefined} */
let lastModified;
/** Day a page last changed, from the content gate's run of this build (see `contentOf`). */
async function lastModifiedOf(/** @type {string} */ url) {
  lastModified ??= contentOf(fileURLToPath(new URL(".", import.meta.url))).then(({ entries }) =>
    lastModifiedByPath(entries),
  );
  return (await lastModified).get(new URL(url).pathname);
}

export default defineConfig({
  site: "https://dvk.ccbninhbinh.vn",
  trailingSlash: "always",
  // Kept beside the checkout rather than in node_modules, so that worktrees sharing one
  // node_modules never share a content store or image cache.
  cacheDir: "./.cache/astro",
  server: { host: "127.0.0.1", port: 4321 },
  // No inline <style> or <script>: the Content-Security-Policy in deploy/nginx.conf allows styles
  // and scripts only from this site ('self'), so every stylesheet and script must be a file.
  build: { format: "directory", inlineStylesheets: "never" },
  // Whitespace removed losslessly, as up to Astro 6: Astro 7's default ("jsx") drops the space
  // between two inline elements, which glues Vietnamese words together ("Dân vận khéoHội…").
  compressHTML: true,
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages whose cache key (src/data/page-keys.ts) and code are unchanged since the last build
  // are copied from .cache/astro/dist/ instead of rendered again (docs/incremental-build.md).
  experimental: { incrementalBuild: true },
  integrations: [
    mdx(),
    sitemap({
      // Handouts repeat their story on paper: the story is the page to index.
      filter: (page) => !page.includes(PAGE_PATHS.admin) && !isHandoutPath(new URL(page).pathname),
      serialize: async (item) => {
        const lastmod = await lastModifiedOf(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    shareImages(),
    cleanPublishedPhotos(),
    adminInDev(),
  ],
});
