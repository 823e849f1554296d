import type { AstroIntegration } from "astro";
import { copyFileSync, linkSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROGRESS_EVERY, resolveFrom } from "../lib/content-gate";
import { renderShareImage } from "../lib/share-image";
import { shareImageJobs, type ShareImageJob } from "../lib/share-image-jobs";
import { contentOf } from "../loaders/read-content";

/** How many images are drawn at once: satori lays out one while sharp encodes another. */
const DRAWING_AT_ONCE = 4;

/**
 * Puts every story's share image (and the site's own) into `dist/anh-chia-se/` after the pages
 * are built. Images come from the cache in `.cache/share-images/`, drawn there first when what
 * they show has changed; each is hard-linked into `dist/` rather than written again, which at
 * thousands of stories saves writing hundreds of megabytes on every build.
 */
export function shareImages(): AstroIntegration {
  let root = "";
  let host = "";
  return {
    name: "dan-van-kheo:share-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        host = config.site ? new URL(config.site).host : "";
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const { entries } = await contentOf(root);
        const jobs = shareImageJobs(entries, {
          host,
          resolve: (entryPath, src) => join(root, resolveFrom(entryPath, src)),
        });
        const cacheDir = join(root, ".cache", "share-images");
        let drawn = 0;
        let done = 0;
        const place = async (job: ShareImageJob) => {
          const { file, cached } = await renderShareImage(job.input, cacheDir);
          if (!cached) drawn++;
          const target = join(fileURLToPath(dir), job.sitePath);
          mkdirSync(dirname(target), { recursive: true });
          rmSync(target, { force: true });
          try {
            linkSync(file, target);
          } catch {
            // Another file system, or one without hard links: a copy does the same job.
            copyFileSync(file, target);
          }
          if (++done % PROGRESS_EVERY === 0) logger.info(`đã có ${done}/${jobs.length} ảnh chia sẻ`);
        };
        let next = 0;
        await Promise.all(
          Array.from({ length: DRAWING_AT_ONCE }, async () => {
            while (next < jobs.length) await place(jobs[next++]!);
          }),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${jobs.length} ảnh chia sẻ (${drawn} ảnh vẽ mới) trong ${seconds} s`);
      },
    },
  };
}
