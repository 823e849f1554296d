import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DECAP_PORT } from "./config-from-schemas";
import { HOST, startDecapServer } from "./decap-server";
import { generateCms } from "./generate-config";

/**
 * `npm run cms`: edit content on this machine, with the site (`astro dev`) and decap-server, both
 * on 127.0.0.1 only. Ctrl+C stops both; if one stops, the other is stopped too.
 *
 * - `npm run cms`: decap-server writes straight into this working copy (its `fs` mode). Saving
 *   publishes at once: that mode has no editorial workflow.
 * - `npm run cms -- --workflow`: the editorial workflow (draft → in review → ready → published),
 *   with decap-server's `git` mode on a clone of its own in `.cache/cms-workflow/` (made from the
 *   last commit if missing). That mode switches branches and commits everything in the folder it
 *   is given, so it never runs on this working copy. Published entries land on the clone's `main`;
 *   bring them here with `git pull .cache/cms-workflow main`.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const astroBin = join(dirname(require.resolve("astro/package.json")), "astro.js");
const workflow = process.argv.includes("--workflow");
const port = Number(process.env.DECAP_PORT || DEFAULT_DECAP_PORT);

/** The clone the workflow mode works on, made from this checkout's last commit. */
function workflowClone(): string {
  const clone = join(root, ".cache", "cms-workflow");
  if (!existsSync(join(clone, ".git"))) {
    execFileSync("git", ["clone", "--quiet", "--no-checkout", root, clone], { stdio: "inherit" });
    execFileSync("git", ["checkout", "--quiet", "-B", "main", "HEAD"], { cwd: clone, stdio: "inherit" });
  }
  return clone;
}

const env = { ...process.env, DECAP_LOCAL: "1", DECAP_PORT: String(port) };
generateCms(env);
const repository = workflow ? workflowClone() : root;

const decap = await startDecapServer({ mode: workflow ? "git" : "fs", repository, port });
const astro = spawn(process.execPath, [astroBin, "dev", "--host", HOST], { cwd: root, stdio: "inherit", env });
let exitCode = 0;

/** Stops both servers and exits; the first non-zero code wins. */
async function stopAll(code: number): Promise<never> {
  exitCode ||= code;
  if (astro.exitCode === null && astro.signalCode === null) astro.kill("SIGTERM");
  await decap.stop();
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stopAll(0));
decap.process.on("exit", (code) => void stopAll(code ?? 1));
astro.on("exit", (code) => void stopAll(code ?? 1));

console.log(
  `CMS: mở http://${HOST}:4321/admin/ (decap-server ở ${HOST}:${port}, ` +
    (workflow
      ? `quy trình duyệt bài trên bản sao ${repository}; lấy bài đã đăng về: git pull ${repository} main)`
      : `ghi thẳng vào thư mục này, không có quy trình duyệt bài)`),
);
