import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { metaPolicyOf, publicPolicyOf, withPolicyMeta } from "./content-policy";

const conf = readFileSync(new URL("nginx.conf", import.meta.url), "utf8");

describe("publicPolicyOf", () => {
  it("reads the server-level policy of deploy/nginx.conf, not the CMS's", () => {
    const policy = publicPolicyOf(conf);
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; /);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it.each([
    ["no policy at all", "location / {\n  root /x;\n}\n"],
    ["a policy only inside a location", 'location /a/ {\n  set $content_security_policy "default-src x";\n}\n'],
    ["two policies", 'set $content_security_policy "a";\nset $content_security_policy "b";\n'],
    ["a policy commented out", '# set $content_security_policy "a";\n'],
  ])("refuses a file with %s", (_what, text) => {
    expect(() => publicPolicyOf(text)).toThrow(/expected one server-level/);
  });
});

describe("metaPolicyOf", () => {
  it.each([
    ["default-src 'self'; frame-ancestors 'none'", "default-src 'self'"],
    ["frame-ancestors 'none'; img-src 'self'; report-uri /r; sandbox", "img-src 'self'"],
    ["default-src 'self';  ; style-src 'self'", "default-src 'self'; style-src 'self'"],
  ])("%s → %s", (policy, expected) => {
    expect(metaPolicyOf(policy)).toBe(expected);
  });
});

describe("withPolicyMeta", () => {
  it.each([
    [
      '<html><head><meta charset="utf-8"><title>x</title>',
      '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>',
    ],
    [
      '<head><META CHARSET="UTF-8" /><script src="/a.js">',
      '<META CHARSET="UTF-8" /><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script',
    ],
  ])("puts the policy right after the charset, before anything it governs: %s", (html, expected) => {
    expect(withPolicyMeta(html, "default-src 'self'")).toContain(expected);
  });

  it("escapes what would end the attribute", () => {
    expect(withPolicyMeta('<meta charset="utf-8">', 'a "b" & <c>')).toContain('content="a &quot;b&quot; &amp; &lt;c>"');
  });

  it("refuses a page without a charset declaration", () => {
    expect(() => withPolicyMeta("<html><head><title>x</title>", "default-src 'self'")).toThrow(/charset/);
  });
});
