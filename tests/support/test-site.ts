import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT, SITE_ENTRIES } from "./paths";

/** The fixture site's entry files, as paths relative to a content folder. */
export function siteEntryFiles(): string[] {
  return readdirSync(SITE_ENTRIES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(SITE_ENTRIES, join(entry.parentPath, entry.name)));
}

/**
 * Adds the fixture site's entries to a content folder that holds the project's. An entry of
 * the fixture site may not replace one of the project's: the test site has both, each under
 * its own id.
 */
export function addSiteEntries(content: string): void {
  const clashes = siteEntryFiles().filter((path) => existsSync(join(content, path)));
  if (clashes.length > 0) throw new Error(`tests/fixtures/site/ and src/content/ both have: ${clashes.join(", ")}`);
  cpSync(SITE_ENTRIES, content, { recursive: true });
}

/**
 * For unit tests, which run before any build: a temporary project root whose `src/content/`
 * is the test site's (the project's entries and the fixture site's), with a copy of the
 * project's `src/assets/` so that the content gate finds every image (it refuses images
 * reached through a symbolic link).
 */
export function testSiteRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "dvk-test-site-content-"));
  cpSync(join(ROOT, "src", "content"), join(root, "src", "content"), { recursive: true });
  addSiteEntries(join(root, "src", "content"));
  cpSync(join(ROOT, "src", "assets"), join(root, "src", "assets"), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
