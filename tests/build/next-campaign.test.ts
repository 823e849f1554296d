import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { rawEntries } from "../support/entries";
import { sliceBetween, tableRows, textOf } from "../support/html";
import { copyProject, type ProjectCopy } from "../support/project-copy";
import { DIST, ROOT } from "./setup";

/**
 * The next campaign without a code change: a copy of the project gets, as content files only,
 * a 2026–2030 campaign whose levels are a province and a commune level, with targets invented
 * for this test (tests/fixtures/next-campaign/, never published), a province and a commune of
 * its own and one recognised model. Built for a day inside the campaign, the dashboard, the
 * reports, the timeline and the home page follow the campaign's own levels.
 */
const FIXTURE = join(ROOT, "tests", "fixtures", "next-campaign");
const DAY = "2027-06-15";

/** The fixture's files, as paths under the copy's `src/content/`. */
const fixtureFiles = Object.fromEntries(
  readdirSync(FIXTURE, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return [join("src", "content", relative(FIXTURE, file)), readFileSync(file, "utf8")];
    }),
);
const campaignFile = Object.entries(fixtureFiles).find(([path]) => path.includes(`${join("content", "campaigns")}`));
const campaignId =
  (campaignFile?.[0] ?? "")
    .split(/[\\/]/)
    .at(-1)
    ?.replace(/\.yaml$/, "") ?? "";
const campaign = parse(campaignFile?.[1] ?? "") as {
  title: string;
  levels: { level: string; collective: number | null; individual: number | null }[];
  milestones: { label: string }[];
};
const commune = Object.entries(fixtureFiles)
  .filter(([path]) => path.includes(join("content", "units")))
  .map(([path, text]) => ({ id: (path.split(/[\\/]/).at(-1) ?? "").replace(/\.yaml$/, ""), ...parse(text) }))
  .find((unit: { parent?: string }) => unit.parent !== undefined) as { id: string; level: string };

const LEVEL_LABELS: Record<string, string> = {
  tinh: "Cấp tỉnh",
  huyen: "Cấp huyện, thành phố",
  khoi: "Khối cơ quan tỉnh",
  xa: "Cấp xã, phường, thị trấn",
};

let copy: ProjectCopy;
let build: { status: number | null; output: string } = { status: null, output: "" };
const page = (path: string) => {
  const file = join(copy.root, "dist", path, "index.html");
  return existsSync(file) ? readFileSync(file, "utf8") : "";
};

beforeAll(async () => {
  copy = copyProject("dvk-next-campaign-");
  copy.write(fixtureFiles);
  build = await copy.run("npm", ["run", "build"], { BUILD_DAY: DAY });
});

afterAll(() => {
  copy.remove();
});

describe("the fixture", () => {
  it("is a campaign of two levels, with targets, that the published site does not have", () => {
    expect(campaign.levels.map((l) => l.level)).toHaveLength(2);
    expect(campaign.levels.every((l) => l.collective !== null)).toBe(true);
    expect(rawEntries("campaigns").map((c) => c.id)).not.toContain(campaignId);
    expect(existsSync(join(DIST, "chi-tieu", campaignId))).toBe(false);
  });

  it("builds with nothing but content files added", () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(Object.keys(fixtureFiles).every((path) => path.startsWith(join("src", "content")))).toBe(true);
  });
});

describe(`the copy built for ${DAY}`, () => {
  it("/chi-tieu/ opens on the new campaign and says it is running", () => {
    const lede = textOf(sliceBetween(page("chi-tieu"), /<h1[^>]*>/, "</p>"));
    expect(lede).toContain(`${campaign.title} đang diễn ra`);
  });

  // The fixture lists the commune level before the province: an order no code would guess.
  it("the dashboard sums up exactly the campaign's levels, in its order", () => {
    const summary = textOf(sliceBetween(page(join("chi-tieu", campaignId)), /<h2[^>]*>Tóm tắt theo cấp/, "</ul>"));
    const named = Object.values(LEVEL_LABELS)
      .filter((label) => summary.includes(`${label}:`))
      .sort((a, b) => summary.indexOf(`${a}:`) - summary.indexOf(`${b}:`));
    expect(named).toEqual(campaign.levels.map((l) => LEVEL_LABELS[l.level]));
  });

  it("its table has one group per level of the campaign, and the fixture's targets", () => {
    const html = page(join("chi-tieu", campaignId));
    const groups = [...html.matchAll(/<th scope="rowgroup"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1] ?? ""));
    expect(groups).toEqual(campaign.levels.map((l) => LEVEL_LABELS[l.level]));
    const target = campaign.levels.find((l) => l.level === commune.level);
    const row = tableRows(html).find(({ cells }) => (cells[0] ?? "").includes(`/don-vi/${commune.id}/`));
    const numbers = (row?.cells ?? []).slice(2).map((cell) => textOf(cell).match(/^\d+/)?.[0]);
    expect(numbers).toEqual([String(target?.collective), "1", "1", String(target?.individual), "0", "0"]);
  });

  it("reports exist for the campaign, the commune filing its own to the province", () => {
    expect(page(join("bao-cao", campaignId, "2026-ca-nam"))).not.toBe("");
    expect(page(join("bao-cao", campaignId, "2026-ca-nam", commune.id))).not.toBe("");
    expect(textOf(page("bao-cao"))).toContain(`${campaign.title} (đang diễn ra)`);
  });

  it("the timeline shows the campaign's milestones, on the dashboard and the about page", () => {
    for (const milestone of campaign.milestones) {
      expect(textOf(page(join("chi-tieu", campaignId)))).toContain(milestone.label);
      expect(textOf(page("gioi-thieu"))).toContain(milestone.label);
    }
    expect(textOf(page("gioi-thieu"))).toContain(`${campaign.title} (đang diễn ra)`);
  });

  it("the home page opens on it too", () => {
    expect(textOf(page(""))).toContain(`${campaign.title} đang diễn ra`);
  });
});

/**
 * The code that draws the dashboard, the reports and the timeline names no level: the levels
 * come from the campaign. Level codes may appear only where units are defined and labelled.
 */
const LEVEL_LITERAL = /["'`](tinh|huyen|khoi|xa)["'`]/;
const CAMPAIGN_CODE = [
  "src/lib/targets.ts",
  "src/lib/reports.ts",
  "src/lib/campaigns.ts",
  "src/lib/timeline.ts",
  "src/data/progress.ts",
  "src/components/targets",
  "src/components/reports",
  "src/components/Timeline.astro",
  "src/pages/chi-tieu",
  "src/pages/bao-cao",
  "src/pages/index.astro",
];

function sourcesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (/\.(ts|astro)$/.test(full)) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("no code names the levels of a campaign", () => {
  const files = CAMPAIGN_CODE.flatMap(sourcesUnder);

  it("looks at the files that draw dashboards, reports and timelines", () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it("would see a level named in code (control)", () => {
    expect(LEVEL_LITERAL.test(`const chartRows = rows.filter((row) => row.level !== "xa");`)).toBe(true);
    expect(LEVEL_LITERAL.test(`const REPORTING_LEVELS = ["huyen", "khoi"];`)).toBe(true);
  });

  it.each(files.map((file) => [relative(ROOT, file), file] as const))("%s names none", (_name, file) => {
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines.filter((line) => LEVEL_LITERAL.test(line))).toEqual([]);
  });
});
