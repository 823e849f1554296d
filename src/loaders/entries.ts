import type { AstroIntegrationLogger } from "astro";
import type { Loader } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { formatProblems, type GateResult } from "../lib/content-gate";
import type { CollectionName } from "../schemas/shared";
import { contentOf, forgetContent } from "./read-content";

/**
 * An unchanged entry must re-register its body images, or Astro drops them from the build.
 * The store's public type omits this method, which Astro's own glob loader calls the same way.
 */
function keepAssetImports(store: unknown, assets: string[], filePath: string): void {
  (store as { addAssetImports(assets: string[], filePath: string): void }).addAssetImports(assets, filePath);
}

/**
 * All collections load from one gate run: references cross collections, so every file is
 * checked before any entry is stored, and a single problem anywhere stops the build.
 */
function gateOnce(root: string, logger: AstroIntegrationLogger): Promise<GateResult> {
  return contentOf(root, (checked, total) => logger.info(`đã kiểm tra ${checked}/${total} tệp nội dung`));
}

/**
 * Loads one collection through the content gate and the body pipeline. Entries that may not
 * be published (drafts, people without standing consent) are never stored, so no page, feed
 * or export can reach them.
 */
export function entriesLoader(collection: CollectionName): Loader {
  return {
    name: `dan-van-kheo:${collection}`,
    load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      watcher?.on("all", () => forgetContent(root));
      const { entries, problems } = await gateOnce(root, logger);
      const errors = problems.filter((p) => p.severity === "error");
      if (collection === "units") {
        for (const warning of problems.filter((p) => p.severity === "warning")) logger.warn(formatProblems([warning]));
      }
      if (errors.length > 0) {
        const refusal = new Error(
          `Nội dung có ${errors.length} lỗi (content has ${errors.length} errors):\n${formatProblems(errors)}`,
        );
        // A report on the content, not a crash: Astro prints a stack trace only when there is one.
        refusal.stack = "";
        throw refusal;
      }
      const kept = new Set<string>();
      for (const entry of entries) {
        if (entry.collection !== collection || !entry.publishable) continue;
        kept.add(entry.id);
        // The rendered HTML is part of the digest: a change of the body pipeline stores the entry again.
        const digest = generateDigest(`${entry.path}\n${JSON.stringify(entry.data)}\n${entry.rendered?.html ?? ""}`);
        const existing = store.get(entry.id);
        if (existing?.digest === digest) {
          if (existing.assetImports?.length && existing.filePath) {
            keepAssetImports(store, existing.assetImports, existing.filePath);
          }
          continue;
        }
        const data = await parseData({ id: entry.id, data: entry.data, filePath: `${root}/${entry.path}` });
        const rendered = entry.rendered && {
          html: entry.rendered.html,
          metadata: { imagePaths: entry.rendered.imageSources },
        };
        // No `body`: pages show the rendered HTML, and the source text of thousands of entries
        // would only weigh on the store and on the build's memory.
        store.set({
          id: entry.id,
          data,
          filePath: entry.path,
          digest,
          ...(rendered ? { rendered, assetImports: rendered.metadata.imagePaths } : {}),
        });
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      logger.info(`${kept.size} mục đã kiểm tra và nạp`);
    },
  };
}
