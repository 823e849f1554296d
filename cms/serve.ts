import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCms } from "./generate-config";

/**
 * `npm run cms`: edit content on this machine. Runs decap-server (which reads and writes the
 * files of this working copy) and `astro dev`, both on 127.0.0.1 only, with a config that
 * points the CMS at decap-server. Ctrl+C stops both; if one stops, the other is stopped too.
 */

const HOST = "127.0.0.1";
const DECAP_PORT = "8081";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const binOf = (pkg: string, bin: string) => join(dirname(require.resolve(`${pkg}/package.json`)), bin);

const env = { ...process.env, DECAP_LOCAL: "1" };
generateCms(env);

const children: ChildProcess[] = [
  // MODE=fs: read and write files only. Its git mode would switch branches and commit in this
  // working copy, which is not what editing on one's own machine should do.
  spawn(process.execPath, [binOf("decap-server", "dist/index.js")], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, BIND_HOST: HOST, PORT: DECAP_PORT, MODE: "fs", GIT_REPO_DIRECTORY: root },
  }),
  spawn(process.execPath, [binOf("astro", "astro.js"), "dev", "--host", HOST], { cwd: root, stdio: "inherit", env }),
];

let exitCode: number | undefined;

function stopAll(code: number) {
  exitCode ??= code;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
}

for (const child of children) {
  child.on("exit", (code, signal) => {
    stopAll(code ?? (signal ? 1 : 0));
    if (children.every((other) => other.exitCode !== null || other.signalCode !== null)) process.exit(exitCode);
  });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => stopAll(0));
}
// Last resort if this process ends some other way: never leave a server behind.
process.on("exit", () => stopAll(exitCode ?? 0));

// `astro dev` does not serve `public/admin/index.html` for `/admin/` (a static host does), so
// the dev address names the file.
console.log(`CMS: mở http://${HOST}:4321/admin/index.html (decap-server ở ${HOST}:${DECAP_PORT})`);
