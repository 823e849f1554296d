import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { createGzip } from "node:zlib";
import { headersFor, type HeaderRule } from "./headers-file";

/**
 * Content types by extension, as a static host would send them. Pagefind's index files are
 * compressed binaries fetched by its script, so they go out as `application/octet-stream`.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xsl": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  // Decap CMS reads its config.yml and warns when it comes as bytes.
  ".yml": "text/yaml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  // `WebAssembly.instantiateStreaming` accepts only this type; Pagefind's own wasm ends in `.pagefind`.
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
};

/** The content type of a file name; unknown extensions are sent as bytes. */
export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  port: number;
  close: () => Promise<void>;
}

async function fileAt(path: string): Promise<"file" | "dir" | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? "file" : info.isDirectory() ? "dir" : undefined;
  } catch {
    return undefined;
  }
}

/** Types a static host compresses on the fly; images are compressed already, and so are Pagefind's index files. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  path: string,
  extra: Record<string, string>,
  options: StaticServerOptions,
): void {
  const type = contentTypeOf(path);
  const gzip =
    options.compress === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"]));
  response.writeHead(status, {
    ...extra,
    "content-type": type,
    "cache-control": options.cacheControl ?? "no-store",
    ...(gzip ? { "content-encoding": "gzip", vary: "Accept-Encoding" } : {}),
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  const file = createReadStream(path).on("error", () => response.destroy());
  if (gzip) file.pipe(createGzip()).pipe(response);
  else file.pipe(response);
}

function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  response.end(text);
}

export interface StaticServerOptions {
  /**
   * Response headers by URL pattern, as a host reads them from `_headers` (see
   * `tests/support/headers-file.ts`). With rules given, `/_headers` itself is not served,
   * as on such a host.
   */
  headers?: HeaderRule[];
  /** Gzip text responses (HTML, CSS, JS, JSON, XML, SVG) for clients that accept it, as a production host does. */
  compress?: boolean;
  /** The `Cache-Control` of every file; `no-store` unless given, so that tests always see the current `dist/`. */
  cacheControl?: string;
}

/**
 * Serves a built site the way a plain static host does: `dir/` answers with `dir/index.html`,
 * `dir` without the slash redirects to `dir/`, anything missing gets `404.html` with status 404.
 * Listens on 127.0.0.1 on a free port chosen by the system.
 */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const notFoundPage = join(base, "404.html");

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== "GET" && request.method !== "HEAD") {
        plain(response, 405, "Method Not Allowed", { allow: "GET, HEAD" });
        return;
      }
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        plain(response, 400, "Bad Request");
        return;
      }
      const target = resolve(base, `.${pathname}`);
      if (pathname.includes("\0") || (target !== base && !target.startsWith(base + sep))) {
        plain(response, 403, "Forbidden");
        return;
      }
      const extra = options.headers ? headersFor(options.headers, url.pathname) : {};
      const kind = options.headers && pathname === "/_headers" ? undefined : await fileAt(target);
      if (kind === "file") {
        send(request, response, 200, target, extra, options);
        return;
      }
      if (kind === "dir") {
        if (!url.pathname.endsWith("/")) {
          response.writeHead(301, { location: `${url.pathname}/${url.search}` });
          response.end();
          return;
        }
        const index = join(target, "index.html");
        if ((await fileAt(index)) === "file") {
          send(request, response, 200, index, extra, options);
          return;
        }
      }
      if ((await fileAt(notFoundPage)) === "file") send(request, response, 404, notFoundPage, extra, options);
      else plain(response, 404, "Not Found");
    })().catch((error: unknown) => {
      if (!response.headersSent) plain(response, 500, String(error));
      else response.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
