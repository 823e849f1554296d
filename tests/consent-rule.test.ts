import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { codeFiles, scriptText } from "./support/source-files";

/**
 * What a person's consent lets the site show is decided in one place, `shownParts` in
 * src/lib/consent.ts. Anywhere else, reading a consent's photo, birth-year or story flag is a
 * second copy of the rule that a new page could get wrong.
 */
const ROOT = new URL("../", import.meta.url).pathname;

/**
 * Files that read the flags for another reason, and why. The schema and the content gate refuse
 * a file that fills a part without its consent (what may be saved, not what is shown).
 */
const ALLOWED = new Map([
  ["src/lib/consent.ts", "the rule itself"],
  ["src/schemas/person.ts", "refuses a portrait or birth year filled without consent"],
  ["src/lib/content-gate/consent.ts", "refuses a story written without consent"],
]);

const PARTS = new Set(["photo", "birthYear", "story"]);

/** Whether an expression is a consent record: `consent`, `data.consent`, `person?.consent`. */
function isConsent(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === "consent";
  if (ts.isPropertyAccessExpression(node)) return node.name.text === "consent";
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
    return isConsent(node.expression);
  return false;
}

/** The places a file reads `consent.photo`, `consent?.story`, `consent["birthYear"]` or destructures them. */
function consentReads(path: string, text: string): string[] {
  const source = ts.createSourceFile(
    path.replace(/\.astro$/, ".ts"),
    scriptText(path, text),
    ts.ScriptTarget.Latest,
    true,
  );
  const reads: string[] = [];
  const visit = (node: ts.Node): void => {
    let part: string | undefined;
    if (ts.isPropertyAccessExpression(node) && isConsent(node.expression)) part = node.name.text;
    else if (
      ts.isElementAccessExpression(node) &&
      isConsent(node.expression) &&
      ts.isStringLiteral(node.argumentExpression)
    )
      part = node.argumentExpression.text;
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer &&
      isConsent(node.initializer)
    )
      part = node.name.elements
        .map((element) => (element.propertyName ?? element.name).getText(source))
        .find((name) => PARTS.has(name));
    if (part !== undefined && PARTS.has(part)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      reads.push(`${path}:${line + 1}: consent.${part}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return reads;
}

const isTest = (path: string) => path.startsWith("tests/") || /\.test\.ts$/.test(path);

describe("the consent rule lives in shownParts", () => {
  it.each([
    ["const p = data.consent.photo ? data.portrait : undefined;", 1],
    ["const p = data.consent?.photo ? data.portrait : undefined;", 1],
    ['if (consent["story"] === true) show();', 1],
    ["const { photo, name } = person.consent;", 1],
    ["const y = (entry.consent as Consent).birthYear;", 1],
    ["if (consent.name && !consent.withdrawn) show();", 0],
    ["const { portrait } = shownParts(data);", 0],
    ['const label = t("consent.photo");', 0],
  ])("the scan finds %j %d times", (text, count) => {
    expect(consentReads("fake.ts", text)).toHaveLength(count);
  });

  it("the scan reads an Astro component's front matter", () => {
    const component =
      "---\nconst { data } = Astro.props;\nconst photo = data.consent.photo && data.portrait;\n---\n<p/>";
    expect(consentReads("Fake.astro", component)).toEqual(["Fake.astro:3: consent.photo"]);
  });

  it("holds for the site, the CMS and the scripts", () => {
    const files = codeFiles(ROOT).filter((path) => !isTest(path) && !ALLOWED.has(path));
    expect(files.length).toBeGreaterThan(100);
    const reads = files.flatMap((path) => consentReads(path, readFileSync(join(ROOT, path), "utf8")));
    expect(reads).toEqual([]);
  });

  it("each allowed file still reads the flags (otherwise it leaves the list)", () => {
    for (const path of ALLOWED.keys()) {
      expect(consentReads(path, readFileSync(join(ROOT, path), "utf8")), path).not.toEqual([]);
    }
  });
});
