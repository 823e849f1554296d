import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * One Node for everything: the exact `node` dev dependency, which `npm install` puts in
 * `node_modules/.bin` where every npm script (and so every test, build, bench and CMS server)
 * finds it before the system's own Node.
 */
const root = new URL("../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const pinned = manifest.devDependencies.node ?? "";
const major = Number(pinned.split(".")[0]);

describe("the Node the project runs on", () => {
  it("is pinned to one exact Node 24 release", () => {
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
  });

  it("is the same in engines and .nvmrc", () => {
    expect(manifest.engines.node).toBe(`>=${pinned} <${major + 1}`);
    expect(readFileSync(new URL(".nvmrc", root), "utf8").trim()).toBe(pinned);
  });

  it("runs these tests", () => {
    expect(process.version).toBe(`v${pinned}`);
  });
});

describe("what CI runs (.ci/run)", () => {
  const script = readFileSync(new URL(".ci/run", root), "utf8");
  const position = (command: string) => script.indexOf(command);

  it.each(["npm run lint", "npx astro check", "npx tsc --noEmit"])("runs %s before the tests", (command) => {
    expect(position(command)).toBeGreaterThan(-1);
    expect(position(command)).toBeLessThan(position("npm test"));
  });

  it("lints with ESLint and Prettier, warnings counted as failures", () => {
    const lint = (JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { scripts: { lint: string } })
      .scripts.lint;
    expect(lint).toContain("eslint . --max-warnings 0");
    expect(lint).toContain("prettier --check .");
  });

  it("stops at the first failing step", () => {
    expect(script).toMatch(/^set -euo pipefail$/m);
  });
});
