import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { metaPolicyOf, publicPolicyOf, withPolicyMeta } from "./content-policy";

/**
 * Prepares a built site for GitHub Pages, which sends no headers of ours: every public page gets
 * the Content-Security-Policy of `deploy/nginx.conf` as a <meta> tag (without `frame-ancestors`,
 * which only a header can carry). The CMS pages already carry their own. What Pages cannot do
 * at all is in docs/deployment.md.
 *
 *   npx tsx deploy/github-pages.ts dist
 */

const NGINX_CONF = fileURLToPath(new URL("nginx.conf", import.meta.url));

/** Writes the policy into every page of `dist` outside `admin/`; returns how many pages. */
export function addPolicyMeta(dist: string, conf = readFileSync(NGINX_CONF, "utf8")): number {
  const policy = metaPolicyOf(publicPolicyOf(conf));
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => relative(dist, path).split(sep)[0] !== "admin");
  for (const page of pages) writeFileSync(page, withPolicyMeta(readFileSync(page, "utf8"), policy));
  return pages.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2];
  if (!dist) throw new Error("usage: npx tsx deploy/github-pages.ts <dist>");
  console.log(`GitHub Pages: chính sách bảo mật đã ghi vào ${addPolicyMeta(dist)} trang`);
}
