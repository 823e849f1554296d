import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { importsOf, packageOf, undeclaredImports, type Import, type Manifest } from "./support/imports";
import { codeFiles } from "./support/source-files";

/**
 * Every package the project's own code imports is declared in package.json. A package that
 * is only there because another one pulled it in disappears when that one is upgraded.
 */
const ROOT = new URL("../", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;

/** The path aliases of tsconfig.json (`"~/*"` → `~/`), which are not packages. */
function tsconfigAliases(root: string): string[] {
  const file = join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(file, ts.sys.readFile) as { config: unknown };
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, file);
  return Object.keys(options.paths ?? {}).map((pattern) => pattern.replace(/\*$/, ""));
}

/** What each code file under `root` imports. */
function importsUnder(root: string): Map<string, Import[]> {
  return new Map(codeFiles(root).map((path) => [path, importsOf(path, readFileSync(join(root, path), "utf8"))]));
}

describe("the import reader", () => {
  it.each([
    ['import { a } from "left-pad";', [{ specifier: "left-pad", typeOnly: false }]],
    ['import type { Root } from "mdast";', [{ specifier: "mdast", typeOnly: true }]],
    ['import { type Root, type Node } from "mdast";', [{ specifier: "mdast", typeOnly: true }]],
    ['import { type Root, visit } from "unist-util-visit";', [{ specifier: "unist-util-visit", typeOnly: false }]],
    ['import "@fontsource/x/400.css";', [{ specifier: "@fontsource/x/400.css", typeOnly: false }]],
    ['export { x } from "re-export";', [{ specifier: "re-export", typeOnly: false }]],
    ['export type { X } from "types-only";', [{ specifier: "types-only", typeOnly: true }]],
    ['const m = await import("lazy");', [{ specifier: "lazy", typeOnly: false }]],
    ['const m = require("old-style");', [{ specifier: "old-style", typeOnly: false }]],
    [
      "const f = requireFromRoot.resolve(`fonts/files/${name}.woff`);",
      [{ specifier: "fonts/files/", typeOnly: false }],
    ],
    ['const u = import.meta.resolve("meta-resolved");', [{ specifier: "meta-resolved", typeOnly: false }]],
    ['let t: import("inline-type").T;', [{ specifier: "inline-type", typeOnly: true }]],
    ['/// <reference types="ambient" />', [{ specifier: "ambient", typeOnly: true }]],
    ['// import "in-a-comment";\nconst s = "import x from \'in-a-string\'";', []],
  ])("reads %j", (text, expected) => {
    expect(importsOf("file.ts", text)).toEqual(expected);
  });

  it("reads an Astro component's front matter and scripts, not its markup", () => {
    const component = [
      "---",
      'import Thing from "front-matter-package";',
      "---",
      "<p>import nothing from 'markup-text';</p>",
      '<script>import { run } from "script-package"; run();</script>',
    ].join("\n");
    expect(importsOf("Thing.astro", component).map((found) => found.specifier)).toEqual([
      "front-matter-package",
      "script-package",
    ]);
  });

  it.each([
    ["./local", undefined],
    ["../up/file", undefined],
    ["/absolute", undefined],
    ["node:fs", undefined],
    ["fs", undefined],
    ["fs/promises", undefined],
    ["astro:content", undefined],
    ["~/lib/urls", undefined],
    ["astro", "astro"],
    ["astro/zod", "astro"],
    ["@astrojs/mdx", "@astrojs/mdx"],
    ["@fontsource/be-vietnam-pro/files/x.woff", "@fontsource/be-vietnam-pro"],
    ["pkg/file.css?url", "pkg"],
  ])("%s names the package %s", (specifier, expected) => {
    expect(packageOf(specifier, ["~/"])).toBe(expected);
  });
});

describe("the undeclared-imports check", () => {
  const declared: Manifest = { dependencies: { kept: "1.0.0" }, devDependencies: { "@types/typed": "1.0.0" } };

  it.each([
    ['import { a } from "kept";', []],
    ['import { a } from "undeclared-package";', ["fake.ts: undeclared-package"]],
    ['const a = await import("@scope/undeclared/deep");', ["fake.ts: @scope/undeclared"]],
    ['import type { T } from "typed";', []],
    // Types alone do not make a package that runs.
    ['import { value } from "typed";', ["fake.ts: typed"]],
  ])("on %j reports %j", (text, expected) => {
    expect(undeclaredImports(new Map([["fake.ts", importsOf("fake.ts", text)]]), declared)).toEqual(expected);
  });

  // The control: a copy of the project's manifest and a few of its files, plus one file that
  // imports a package nobody declared, must be refused, and only for that file.
  const fake = mkdtempSync(join(tmpdir(), "undeclared-"));
  afterAll(() => rmSync(fake, { recursive: true, force: true }));

  it("catches a source file with an undeclared import in a copy of the project", () => {
    writeFileSync(join(fake, "package.json"), JSON.stringify(manifest));
    writeFileSync(join(fake, "uses-declared.ts"), 'import { defineConfig } from "astro/config";\n');
    writeFileSync(join(fake, "sneaky.ts"), 'import leftPad from "left-pad-undeclared";\nleftPad("x", 3);\n');
    expect(undeclaredImports(importsUnder(fake), manifest)).toEqual(["sneaky.ts: left-pad-undeclared"]);
  });

  // Parsing some 400 files takes seconds on a busy two-core machine.
  it("holds for the project's own code", { timeout: 60_000 }, () => {
    const imports = importsUnder(ROOT);
    // The scan reads the whole project: site, CMS, scripts, deployment, benchmarks, tests, configs.
    for (const part of ["src/", "cms/", "scripts/", "deploy/", "bench/", "tests/", "astro.config.mjs"]) {
      expect(
        [...imports.keys()].some((path) => path.startsWith(part)),
        part,
      ).toBe(true);
    }
    const packages = new Set([...imports.values()].flat().map(({ specifier }) => packageOf(specifier)));
    expect(packages.size).toBeGreaterThan(20);
    expect(undeclaredImports(imports, manifest, tsconfigAliases(ROOT))).toEqual([]);
  });

  it("holds for the Prettier plugins named in .prettierrc.json", () => {
    const { plugins = [] } = JSON.parse(readFileSync(join(ROOT, ".prettierrc.json"), "utf8")) as { plugins?: string[] };
    const names = { ...manifest.dependencies, ...manifest.devDependencies };
    expect(plugins.filter((plugin) => !(plugin in names))).toEqual([]);
  });
});
