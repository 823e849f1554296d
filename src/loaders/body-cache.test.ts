import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { processBody } from "../lib/body";
import { bodyCacheOf } from "./body-cache";

const ROOT = new URL("../../", import.meta.url).pathname;

/** A project with the body pipeline's sources and a lock file, and nothing else. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "dvk-body-cache-"));
  mkdirSync(join(root, "src", "lib"), { recursive: true });
  cpSync(join(ROOT, "src", "lib", "body"), join(root, "src", "lib", "body"), { recursive: true });
  writeFileSync(join(root, "package-lock.json"), '{"lockfileVersion":3}');
  return root;
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("bodyCacheOf", () => {
  const body = "Chi hội **Đông Sơn** vận động bà con.\n";
  const result = processBody(body);

  it("gives back, in the next run, what the last run set", () => {
    const root = project();
    roots.push(root);
    const first = bodyCacheOf(root);
    expect(first.get(body)).toBeUndefined();
    first.set(body, result);
    first.save();
    expect(bodyCacheOf(root).get(body)).toEqual(result);
    expect(bodyCacheOf(root).get(`${body} `)).toBeUndefined();
  });

  it("keeps only the bodies of the last run", () => {
    const root = project();
    roots.push(root);
    const first = bodyCacheOf(root);
    first.set(body, result);
    first.set("Một câu khác.\n", processBody("Một câu khác.\n"));
    first.save();
    const second = bodyCacheOf(root);
    second.set(body, result);
    second.save();
    expect(bodyCacheOf(root).get("Một câu khác.\n")).toBeUndefined();
    expect(bodyCacheOf(root).get(body)).toEqual(result);
  });

  it.each([
    ["a source file of the pipeline", "src/lib/body/check.ts"],
    ["the lock file (a parser package)", "package-lock.json"],
  ])("forgets everything when %s changes", (_what, file) => {
    const root = project();
    roots.push(root);
    const first = bodyCacheOf(root);
    first.set(body, result);
    first.save();
    writeFileSync(join(root, file), `${readFileSync(join(root, file), "utf8")}\n// changed\n`);
    expect(bodyCacheOf(root).get(body)).toBeUndefined();
  });

  it("keeps nothing for a root without the pipeline's sources", () => {
    const root = mkdtempSync(join(tmpdir(), "dvk-body-cache-"));
    roots.push(root);
    const cache = bodyCacheOf(root);
    cache.set(body, result);
    cache.save();
    expect(bodyCacheOf(root).get(body)).toBeUndefined();
    expect(existsSync(join(root, ".cache"))).toBe(false);
  });

  it("starts empty from an unreadable cache file", () => {
    const root = project();
    roots.push(root);
    mkdirSync(join(root, ".cache", "content-gate"), { recursive: true });
    writeFileSync(join(root, ".cache", "content-gate", "bodies.json"), "{ half a file");
    expect(bodyCacheOf(root).get(body)).toBeUndefined();
  });
});
