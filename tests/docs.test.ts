import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  brokenLinks,
  firstCommands,
  linkTargets,
  onDisk,
  readDocs,
  scriptsNamed,
  undocumentedDependencies,
  unindexedDocs,
  type DocFile,
} from "./support/docs";

/**
 * The documentation stays where people look for it and says what is true: a short README whose
 * first lines are the two commands, scripts that exist, links that lead somewhere, an index of
 * docs/ and a reason for every dependency. Each check also runs on a changed copy of the texts
 * (a control) to show that it can fail.
 */
const ROOT = new URL("../", import.meta.url).pathname;
const docs = readDocs(ROOT);
const disk = onDisk(ROOT);
const packageJson = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const scripts = Object.keys(packageJson.scripts);
const packages = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)];

const README_MAX_LINES = 160;
const TWO_COMMANDS = ["npm install && npm start", "npm test"];

function textOf(path: string, files: readonly DocFile[] = docs): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`${path} is missing`);
  return file.text;
}

/** The docs with one file's text changed: the controls' copy. */
function withText(path: string, change: (text: string) => string): DocFile[] {
  return docs.map((file) => (file.path === path ? { ...file, text: change(file.text) } : file));
}

const lineCount = (text: string) => text.replace(/\n$/, "").split("\n").length;

/** Script names that the README names but package.json lacks, and the other way round. */
function scriptMismatch(readme: string, known: readonly string[]) {
  const named = scriptsNamed(readme);
  return {
    unknown: [...named].filter((name) => !known.includes(name)),
    unnamed: known.filter((name) => !named.has(name)),
  };
}

describe("README.md", () => {
  const readme = textOf("README.md");

  it(`has at most ${String(README_MAX_LINES)} lines`, () => {
    expect(lineCount(readme)).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it("starts with the two commands, in its first code block", () => {
    expect(firstCommands(readme).slice(0, 2)).toEqual(TWO_COMMANDS);
  });

  it("tells the truth about them: start builds then serves, test runs every tier", () => {
    expect(packageJson.scripts.start).toMatch(/^npm run build && .*preview/);
    for (const tier of ["unit", "build", "e2e"]) expect(packageJson.scripts.test).toContain(`--project ${tier}`);
  });

  it("names every npm script of package.json, and only those", () => {
    expect(scriptMismatch(readme, scripts)).toEqual({ unknown: [], unnamed: [] });
  });

  describe("controls", () => {
    it("a README grown past the limit is caught", () => {
      expect(lineCount(readme + "\nmore\n".repeat(README_MAX_LINES))).toBeGreaterThan(README_MAX_LINES);
    });

    it("a README that opens with anything else is caught", () => {
      const swapped = readme.replace("npm install && npm start", "npm ci && npm run dev");
      expect(firstCommands(swapped).slice(0, 2)).not.toEqual(TWO_COMMANDS);
      const prose = readme.replace(/```sh\n[\s\S]*?```\n/, "");
      expect(firstCommands(prose).slice(0, 2)).not.toEqual(TWO_COMMANDS);
    });

    it("a script the README names but package.json lacks, or the reverse, is caught", () => {
      expect(scriptMismatch(`${readme}\n\`npm run deploy:moon\`\n`, scripts).unknown).toContain("deploy:moon");
      expect(scriptMismatch(readme, [...scripts, "bench:moon"]).unnamed).toContain("bench:moon");
    });
  });
});

describe("links in README.md, CONTRIBUTING.md, docs/ and bench/README.md", () => {
  /** What a changed copy breaks beyond what the files on disk break already. */
  const baseline = brokenLinks(docs, disk.exists, disk.readText).map((link) => JSON.stringify(link));
  const newlyBroken = (copy: readonly DocFile[]) =>
    brokenLinks(copy, disk.exists, disk.readText).filter((link) => !baseline.includes(JSON.stringify(link)));

  it("cover every documentation file, with links to check", () => {
    const paths = docs.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining(["README.md", "CONTRIBUTING.md", "bench/README.md", "docs/README.md"]),
    );
    expect(paths.some((path) => path.startsWith("docs/decisions/"))).toBe(true);
    const relativeLinks = docs.flatMap((file) => linkTargets(file.text)).filter((url) => !/^https?:/.test(url));
    expect(relativeLinks.length).toBeGreaterThan(30);
  });

  it("every relative link points to an existing file, folder or heading", () => {
    expect(brokenLinks(docs, disk.exists, disk.readText)).toEqual([]);
  });

  describe("controls", () => {
    it("a link to a missing file in a copy is caught, naming file and target", () => {
      const copy = withText("docs/search.md", (text) => `${text}\nSee [the plan](plan-that-is-not-there.md).\n`);
      expect(newlyBroken(copy)).toEqual([
        { file: "docs/search.md", target: "plan-that-is-not-there.md", reason: "no such file or folder" },
      ]);
    });

    it("a link out of the project, or to a heading that does not exist, is caught", () => {
      const copy = withText(
        "CONTRIBUTING.md",
        (text) => `${text}\n[brief](../shared/PRODUCT.md), [tiers](README.md#no-such-heading)\n`,
      );
      expect(newlyBroken(copy).map(({ reason }) => reason)).toEqual([
        "leaves the project",
        "no heading #no-such-heading",
      ]);
    });

    it("link syntax inside code is not a link", () => {
      const copy = withText("docs/search.md", (text) => `${text}\n\`[a](missing.md)\`\n\n    [b](missing.md)\n`);
      expect(newlyBroken(copy)).toEqual([]);
    });
  });
});

describe("docs/README.md", () => {
  it("links every file under docs/", () => {
    expect(unindexedDocs(docs)).toEqual([]);
  });

  it("control: a file it does not link is caught", () => {
    const copy = [...docs, { path: "docs/decisions/2026-12-08-unlisted.md", text: "# Unlisted\n" }];
    expect(unindexedDocs(copy)).toContain("docs/decisions/2026-12-08-unlisted.md");
  });
});

describe("docs/dependencies.md", () => {
  const reasons = textOf("docs/dependencies.md");

  it("says why each package of package.json is there", () => {
    expect(packages.length).toBeGreaterThan(10);
    expect(undocumentedDependencies(packages, reasons)).toEqual([]);
  });

  it("control: a package it does not name is caught", () => {
    expect(undocumentedDependencies([...packages, "left-pad"], reasons)).toContain("left-pad");
  });
});
