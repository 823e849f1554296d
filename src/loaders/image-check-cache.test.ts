import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { imageCheckCacheOf } from "./image-check-cache";

const roots: string[] = [];
const project = () => {
  const root = mkdtempSync(join(tmpdir(), "dvk-image-cache-"));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("imageCheckCacheOf", () => {
  it("gives back, in the next run, what the last run set, for the same size and time only", () => {
    const root = project();
    const first = imageCheckCacheOf(root);
    first.set("src/assets/a.jpg", 1000, 5, true);
    first.set("src/assets/b.jpg", 2000, 6, false);
    first.save();
    const next = imageCheckCacheOf(root);
    expect(next.get("src/assets/a.jpg", 1000, 5)).toBe(true);
    expect(next.get("src/assets/b.jpg", 2000, 6)).toBe(false);
    expect(next.get("src/assets/a.jpg", 1001, 5)).toBeUndefined();
    expect(next.get("src/assets/a.jpg", 1000, 7)).toBeUndefined();
    expect(next.get("src/assets/c.jpg", 1000, 5)).toBeUndefined();
  });

  it("keeps only the images of the last run", () => {
    const root = project();
    const first = imageCheckCacheOf(root);
    first.set("src/assets/a.jpg", 1, 1, true);
    first.save();
    imageCheckCacheOf(root).save();
    expect(imageCheckCacheOf(root).get("src/assets/a.jpg", 1, 1)).toBeUndefined();
  });

  it("starts empty from an unreadable file", () => {
    const root = project();
    imageCheckCacheOf(root).save();
    writeFileSync(join(root, ".cache", "content-gate", "images.json"), "{ half a file");
    expect(imageCheckCacheOf(root).get("src/assets/a.jpg", 1, 1)).toBeUndefined();
  });
});
