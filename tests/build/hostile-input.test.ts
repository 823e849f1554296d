import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { HOSTILE, addCase, addSupport, readCase, refusedCases } from "../support/hostile-cases";
import { copyProject } from "../support/project-copy";

/**
 * The hostile-input suite (tests/fixtures/hostile/README.md) through `npm run build`, on copies
 * of the project: with every refused case at once, the build must fail at its content gate,
 * naming each case's file, field and line with its message, and print no stack trace; with the
 * batch meant to build, it must build, and every cell of every CSV it publishes that a
 * spreadsheet would run as a formula must be written as text. Both builds run while the file
 * is collected, so that the CSV files can be listed as the table of a test.
 */
const caseNames = refusedCases();

/** A line of a stack trace, as Node prints one. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

const outside = mkdtempSync(join(tmpdir(), "dvk-hostile-ngoai-"));
const refused = copyProject("dvk-hostile-refused-");
addSupport(refused.root);
for (const name of caseNames) addCase(name, refused.root, outside);
const built = copyProject("dvk-hostile-built-");
addSupport(built.root);
cpSync(join(HOSTILE, "builds", "src"), join(built.root, "src"), { recursive: true });
const runs = {
  refused: await refused.run("npm", ["run", "build"]),
  built: await built.run("npm", ["run", "build"]),
};

afterAll(() => {
  refused.remove();
  built.remove();
  rmSync(outside, { recursive: true, force: true });
});

describe("npm run build over every refused case at once", () => {
  it("fails before writing any page", () => {
    expect(runs.refused.status, runs.refused.output.slice(-3000)).not.toBe(0);
    expect(existsSync(join(refused.root, "dist"))).toBe(false);
  });

  it("prints no stack trace", () => {
    expect(runs.refused.output).not.toMatch(STACK_LINE);
  });

  const expected = caseNames.flatMap((name) => readCase(name).expect.map((problem) => ({ name, ...problem })));
  it.each(expected)("$name: names $file [$field]:$line and says “$says”", ({ file, field, line, says }) => {
    const where = `${file}${line ? `:${line}` : ""}${field ? ` [${field}]` : ""}: `;
    const printed = runs.refused.output.split("\n").find((l) => l.includes(where) && l.includes(says));
    expect(printed, runs.refused.output).toBeDefined();
  });
});

/** Every CSV file of a built site, with its path and its cells. */
function csvFiles(dist: string): { path: string; rows: string[][] }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".csv"))
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      const rows = parseCsv(readFileSync(absolute), { bom: true, relax_column_count: true }) as string[][];
      return { path: relative(dist, absolute).split(sep).join("/"), rows };
    });
}

/** A cell a spreadsheet runs as a formula: it starts with = + - @ a tab or a carriage return (or their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** A number, which may start with a minus and stays a number. */
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

describe("npm run build over the batch meant to build", () => {
  const dist = join(built.root, "dist");
  const files = existsSync(dist) ? csvFiles(dist) : [];

  it("builds, and the check of what it publishes ran", () => {
    expect(runs.built.status, runs.built.output.slice(-3000)).toBe(0);
    expect(runs.built.output).toMatch(/riêng tư: đã đọc \d+ tệp, tìm [1-9]\d* người không được nêu tên: 0 tệp/);
  });

  it("publishes CSV files of every kind: open data, targets, reports", () => {
    const paths = files.map((file) => file.path);
    expect(paths).toContain("du-lieu/mo-hinh.csv");
    expect(paths).toContain("du-lieu/dien-hinh.csv");
    expect(paths.some((path) => path.startsWith("chi-tieu/"))).toBe(true);
    expect(paths.some((path) => path.startsWith("bao-cao/"))).toBe(true);
  });

  // One row per CSV the site publishes, found in dist/ rather than listed.
  it.each(files.map((file) => [file.path, file] as const))(
    "%s: no cell a spreadsheet would run as a formula",
    (_path, file) => {
      expect(file.rows.length).toBeGreaterThan(0);
      const unsafe = file.rows.flat().filter((cell) => FORMULA_START.test(cell) && !NUMBER.test(cell));
      expect(unsafe).toEqual([]);
    },
  );

  // The control: the hostile values did reach the CSV files, written as text.
  it.each([
    ["a model's title", "du-lieu/mo-hinh.csv", `'=HYPERLINK("http://vi-du.vn","Bấm vào đây")`],
    ["a model's tags", "du-lieu/mo-hinh.csv", "'=1+1"],
    ["a person's name", "du-lieu/dien-hinh.csv", "'-Lê Văn Công Thức"],
    ["a person's summary", "du-lieu/dien-hinh.csv", "'@Một người"],
    ["a unit's name", "chi-tieu/", "'=Hội Cựu chiến binh xã Thử Công Thức"],
  ])("%s reaches %s as text: %s", (_what, where, start) => {
    const cells = files.filter((file) => file.path.startsWith(where)).flatMap((file) => file.rows.flat());
    expect(cells.some((cell) => cell.startsWith(start))).toBe(true);
  });

  it("reads an autolink as the link it means", () => {
    const page = readFileSync(join(built.root, "dist", "mo-hinh", "cong-thuc-bang-tinh", "index.html"), "utf8");
    expect(page).toContain('<a href="https://baoninhbinh.org.vn/">https://baoninhbinh.org.vn/</a>');
    expect(page).toContain('<a href="mailto:tuyengiao@example.vn">tuyengiao@example.vn</a>');
  });
});
