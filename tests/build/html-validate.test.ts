import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, type ConfigData, type Message } from "html-validate";
import { describe, expect, it } from "vitest";
import { DIST, ROOT } from "./setup";

/**
 * Every built HTML page against html-validate's recommended rules, configured in
 * `.htmlvalidate.json`. A rule may be turned off or relaxed there only with its reason here.
 */
const REASONS: Record<string, string> = {
  "doctype-style":
    "a style rule: Astro writes <!DOCTYPE html>, Prettier writes <!doctype html> in cms/admin.html; both are valid HTML",
  "void-style": "a style rule: Astro writes <meta>, Prettier writes <meta /> in cms/admin.html; both are valid HTML",
  "long-title":
    "a page's title is the registered name of a model plus the site name; Vietnamese names often pass 70 characters and must not be cut (they are names in decisions); search engines shorten the display themselves",
  "valid-id":
    "relaxed, not off: HTML allows ids that start with a digit, and the reports page anchors each campaign by its id (/bao-cao/#2016-2020); only empty ids and ids with spaces stay errors",
};

const config = JSON.parse(readFileSync(join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData & {
  extends: string[];
  rules: NonNullable<ConfigData["rules"]>;
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const pages = existsSync(DIST) ? walk(DIST).filter((file) => file.endsWith(".html")) : [];
// The configuration is given, not looked up beside the pages: the test site is built outside the checkout.
const validator = new HtmlValidate(new FileSystemConfigLoader(config));

describe(".htmlvalidate.json", () => {
  it("starts from the recommended rules", () => {
    expect(config.extends).toEqual(["html-validate:recommended"]);
  });

  it("changes no rule without a reason written here", () => {
    expect(Object.keys(config.rules).sort()).toEqual(Object.keys(REASONS).sort());
  });
});

describe("html-validate over dist/**/*.html", () => {
  it("has the whole site to check, the CMS page included", () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages).toContain(join(DIST, "admin", "index.html"));
  });

  it("finds no error in any page", async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const result of report.results) {
        for (const message of result.messages as Message[]) {
          problems.push(
            `${relative(DIST, page)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("would catch an error (the rules are loaded for files in dist/)", async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><div role="region" aria-label="x"></div><img src="a.jpg"></body></html>',
      join(DIST, "probe.html"),
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(["prefer-native-element", "wcag/h37"]));
  });
});
