import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "../build/setup";

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
 * A temporary copy of the project to build with extra entries. The image caches of the real
 * checkout are copied along, so that the copy does not draw every sample photo again.
 */
export function copyProject(prefix: string): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const part of PARTS) cpSync(join(ROOT, part), join(root, part), { recursive: true });
  const cache = join(ROOT, ".cache");
  if (existsSync(cache)) {
    // Optimised images and share images only: the copy's content store is built from its own
    // files, and its first build renders every page (Astro's incremental cache is left behind).
    const own = [
      join(cache, "astro", "data-store.json"),
      join(cache, "astro", "incremental-build.json"),
      join(cache, "astro", "dist"),
    ];
    cpSync(cache, join(root, ".cache"), { recursive: true, filter: (path) => !own.includes(path) });
  }
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  return {
    root,
    write: (files) => {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
    },
    run: (command, args, env = {}) =>
      new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
        const chunks: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, output: Buffer.concat(chunks).toString("utf8") }));
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
