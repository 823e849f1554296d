import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateCms } from "./generate-config";

describe("generateCms", () => {
  const outDir = join(mkdtempSync(join(tmpdir(), "cms-admin-")), "admin");
  // How long it takes is measured by `npm run bench:cms-config`, not here: a unit test on a
  // shared machine cannot tell a slow function from a busy neighbour.
  generateCms({ DECAP_LOCAL: "1", DECAP_PORT: "8099" }, { outDir });
  afterAll(() => rmSync(join(outDir, ".."), { recursive: true, force: true }));

  it("bundles our browser code and the preview styles", () => {
    const admin = readFileSync(join(outDir, "admin.js"), "utf8");
    expect(admin).toContain("registerPreviewTemplate");
    expect(admin).toContain("Hội Cựu chiến binh huyện Nho Quan");
    expect(readFileSync(join(outDir, "preview.css"), "utf8")).toContain('.facts[data-scope="FactsBox"]');
  });

  it("writes a config.yml that reads back as the config", () => {
    const config = parse(readFileSync(join(outDir, "config.yml"), "utf8")) as Record<string, unknown>;
    expect(config).toMatchObject({ locale: "vi", local_backend: { url: "http://127.0.0.1:8099/api/v1" } });
    expect((config.collections as unknown[]).length).toBe(7);
  });

  it("writes an admin page that search engines skip and that loads our scripts after Decap", () => {
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain("<title>Quản trị nội dung – Dân vận khéo</title>");
    const scripts = [...html.matchAll(/<script src="([^"?]+)\?v=([0-9a-f]{10})"/g)].map((match) => match[1]);
    expect(scripts).toEqual(["decap-cms.js", "locale-vi-extra.js", "admin.js"]);
    for (const script of scripts) expect(existsSync(join(outDir, script ?? ""))).toBe(true);
  });

  it("writes the policy its backend calls for into the admin page, before anything it governs", () => {
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toContain("connect-src 'self' blob: https://api.github.com http://127.0.0.1:8099;");
    const at = html.indexOf("Content-Security-Policy");
    expect(at).toBeLessThan(html.indexOf("<style"));
    expect(at).toBeLessThan(html.indexOf("<script"));
  });

  it("copies the Decap bundle and its chunks, without source maps or other builds", () => {
    const files = readdirSync(outDir);
    expect(files).toContain("decap-cms.js");
    expect(files.some((file) => /^\d+\.decap-cms\.js$/.test(file))).toBe(true);
    expect(files.filter((file) => file.endsWith(".map") || file.endsWith(".wasm") || file.includes(".cms.js"))).toEqual(
      [],
    );
  });
});
