import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root: the checkout the tests run in. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The fixture site's own entries (tests/fixtures/site/<collection>/…): a draft, a person who
 * withdrew, entries with the shapes the rules need. They never sit in `src/content/`, where
 * editors would see them in the CMS.
 */
export const SITE_ENTRIES = join(ROOT, "tests", "fixtures", "site");

/** The folder where the tests of a checkout make and build its test site. */
export function testSiteOf(checkout: string): string {
  return join(tmpdir(), `dvk-test-site-${createHash("sha256").update(checkout).digest("hex").slice(0, 12)}`);
}

/**
 * Where the test site is made and built: the project's code and content plus the fixture
 * site's entries. Outside the checkout, so that no linter or type check walks it; one folder
 * per checkout, kept between runs so that Astro's caches make the next build quicker.
 */
export const SITE = testSiteOf(ROOT);

/** The built test site that the build and e2e tests read. */
export const DIST = join(SITE, "dist");

/** The test site's content folder: the project's entries and the fixture site's. */
export const SITE_CONTENT = join(SITE, "src", "content");
