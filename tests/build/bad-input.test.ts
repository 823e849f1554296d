import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./setup";

/**
 * A real `astro build` of a copy of the project with bad entries added: the build must fail,
 * name every bad file and field, and never run code written in a body.
 */
const MARKER = join(tmpdir(), `dvk-body-ran-${process.pid}`);
const BAD_ENTRIES: Record<string, string> = {
  "src/content/models/thieu-truong.mdx": model({ omit: "summary" }),
  "src/content/models/don-vi-la.mdx": model({ replace: ["unit: nho-quan", "unit: khong-co-don-vi"] }),
  "src/content/models/ngay-khong-co.mdx": model({ replace: ["registeredOn: 2016-10-05", "registeredOn: 2024-02-30"] }),
  "src/content/models/linh-vuc-la.mdx": model({ replace: ["field: kinh-te", "field: nong-nghiep"] }),
  "src/content/models/co-import.mdx": model({ body: `import fs from "node:fs";\n\nChữ.\n` }),
  "src/content/models/co-bieu-thuc.mdx": model({
    body: `Chữ {process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(MARKER)}, "x")} chữ.\n`,
  }),
};

function model(change: { omit?: string; replace?: [string, string]; body?: string }): string {
  const lines = [
    "title: Mô hình dùng để thử lỗi",
    "summary: Một mô hình chỉ dùng trong kiểm thử để chứng minh bản dựng từ chối nội dung sai.",
    "unit: nho-quan",
    "field: kinh-te",
    "campaign: 2016-2020",
    "registeredOn: 2016-10-05",
    "publishedOn: 2017-01-01",
    "cover: { src: ../../assets/samples/nuoi-ong-cuc-phuong.jpg, alt: Ảnh minh hoạ dùng để thử, credit: Kiểm thử }",
  ]
    .filter((line) => !change.omit || !line.startsWith(`${change.omit}:`))
    .map((line) => (change.replace && line === change.replace[0] ? change.replace[1] : line));
  return `---\n${lines.join("\n")}\n---\n${change.body ?? "Chữ thường.\n"}`;
}

let copy: string;
let output = "";
let status: number | null = null;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "dvk-bad-"));
  for (const part of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  for (const [path, text] of Object.entries(BAD_ENTRIES)) writeFileSync(join(copy, path), text);
  const result = spawnSync("npx", ["astro", "build"], { cwd: copy, encoding: "utf8", env: process.env });
  output = `${result.stdout}\n${result.stderr}`;
  status = result.status;
});

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(MARKER, { force: true });
});

describe("a build with bad entries", () => {
  it("fails", () => {
    expect(status).not.toBe(0);
    expect(existsSync(join(copy, "dist", "index.html"))).toBe(false);
  });

  it.each([
    ["thieu-truong.mdx", "[summary]", "bắt buộc nhưng chưa điền"],
    ["don-vi-la.mdx", "[unit]", "không có mục “khong-co-don-vi” trong units"],
    ["ngay-khong-co.mdx", "[registeredOn]", "ngày không có thật"],
    ["linh-vuc-la.mdx", "[field]", "“nong-nghiep” không hợp lệ"],
    ["co-import.mdx", "[body]", "import/export"],
    ["co-bieu-thuc.mdx", "[body]", "biểu thức {…}"],
  ])("names %s, the field %s and says “%s”", (file, field, message) => {
    const line = output.split("\n").find((l) => l.includes(`src/content/models/${file}`) && l.includes(field));
    expect(line, output).toBeDefined();
    expect(line).toContain(message);
  });

  it("never runs code written in a body", () => {
    expect(existsSync(MARKER)).toBe(false);
  });
});
