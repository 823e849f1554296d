import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { contentTypeOf } from "../../tests/support/static-server";

/** Text types a static host compresses on the fly; Pagefind's index files are gzipped already. */
const COMPRESSED = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;

/**
 * Serves a built site the way a production static host does for the measurement: gzip for text
 * (HTML, CSS, JS), files as they are otherwise, `dir/` → `dir/index.html`. Bytes measured over
 * this server are the bytes a phone would download.
 */
export async function serveCompressed(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
      let target = resolve(base, `.${pathname}`);
      if (target !== base && !target.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(target).catch(() => undefined))?.isDirectory()) target = join(target, "index.html");
      const body = await readFile(target).catch(() => undefined);
      if (!body) {
        response.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
        return;
      }
      const type = contentTypeOf(target);
      const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"]));
      response.writeHead(200, {
        "content-type": type,
        "cache-control": "public, max-age=3600",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
      });
      response.end(gzip ? gzipSync(body) : body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
