import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testSiteOf } from "../support/paths";
import { copyCaches, runIn } from "../support/project-copy";
import { ROOT } from "./setup";

/**
 * Swap the samples: a copy of the project in which every sample entry (`sample: true`, in any
 * collection) is replaced by three new ones (tests/fixtures/swap-samples/: a model, a person
 * who consented, a news item about both) must pass the tests as the project does. The
 * province's structure stays: units, campaigns, settings and the real documents the campaigns
 * cite. Run on the copy: the whole unit tier, the whole build tier (this file excepted), and
 * the e2e tier's reading and search tests.
 */
const SWAP = join(ROOT, "tests", "fixtures", "swap-samples");
const THIS_FILE = "tests/build/swap-samples.test.ts";
const E2E = ["tests/e2e/reading.test.ts", "tests/e2e/search.test.ts"];
/** Set in the copy's environment: this test may not run inside the copy it made. */
const GUARD = "DVK_SAMPLES_SWAPPED";

if (process.env[GUARD] === "1") throw new Error(`${THIS_FILE} runs inside a copy it made: it must be excluded there`);

let copy: string;
const removed: string[] = [];
const runs: { tier: string; status: number | null; output: string; seconds: number }[] = [];

/** The project's files as a clone has them (tracked, and new files not ignored). */
function checkoutFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && existsSync(join(ROOT, file)));
}

const isSample = (text: string) => /^sample:\s*true\s*$/m.test(text);

async function tier(name: string, args: string[]): Promise<void> {
  const started = performance.now();
  const result = await runIn(copy, "npx", ["vitest", "run", ...args], { [GUARD]: "1", CI: "true" });
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`swap-samples: ${name} on the copy: exit ${String(result.status)} in ${String(seconds)} s`);
  runs.push({ tier: name, status: result.status, output: stripVTControlCharacters(result.output), seconds });
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), "dvk-swap-samples-"));
  for (const file of checkoutFiles()) {
    const text = file.startsWith("src/content/") ? readFileSync(join(ROOT, file), "utf8") : "";
    if (isSample(text)) {
      removed.push(file);
      continue;
    }
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  cpSync(SWAP, join(copy, "src", "content"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  // The test site's image caches, so that the copy's builds do not draw every photo again.
  copyCaches(copy);
  await tier("unit", ["--project", "unit"]);
  await tier("build", ["--project", "build", "--exclude", THIS_FILE]);
  await tier("e2e", ["--project", "e2e", ...E2E]);
}, 1_800_000);

afterAll(() => {
  if (!copy) return;
  rmSync(testSiteOf(copy.endsWith("/") ? copy : `${copy}/`), { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
});

describe("a copy of the project with every sample replaced by three new entries", () => {
  it("has no sample left but the three new entries", () => {
    expect(removed.length).toBeGreaterThan(3);
    const content = join(copy, "src", "content");
    const samples = readdirSync(content, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && isSample(readFileSync(join(entry.parentPath, entry.name), "utf8")))
      .map((entry) => entry.name)
      .sort();
    const swapped = readdirSync(SWAP, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
    expect(swapped).toHaveLength(3);
    expect(samples).toEqual(swapped);
  });

  it.each(["unit", "build", "e2e"])("passes the %s tests", (name) => {
    const run = runs.find((candidate) => candidate.tier === name);
    expect(run?.status, run?.output.slice(-6000)).toBe(0);
    // Tests did run: a tier that found no test file would also exit 0 with --passWithNoTests.
    expect(run?.output).toMatch(/Tests\s+\d+ passed/);
  });
});
