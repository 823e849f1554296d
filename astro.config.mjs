// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { adminInDev } from "./src/integrations/admin-dev";
import { pagefindIndex } from "./src/integrations/pagefind";

export default defineConfig({
  site: "https://dvk.ccbninhbinh.vn",
  trailingSlash: "always",
  // Kept beside the checkout rather than in node_modules, so that worktrees sharing one
  // node_modules never share a content store or image cache.
  cacheDir: "./.cache/astro",
  server: { host: "127.0.0.1", port: 4321 },
  // No inline <style> or <script>: the Content-Security-Policy in public/_headers allows styles
  // and scripts only from this site ('self'), so every stylesheet and script must be a file.
  build: { format: "directory", inlineStylesheets: "never" },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes("/admin/") }), pagefindIndex(), adminInDev()],
});
