import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind index over the finished site as the last step of `astro build`.
 * Any error fails the build: a site whose search is broken must not be published.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "dan-van-kheo:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
        if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`đã lập chỉ mục tìm kiếm ${added.page_count} trang trong ${seconds} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
