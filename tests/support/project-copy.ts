import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT, SITE } from "./paths";

/** What a build needs of the project; `node_modules` is linked, not copied. */
const PARTS = ["src", "public", "cms", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"];

export interface ProjectCopy {
  root: string;
  /** Writes (or overwrites) files, given paths relative to the copy's root. */
  write: (files: Record<string, string | Buffer>) => void;
  /**
   * Runs a command in the copy and resolves with its exit status and everything it printed.
   * Asynchronous, so that the test worker keeps answering vitest during a long build. `env`
   * adds to (or overrides) this process's environment, e.g. `BUILD_DAY` to pin the day.
   */
  run: (
    command: string,
    args: string[],
    env?: Record<string, string>,
  ) => Promise<{ status: number | null; output: string }>;
  remove: () => void;
}

/**
 * What a build leaves for the next one to start from: `dist/`, Astro's content store and its
 * incremental cache. The caches of derived files (photo variants, share images, the gate's
 * verdicts) are not among them: a deploy keeps those.
 */
const LAST_BUILD = ["dist", ".cache/astro/data-store.json", ".cache/astro/incremental-build.json", ".cache/astro/dist"];

/** Deletes what the last build left in `root`, so that the next build renders every page. */
export function forgetLastBuild(root: string): void {
  for (const path of LAST_BUILD) rmSync(join(root, path), { recursive: true, force: true });
}

/**
 * The image caches to start a copy with: the test site's, which the build tier's setup has
 * filled, or else the checkout's own. Optimised images and share images only: a copy's
 * content store is built from its own files, and its first build renders every page (Astro's
 * incremental cache is left behind).
 */
export function copyCaches(into: string): void {
  const cache = [join(SITE, ".cache"), join(ROOT, ".cache")].find((folder) => existsSync(folder));
  if (cache === undefined) return;
  const own = LAST_BUILD.filter((path) => path.startsWith(".cache/")).map((path) =>
    join(cache, path.slice(".cache/".length)),
  );
  cpSync(cache, join(into, ".cache"), { recursive: true, filter: (path) => !own.includes(path) });
}

/**
 * Copies the parts of the project a build needs into `into` (replacing any earlier copy of
 * them, keeping anything else there, such as Astro's caches), and links `node_modules`.
 */
export function copyProjectInto(into: string): void {
  mkdirSync(into, { recursive: true });
  for (const part of PARTS) {
    rmSync(join(into, part), { recursive: true, force: true });
    cpSync(join(ROOT, part), join(into, part), { recursive: true });
  }
  if (!existsSync(join(into, ".cache"))) copyCaches(into);
  if (!existsSync(join(into, "node_modules"))) symlinkSync(join(ROOT, "node_modules"), join(into, "node_modules"));
}

/** Runs a command in a folder; resolves with its exit status and everything it printed. */
export function runIn(
  cwd: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output: Buffer.concat(chunks).toString("utf8") }));
  });
}

/**
 * A temporary copy of the project to build with extra entries. The image caches are copied
 * along, so that the copy does not draw every sample photo again.
 */
export function copyProject(prefix: string): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), prefix));
  copyProjectInto(root);
  return {
    root,
    write: (files) => {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
    },
    run: (command, args, env = {}) => runIn(root, command, args, env),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
