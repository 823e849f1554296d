import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Starts decap-server, the local backend of the CMS, bound to 127.0.0.1 only (it has no
 * authentication). Two modes:
 * - `fs`: reads and writes the files of a working copy; no editorial workflow;
 * - `git`: keeps each entry being edited on a branch `cms/<collection>/<slug>` and merges it on
 *   publishing, which gives the editorial workflow. It checks out branches and commits with
 *   `git add .` in the repository it is given, so it must only ever run on a clone of its own,
 *   never in a working copy someone is using.
 */

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve("decap-server/package.json")), "dist", "index.js");

export const HOST = "127.0.0.1";

export interface DecapServerOptions {
  mode: "fs" | "git";
  /** The repository (git) or working copy (fs) it reads and writes. */
  repository: string;
  port: number;
  /** Where its log goes; inherited by default. */
  stdio?: "inherit" | "pipe" | "ignore";
}

export interface RunningDecapServer {
  process: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

/** Resolves once the server answers Decap's `info` action, or rejects after `timeoutMs`. */
async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "info" }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startDecapServer(options: DecapServerOptions, timeoutMs = 15_000): Promise<RunningDecapServer> {
  const child = spawn(process.execPath, [SERVER], {
    cwd: options.repository,
    stdio: options.stdio ?? "inherit",
    env: {
      ...process.env,
      MODE: options.mode,
      GIT_REPO_DIRECTORY: options.repository,
      BIND_HOST: HOST,
      PORT: String(options.port),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  });
  const url = `http://${HOST}:${options.port}/api/v1`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await waitUntilAnswering(url, child, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { process: child, url, stop };
}
