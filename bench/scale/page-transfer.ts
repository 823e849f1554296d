import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pageWeight } from "../../tests/support/page-weight";
import { STORY_SEGMENTS } from "../../src/lib/urls";

/**
 * What a story page transfers before images (HTML, stylesheets, fonts, gzipped as a server
 * sends them), in KB: the median and the largest over every story of the built site.
 */
export function storyTransfer(dist: string): { medianKb: number; maxKb: number } {
  const files = new Map<string, Buffer | undefined>();
  const read = (sitePath: string) => {
    if (!files.has(sitePath)) {
      try {
        files.set(sitePath, readFileSync(join(dist, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath)));
      } catch {
        files.set(sitePath, undefined);
      }
    }
    const content = files.get(sitePath);
    // Story HTML is read once; keeping it would hold the whole site in memory.
    if (sitePath.endsWith("/")) files.delete(sitePath);
    return content;
  };
  const sizes: number[] = [];
  for (const segment of Object.values(STORY_SEGMENTS)) {
    for (const entry of readdirSync(join(dist, segment), { withFileTypes: true })) {
      // List pages are numbered (/mo-hinh/2/); stories have word ids.
      if (!entry.isDirectory() || /^\d+$/.test(entry.name)) continue;
      sizes.push(pageWeight(`/${segment}/${entry.name}/`, read).beforeImages / 1024);
    }
  }
  sizes.sort((a, b) => a - b);
  return { medianKb: sizes[Math.floor(sizes.length / 2)] ?? 0, maxKb: sizes.at(-1) ?? 0 };
}
