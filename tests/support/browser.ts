import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, or the one named by `CHROMIUM_PATH`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet, reproducible headless run: no sandbox in containers, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  /** A persistent context on a fresh, empty profile. */
  context: BrowserContext;
  /** Opens a new tab. */
  newPage: () => Promise<Page>;
  /** Closes Chromium and deletes its profile. */
  close: () => Promise<void>;
}

/**
 * Launches headless Chromium on a fresh profile. Browser tests never skip: without Chromium
 * they fail, in CI and locally alike, with the command that installs it. `javaScriptEnabled:
 * false` shows the site as a reader without JavaScript sees it.
 */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === "true") {
      throw new Error(
        `Chromium not found at ${CHROMIUM_PATH}: the CI image must provide it (.ci/run installs it with apt); browser tests fail, they are never skipped.`,
      );
    }
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), "dvk-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      try {
        await context.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
}
