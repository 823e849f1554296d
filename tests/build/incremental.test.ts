import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { isPublished, rawEntries } from "../support/entries";
import { copyProject, forgetLastBuild, type ProjectCopy } from "../support/project-copy";
import { addSiteEntries } from "../support/test-site";
import { TEST_BUILD_DAY } from "./setup";

/**
 * Astro's incremental build copies a page from the last build when its cache key
 * (src/data/page-keys.ts) and its code are unchanged. Here a copy of the project is built,
 * changed, built again incrementally, and its `dist/` compared with a clean build of the same
 * content: every file, Pagefind's index included, must be the same byte for byte. The changes:
 * 1. a model shown on other models' pages is edited, a person added, a news item deleted;
 * 2. a unit that many pages name is renamed;
 * 3. the build day crosses the last day of a campaign, which stories show as "đang diễn ra".
 * The control: a second copy whose model pages leave their neighbours out of the key goes
 * through change 1 too, and the comparison must catch its stale pages.
 * Both copies hold the test site's content (the project's entries and the fixture site's), so
 * that a model shown on another's page exists whatever the project's own entries are.
 */

/** Each file of `dist/` by its path, as a SHA-256 of its bytes. */
type Tree = Map<string, string>;

function treeOf(copy: ProjectCopy): Tree {
  const dist = join(copy.root, "dist");
  const tree: Tree = new Map();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    tree.set(relative(dist, file), createHash("sha256").update(readFileSync(file)).digest("hex"));
  }
  return tree;
}

/** Paths that are missing from one tree, or differ between the two, sorted. */
function differences(a: Tree, b: Tree): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

/** The pages Astro copied from the last build rather than rendered, as it names them. */
function reusedPages(output: string): string[] {
  // Astro colours its log when the tests run with colours on (FORCE_COLOR).
  return [...stripVTControlCharacters(output).matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!);
}

async function build(copy: ProjectCopy, day: string): Promise<string> {
  const { status, output } = await copy.run("npm", ["run", "build"], { BUILD_DAY: day });
  if (status !== 0) throw new Error(`build failed in ${copy.root}:\n${output.slice(-3000)}`);
  return output;
}

/** A build with nothing of the last one: no dist/, no content store, no incremental cache. */
async function cleanBuild(copy: ProjectCopy, day: string): Promise<{ tree: Tree; output: string }> {
  forgetLastBuild(copy.root);
  const output = await build(copy, day);
  return { tree: treeOf(copy), output };
}

function read(copy: ProjectCopy, path: string): string {
  return readFileSync(join(copy.root, path), "utf8");
}

/** Sets front-matter fields of an `.mdx` entry, or fields of a `.yaml` one. */
function setFields(copy: ProjectCopy, path: string, fields: Record<string, unknown>): void {
  const text = read(copy, path);
  const frontMatter = path.endsWith(".mdx") ? /^---\n([\s\S]*?)\n---\n/.exec(text) : null;
  const doc = parseDocument(frontMatter ? frontMatter[1]! : text);
  for (const [key, value] of Object.entries(fields)) doc.set(key, value);
  copy.write({
    [path]: frontMatter ? `---\n${doc.toString()}---\n${text.slice(frontMatter[0].length)}` : doc.toString(),
  });
}

const published = (collection: string) => rawEntries(collection).filter(isPublished);

/** The last day of the latest campaign that ended before the test day: its stories say "đang diễn ra". */
const campaignEnd = rawEntries("campaigns")
  .map((c) => String(c.data.endsOn))
  .filter((day) => day < TEST_BUILD_DAY)
  .sort()
  .at(-1)!;
