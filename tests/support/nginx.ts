import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port";

/** Debian's nginx, or the one named by `NGINX_PATH`. */
export const NGINX_PATH = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

/** The server configuration production uses, which every test serves the site with. */
export const SITE_CONF = fileURLToPath(new URL("../../deploy/nginx.conf", import.meta.url));

export interface Nginx {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  port: number;
  /** Stops nginx and deletes its temporary prefix. */
  close: () => Promise<void>;
}

export interface NginxOptions {
  /**
   * What goes in the `server { }` block after `listen` and `root`: by default the production
   * file, included as production includes it. Another text serves the folder another way (a
   * host that sends no headers of its own, for one).
   */
  site?: string;
}

/** A path written into the configuration in double quotes; nginx would read `$` as a variable. */
function quoted(path: string): string {
  if (/["$\\\n]/.test(path)) throw new Error(`nginx cannot be given this path safely: ${path}`);
  return `"${path}"`;
}

/**
 * The main configuration around the site's server block: everything nginx writes goes to the
 * temporary prefix, so it runs without touching /etc/nginx or /var. Run as root (CI containers),
 * the workers stay root: Debian's default worker user could not read a checkout under /root.
 * Run as anyone else, nginx keeps that user and needs no `user` line.
 */
function mainConf(prefix: string, root: string, port: number, site: string): string {
  const temp = (name: string) => quoted(join(prefix, name));
  return [
    ...(process.getuid?.() === 0 ? ["user root root;"] : []),
    "daemon off;",
    "worker_processes 1;",
    `pid ${temp("nginx.pid")};`,
    `error_log ${temp("error.log")} warn;`,
    "events { worker_connections 512; }",
    "http {",
    "  access_log off;",
    `  client_body_temp_path ${temp("client_body")};`,
    `  proxy_temp_path ${temp("proxy")};`,
    `  fastcgi_temp_path ${temp("fastcgi")};`,
    `  uwsgi_temp_path ${temp("uwsgi")};`,
    `  scgi_temp_path ${temp("scgi")};`,
    "  server {",
    `    listen 127.0.0.1:${port};`,
    `    root ${quoted(resolve(root))};`,
    site,
    "  }",
    "}",
    "",
  ].join("\n");
}

/**
 * Resolves once nginx has written its pid file (it does so after binding its port, so a port
 * taken by someone else in between ends in an exit, not in a false start) and accepts
 * connections; rejects when nginx exits first.
 */
async function listening(prefix: string, port: number, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`nginx stopped (${child.exitCode ?? child.signalCode}): ${errors()}`);
    }
    const up =
      existsSync(join(prefix, "nginx.pid")) &&
      (await new Promise<boolean>((done) => {
        const socket = connect(port, "127.0.0.1");
        socket.once("connect", () => {
          socket.destroy();
          done(true);
        });
        socket.once("error", () => done(false));
      }));
    if (up) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within 10 s: ${errors()}`);
    await new Promise((wait) => setTimeout(wait, 25));
  }
}

/**
 * Serves a folder with Debian's nginx and the production configuration (`deploy/nginx.conf`),
 * on 127.0.0.1, on a port the system just had free (nginx cannot say which port it got when
 * asked for port 0; a port taken in between is retried), with a temporary prefix. Fails,
 * never skips, when nginx is missing: `.ci/run` installs it.
 */
export async function startNginx(root: string, options: NginxOptions = {}): Promise<Nginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `nginx not found at ${NGINX_PATH}: run \`apt-get install -y nginx\` (.ci/run does), or set NGINX_PATH.`,
    );
  }
  const site = options.site ?? `include ${quoted(SITE_CONF)};`;
  for (let attempt = 1; ; attempt++) {
    const prefix = mkdtempSync(join(tmpdir(), "dvk-nginx-"));
    const port = await freePort();
    const conf = join(prefix, "nginx.conf");
    writeFileSync(conf, mainConf(prefix, root, port, site));
    const errorLog = join(prefix, "error.log");
    let stderr = "";
    const child = spawn(NGINX_PATH, ["-p", prefix, "-c", conf, "-e", errorLog], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const errors = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, "utf8") : ""}`.trim();
    try {
      await listening(prefix, port, child, errors);
    } catch (error) {
      child.kill("SIGKILL");
      rmSync(prefix, { recursive: true, force: true });
      if (attempt < 5 && /Address already in use/.test(errors())) continue;
      throw error;
    }
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    return {
      origin: `http://127.0.0.1:${port}`,
      port,
      close: async () => {
        // SIGQUIT: finish the requests in flight, then stop.
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGQUIT");
        await exited;
        rmSync(prefix, { recursive: true, force: true });
      },
    };
  }
}
