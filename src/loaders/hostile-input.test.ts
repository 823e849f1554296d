import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblems, type GateResult } from "../lib/content-gate";
import { HOSTILE, addCase, addSupport, readCase, refusedCases } from "../../tests/support/hostile-cases";
import { checkContent } from "./read-content";

/**
 * The hostile-input suite (tests/fixtures/hostile/README.md) through the real gate on a real
 * disk: each refused case is added to a small complete site (the good fixtures, the suite's
 * support files) and must be refused with its file, field, line and message, in Vietnamese and
 * English, within 10 s, and without a stack trace. Adding a case is adding a folder.
 */
const GOOD = fileURLToPath(new URL("../../tests/fixtures/good/", import.meta.url));
const GOOD_PHOTOS = ["duong-lang.jpg", "chan-dung.jpg", "so-ket.jpg"];

const caseNames = refusedCases();
const scratch = mkdtempSync(join(tmpdir(), "dvk-hostile-"));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A small complete site: the good fixtures, their photos, the suite's support files. */
function baseSite(name: string): { root: string; outside: string } {
  const root = join(scratch, name, "du-an");
  const outside = join(scratch, name, "ngoai");
  mkdirSync(outside, { recursive: true });
  cpSync(GOOD, join(root, "src", "content"), { recursive: true });
  addSupport(root);
  const photo = join(HOSTILE, "support", "src", "assets", "thu-nghiem", "anh-thu.jpg");
  for (const name of GOOD_PHOTOS) cpSync(photo, join(root, "src", "assets", name));
  return { root, outside };
}

describe("the suite's support files alone", async () => {
  const { root } = baseSite("_support");
  const { entries, problems } = await checkContent(root);

  it("pass, so that every refusal below is the case's own", () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it("hold a person who may not be named", () => {
    expect(entries.find((entry) => entry.id === "khuc-thi-ngoan")?.publishable).toBe(false);
  });
});

describe("the batch meant to build", async () => {
  const { root } = baseSite("_builds");
  cpSync(join(HOSTILE, "builds", "src"), join(root, "src"), { recursive: true });
  const { entries, problems } = await checkContent(root);

  it("passes the gate, so that its build test tests the build", () => {
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(entries.filter((entry) => entry.path.includes("cong-thuc"))).toHaveLength(3);
  });
});

describe.each(caseNames)("hostile case %s", async (name) => {
  const spec = readCase(name);
  const { root, outside } = baseSite(name);
  addCase(name, root, outside);
  const started = performance.now();
  let result: GateResult | undefined;
  let thrown: unknown;
  try {
    result = await checkContent(root);
  } catch (error) {
    thrown = error;
  }
  const seconds = (performance.now() - started) / 1000;
  const problems = result?.problems ?? [];
  const errors = problems.filter((problem) => problem.severity === "error");
  const report = formatProblems(problems);
  const caseFiles = new Set(spec.expect.map((expected) => expected.file));

  it(`is a case: ${spec.why}`, () => {
    expect(spec.expect.length).toBeGreaterThan(0);
  });

  it("is checked without a crash, within 10 s", () => {
    expect(thrown).toBeUndefined();
    expect(seconds).toBeLessThan(10);
    expect(report).not.toMatch(/\n\s+at /);
  });

  it("is refused in its own files only", () => {
    expect(errors.length, report).toBeGreaterThan(0);
    expect(
      errors.filter((problem) => !caseFiles.has(problem.file)),
      report,
    ).toEqual([]);
  });

  it.each(spec.expect)("reports $file [$field]:$line “$says”", ({ file, field, line, says, english }) => {
    const found = errors.filter((problem) => problem.file === file && problem.vi.includes(says));
    expect(found, report).not.toEqual([]);
    const placed = found.filter((problem) => problem.field === field && problem.line === line);
    expect(placed, report).not.toEqual([]);
    for (const problem of placed) expect(problem.en.length).toBeGreaterThan(10);
    if (english) expect(placed.map((problem) => problem.en).join("\n")).toContain(english);
  });
});
