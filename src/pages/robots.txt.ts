import type { APIRoute } from "astro";

/** `/robots.txt`: everything may be crawled except the CMS; the sitemap lists the pages. */
export const GET: APIRoute = ({ site }) => {
  const lines = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin/",
    "",
    `Sitemap: ${new URL("sitemap-index.xml", site).href}`,
  ];
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