const dayAfter = new Date(Date.parse(`${campaignEnd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The unit that most published models and people belong to. */
const busiestUnit = (() => {
  const counts = new Map<string, number>();
  for (const entry of [...published("models"), ...published("people")]) {
    const unit = String(entry.data.unit);
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
})();

const addedPerson = (() => {
  const source = published("people")[0]!;
  return { source: source.id, id: "nguoi-them-kiem-thu-tang-dan", name: `${String(source.data.name)} Thêm` };
})();
const deletedNews = published("news").at(-1)!.id;
const EDITED_TITLE_MARK = " – bản sửa kiểm thử";

/**
 * The model linked from the most other model pages (as a related or replicated model) in a
 * built site: editing it must render those pages again.
 */
function mostShownModel(copy: ProjectCopy, tree: Tree): { id: string; shownOn: string[] } {
  const shownOn = new Map<string, string[]>();
  for (const path of tree.keys()) {
    const page = /^mo-hinh\/([^/]+)\/index\.html$/.exec(path);
    if (!page) continue;
    const html = read(copy, join("dist", path));
    for (const [, id] of html.matchAll(/href="\/mo-hinh\/([^/"]+)\/"/g)) {
      if (id === page[1]) continue;
      shownOn.set(id!, [...new Set([...(shownOn.get(id!) ?? []), path])]);
    }
  }
  const most = [...shownOn].sort((a, b) => b[1].length - a[1].length)[0];
  if (!most) throw new Error("no model page of the test site shows another model");
  return { id: most[0], shownOn: most[1] };
}

/** Change 1: edit a model that other pages show, add a person, delete a news item. */
function editAddDelete(copy: ProjectCopy, model: string): void {
  const path = `src/content/models/${model}.mdx`;
  const title = String(parseDocument(/^---\n([\s\S]*?)\n---/.exec(read(copy, path))![1]!).get("title"));
  setFields(copy, path, { title: `${title}${EDITED_TITLE_MARK}` });
  copy.write({
    [`src/content/people/${addedPerson.id}.mdx`]: read(copy, `src/content/people/${addedPerson.source}.mdx`),
  });
  setFields(copy, `src/content/people/${addedPerson.id}.mdx`, { name: addedPerson.name });
  rmSync(join(copy.root, `src/content/news/${deletedNews}.mdx`));
}

/** The control's flaw: a model page keyed on its own entry only, not on the models it shows. */
const NEIGHBOURS_IN_KEY =
  "cacheKey: await pageKey(NAMES_ALL, model, around.source, around.replications, around.related)";

let copy: ProjectCopy;
let control: ProjectCopy;
let edited: { id: string; shownOn: string[] };
const seed: { tree?: Tree; output?: string } = {};
const results: Record<string, { incremental: Tree; clean: Tree; output: string }> = {};
let controlTree: Tree = new Map();

beforeAll(async () => {
  copy = copyProject("dvk-incremental-");
  control = copyProject("dvk-incremental-control-");
  for (const project of [copy, control]) addSiteEntries(join(project.root, "src", "content"));
  const modelPage = "src/pages/mo-hinh/[slug].astro";
  const source = read(control, modelPage);
  if (!source.includes(NEIGHBOURS_IN_KEY)) throw new Error(`the control's flaw no longer applies to ${modelPage}`);
  control.write({ [modelPage]: source.replace(NEIGHBOURS_IN_KEY, "cacheKey: await pageKey(NAMES_ALL, model)") });

  Object.assign(seed, await cleanBuild(copy, campaignEnd));
  await build(control, campaignEnd);
  edited = mostShownModel(copy, seed.tree!);

  editAddDelete(copy, edited.id);
  editAddDelete(control, edited.id);
  const editOutput = await build(copy, campaignEnd);
  results.edit = { incremental: treeOf(copy), output: editOutput, clean: new Map() };
  await build(control, campaignEnd);
  controlTree = treeOf(control);
  control.remove();
  results.edit.clean = (await cleanBuild(copy, campaignEnd)).tree;

  const unitPath = `src/content/units/${busiestUnit}.yaml`;
  const unit = parseDocument(read(copy, unitPath));
  setFields(copy, unitPath, {
    name: `${String(unit.get("name"))} Đổi Tên`,
    shortName: `${String(unit.get("shortName"))} Đổi Tên`,
  });
  const renameOutput = await build(copy, campaignEnd);
  results.rename = {
    incremental: treeOf(copy),
    output: renameOutput,
    clean: (await cleanBuild(copy, campaignEnd)).tree,
  };

  const dayOutput = await build(copy, dayAfter);
  results.day = { incremental: treeOf(copy), output: dayOutput, clean: (await cleanBuild(copy, dayAfter)).tree };
});

afterAll(() => {
  copy.remove();
  control.remove();
});

describe("the first build of the copy", () => {
  it("renders every page: there is no cache to reuse", () => {
    expect(seed.tree?.size).toBeGreaterThan(0);
    expect(reusedPages(seed.output ?? "")).toEqual([]);
  });

  it("has a model that other model pages show, to edit", () => {
    expect(edited.shownOn.length).toBeGreaterThan(1);
  });
});

describe.each([
  [
    "a model edited, a person added, a news item deleted",
    "edit",
    "documents, which show no model",
    /^\/van-ban\/[^/]+\/index\.html$/,
  ],
  ["a unit renamed", "rename", "documents, which name no unit", /^\/van-ban\/[^/]+\/index\.html$/],
  [
    `the build day moved from ${campaignEnd} to ${dayAfter}`,
    "day",
    "the lists, which name no campaign",
    /^\/(mo-hinh|dien-hinh|tin-tuc)\/index\.html$/,
  ],
])("after %s", (_change, name, unchanged, unchangedPath) => {
  it(`the incremental build reused pages of the last build: ${unchanged}`, () => {
    expect(reusedPages(results[name]!.output).filter((path) => unchangedPath.test(path)).length).toBeGreaterThan(0);
  });

  it("gives the same dist/ as a clean build, byte for byte, search index included", () => {
    const { incremental, clean } = results[name]!;
    expect(clean.size).toBeGreaterThan(0);
    expect([...clean.keys()].some((path) => path.startsWith("pagefind/"))).toBe(true);
    expect(differences(incremental, clean)).toEqual([]);
  });
});

describe("each change changes what it should (so that the comparison means something)", () => {
  it.each([
    ["the edited model's own page", () => `mo-hinh/${edited.id}/index.html`],
    ["a model page that shows it", () => edited.shownOn.find((path) => !path.includes(edited.id))!],
    ["the added person's page", () => `dien-hinh/${addedPerson.id}/index.html`],
    ["the deleted news item's page", () => `tin-tuc/${deletedNews}/index.html`],
  ])("editing, adding and deleting changed %s", (_what, path) => {
    expect(results.edit!.clean.get(path())).not.toBe(seed.tree!.get(path()));
  });

  it("renaming the unit changed pages of models that name it", () => {
    const changed = differences(results.edit!.clean, results.rename!.clean).filter((p) => p.startsWith("mo-hinh/"));
    expect(changed.length).toBeGreaterThan(1);
  });

  it("the new day changed story pages, which print no day but the campaign's state", () => {
    const changed = differences(results.rename!.clean, results.day!.clean);
    expect(changed.filter((path) => /^mo-hinh\/[^/]+\/index\.html$/.test(path)).length).toBeGreaterThan(0);
  });
});

describe("the control: model pages keyed without their neighbours", () => {
  it("leaves the pages that show the edited model stale, and the comparison finds them", () => {
    const stale = differences(controlTree, results.edit!.clean);
    const stalePages = stale.filter((path) => path.endsWith(".html"));
    expect(stalePages.length).toBeGreaterThan(0);
    expect(stalePages.every((path) => edited.shownOn.includes(path))).toBe(true);
  });
});
