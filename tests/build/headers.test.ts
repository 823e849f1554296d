import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile, readHeadersFile } from "../support/headers-file";
import { DIST, ROOT } from "./setup";

/**
 * The response headers the host must send, as shipped in `dist/_headers`, and the nginx block
 * of the README that says the same for an nginx host.
 */
const rules = existsSync(join(DIST, "_headers")) ? readHeadersFile(join(DIST, "_headers")) : [];
const publicPage = headersFor(rules, "/mo-hinh/");
const admin = headersFor(rules, "/admin/");

/** A policy as a map from directive to its sources. */
function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** `add_header` lines of the README's nginx block, for the server and for `location /admin/`. */
function nginxHeaders(): { server: Record<string, string>; admin: Record<string, string> } {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /## Security headers[\s\S]*?```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const found = { server: {} as Record<string, string>, admin: {} as Record<string, string> };
  let inAdmin = false;
  for (const line of block.split("\n")) {
    if (/^\s*location \/admin\/ \{/.test(line)) inAdmin = true;
    else if (/^\s*\}/.test(line)) inAdmin = false;
    const header = /^\s*add_header ([\w-]+) "([^"]*)" always;/.exec(line);
    if (header?.[1] && header[2] !== undefined)
      (inAdmin ? found.admin : found.server)[header[1].toLowerCase()] = header[2];
  }
  return found;
}

describe("dist/_headers", () => {
  it("is shipped", () => {
    expect(existsSync(join(DIST, "_headers"))).toBe(true);
    expect(rules.length).toBeGreaterThan(0);
  });

  describe("public pages", () => {
    const csp = directives(publicPage["content-security-policy"]);

    it.each([
      ["default-src", ["'self'"]],
      ["script-src", ["'self'", "'wasm-unsafe-eval'"]],
      ["style-src", ["'self'"]],
      ["object-src", ["'none'"]],
      ["base-uri", ["'self'"]],
      ["frame-ancestors", ["'none'"]],
    ])("%s is exactly %j", (name, sources) => {
      expect(csp.get(name)).toEqual(sources);
    });

    it("allow nothing inline and no JavaScript eval", () => {
      expect(publicPage["content-security-policy"]).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|https?:/);
    });

    it("stop content sniffing", () => {
      expect(publicPage["x-content-type-options"]).toBe("nosniff");
    });

    it("may be indexed", () => {
      expect(publicPage["x-robots-tag"]).toBeUndefined();
    });
  });

  describe("/admin/", () => {
    const csp = directives(admin["content-security-policy"]);

    it("has one policy of its own, not the public one joined to it", () => {
      expect(admin["content-security-policy"]).toBeDefined();
      expect(admin["content-security-policy"]).not.toBe(publicPage["content-security-policy"]);
      expect(admin["content-security-policy"]?.match(/default-src/g)).toHaveLength(1);
    });

    it("lets Decap evaluate its schema compiler and write its styles, and nothing from other sites but GitHub", () => {
      expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-eval'"]);
      expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      expect(csp.get("connect-src")).toEqual(["'self'", "https://api.github.com"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    });

    it.each(["/admin/", "/admin/config.yml", "/admin/decap-cms.js"])("%s is not indexed", (path) => {
      expect(headersFor(rules, path)["x-robots-tag"]).toBe("noindex, nofollow");
    });
  });
});

describe("headersFor reads a _headers file as the host does", () => {
  const sample = parseHeadersFile(
    ["/*", "  A: 1", "  B: x", "/admin/*", "  ! A", "  A: 2", "  B: y", "/:kind/one", "  C: z"].join("\n"),
  );

  it.each([
    ["/", { a: "1", b: "x" }],
    ["/admin/", { a: "2", b: "x, y" }],
    ["/mo-hinh/one", { a: "1", b: "x", c: "z" }],
    ["/mo-hinh/one/two", { a: "1", b: "x" }],
  ])("%s → %j", (path, expected) => {
    expect(headersFor(sample, path)).toEqual(expected);
  });

  it("refuses a line it does not understand", () => {
    expect(() => parseHeadersFile("/*\n  not a header\n")).toThrow(/line 2/);
  });
});

describe("the nginx block of the README", () => {
  const nginx = nginxHeaders();

  it("sends the same headers as _headers on public pages", () => {
    expect(nginx.server).toEqual(publicPage);
  });

  it("sends the same headers as _headers on /admin/", () => {
    expect(nginx.admin).toEqual(admin);
  });
});
