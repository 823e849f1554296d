import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "../support/project-copy";

/**
 * Real builds of a copy of the project with bad entries added: `npm run build` must fail at
 * its content gate (the content loader, first step of `astro build`), before any page is
 * written, naming every bad file and field; `astro build` alone (which `npm run dev` and the
 * CMS preview go through) must fail the same way. No code written in a body may ever run. Oversized images are drawn here.
 */
const MARKER = join(tmpdir(), `dvk-body-ran-${process.pid}`);
const COVER = "../../assets/samples/nuoi-ong-cuc-phuong.jpg";
/** One title typed as a file name twice, in NFC and in NFD: two files on Linux, one address. */
const TWIN = "nuôi-ong-trùng";

const BAD_ENTRIES: Record<string, string> = {
  "src/content/models/thieu-truong.mdx": model({ omit: "summary" }),
  "src/content/models/don-vi-la.mdx": model({ replace: ["unit: nho-quan", "unit: khong-co-don-vi"] }),
  "src/content/models/ngay-khong-co.mdx": model({ replace: ["registeredOn: 2016-10-05", "registeredOn: 2024-02-30"] }),
  "src/content/models/linh-vuc-la.mdx": model({ replace: ["field: kinh-te", "field: nong-nghiep"] }),
  "src/content/models/truong-la.mdx": model({ add: "mauNen: đỏ" }),
  "src/content/models/khoa-hai-lan.mdx": model({ add: "title: Tên thứ hai" }),
  "src/content/models/yaml-hong.mdx": model({ replace: ["field: kinh-te", "field: [kinh-te"] }),
  "src/content/models/so-mat-so-0.mdx": model({ add: "results: [{ label: Hộ tham gia, value: 015 }]" }),
  "src/content/models/anh-qua-lon.mdx": model({ replace: [COVER, "../../assets/qua-lon.jpg"] }),
  "src/content/models/anh-qua-nang.mdx": model({ replace: [COVER, "../../assets/qua-nang.png"] }),
  "src/content/models/co-import.mdx": model({ body: `import fs from "node:fs";\n\nChữ.\n` }),
  "src/content/models/co-bieu-thuc.mdx": model({
    body: `Chữ {process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(MARKER)}, "x")} chữ.\n`,
  }),
  "src/content/models/co-script.mdx": model({ body: "<script>alert(1)</script>\n" }),
  [`src/content/models/${TWIN.normalize("NFC")}.mdx`]: model({}),
  [`src/content/models/${TWIN.normalize("NFD")}.mdx`]: model({}),
  "src/content/people/khong-co-dong-y.mdx": person({ consent: false }),
  "src/content/people/cau-chuyen-ngoai-dong-y.mdx": person({ consent: true }),
};

function model(change: { omit?: string; replace?: [string, string]; add?: string; body?: string }): string {
  const lines = [
    "title: Mô hình dùng để thử lỗi",
    "summary: Một mô hình chỉ dùng trong kiểm thử để chứng minh bản dựng từ chối nội dung sai.",
    "unit: nho-quan",
    "field: kinh-te",
    "campaign: 2016-2020",
    "registeredOn: 2016-10-05",
    "publishedOn: 2017-01-01",
    `cover: { src: ${COVER}, alt: Ảnh minh hoạ dùng để thử, credit: Kiểm thử }`,
    ...(change.add ? [change.add] : []),
  ]
    .filter((line) => !change.omit || !line.startsWith(`${change.omit}:`))
    .map((line) => (change.replace ? line.replace(change.replace[0], change.replace[1]) : line));
  return `---\n${lines.join("\n")}\n---\n${change.body ?? "Chữ thường.\n"}`;
}

/** A person without any consent record, or one whose story is filled though not consented to. */
function person({ consent }: { consent: boolean }): string {
  const lines = [
    "name: Người Dùng Để Thử",
    "honorific: Bà",
    "position: Hội viên chi hội thôn Đông",
    "summary: Một người chỉ dùng trong kiểm thử để chứng minh bản dựng từ chối nội dung sai.",
    "unit: nho-quan",
    "field: kinh-te",
    "campaign: 2016-2020",
    "registeredOn: 2016-10-05",
    "publishedOn: 2017-01-01",
    ...(consent
      ? [
          "consent:",
          "  name: true",
          "  story: false",
          "  signedOn: 2017-01-01",
          "  formKeptAt: Văn phòng Hội CCB huyện",
        ]
      : []),
  ];
  return `---\n${lines.join("\n")}\n---\nCâu chuyện của bà.\n`;
}

/** Line, field and message each bad file must produce, as printed in the build's output. */
const EXPECTED: [where: string, message: string][] = [
  ["models/thieu-truong.mdx:9 [summary]", "bắt buộc nhưng chưa điền: hãy thêm “summary:”"],
  ["models/don-vi-la.mdx:4 [unit]", "không có mục “khong-co-don-vi” trong units"],
  ["models/ngay-khong-co.mdx:7 [registeredOn]", "ngày không có thật"],
  ["models/linh-vuc-la.mdx:5 [field]", "“nong-nghiep” không hợp lệ"],
  ["models/truong-la.mdx:10 [mauNen]", "trường không có trong mẫu: mauNen"],
  ["models/khoa-hai-lan.mdx:10 [title]", "trường “title” được khai báo hai lần"],
  ["models/yaml-hong.mdx", "lỗi cú pháp YAML"],
  ["models/so-mat-so-0.mdx:10 [results.0.value]", 'mất số 0 ở đầu; hãy viết "015"'],
  ["models/anh-qua-lon.mdx:9 [cover.src]", "rộng 6400 × cao 48 điểm ảnh, quá giới hạn 6000 điểm ảnh"],
  ["models/anh-qua-nang.mdx:9 [cover.src]", "MB, quá giới hạn 10 MB"],
  ["models/co-import.mdx:11 [body]", "import/export"],
  ["models/co-bieu-thuc.mdx:11 [body]", "biểu thức {…}"],
  ["models/co-script.mdx:11 [body]", "thẻ <script> không được phép"],
  [`models/${TWIN.normalize("NFC")}.mdx [id]`, "trùng địa chỉ “nuoi-ong-trung”"],
  [`models/${TWIN.normalize("NFD")}.mdx [id]`, "trùng địa chỉ “nuoi-ong-trung”"],
  ["people/khong-co-dong-y.mdx:11 [consent]", "bắt buộc nhưng chưa điền: hãy thêm “consent:”"],
  ["people/cau-chuyen-ngoai-dong-y.mdx:17 [body]", "không đồng ý công bố câu chuyện"],
];

let copy: ProjectCopy;
const runs: Record<"npm run build" | "astro build", { status: number | null; output: string }> = {
  "npm run build": { status: null, output: "" },
  "astro build": { status: null, output: "" },
};

beforeAll(async () => {
  copy = copyProject("dvk-bad-");
  const side = 1900;
  copy.write({
    ...BAD_ENTRIES,
    "src/assets/qua-lon.jpg": await sharp({ create: { width: 6400, height: 48, channels: 3, background: "#888" } })
      .jpeg()
      .toBuffer(),
    // Random pixels, stored uncompressed: over 10 MB in bytes, well under the pixel limit.
    "src/assets/qua-nang.png": await sharp(randomBytes(side * side * 3), {
      raw: { width: side, height: side, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer(),
  });
  runs["npm run build"] = await copy.run("npm", ["run", "build"]);
  runs["astro build"] = await copy.run("npx", ["astro", "build"]);
});

afterAll(() => {
  copy.remove();
  rmSync(MARKER, { force: true });
});

describe.each(Object.keys(runs) as (keyof typeof runs)[])("%s with bad entries", (command) => {
  it("fails and writes nothing into dist/", () => {
    expect(runs[command].status, runs[command].output.slice(-2000)).not.toBe(0);
    expect(existsSync(join(copy.root, "dist"))).toBe(false);
  });

  // The output is not normalised: the NFC and the NFD file name must each be named as they are.
  it.each(EXPECTED)("names %s and says “%s”", (where, message) => {
    const line = runs[command].output
      .split("\n")
      .find((l) => l.includes(`src/content/${where}`) && l.includes(message));
    expect(line, runs[command].output).toBeDefined();
  });

  it("never runs code written in a body", () => {
    expect(existsSync(MARKER)).toBe(false);
  });
});

describe("npm run build with bad entries", () => {
  it("stops at the content gate, before any page is built", () => {
    // Every expected line, plus the twins' second error: their names are not ASCII either.
    expect(runs["npm run build"].output).toContain(`${EXPECTED.length + 2} lỗi`);
    expect(runs["npm run build"].output).not.toContain("Building static entrypoints");
    expect(runs["npm run build"].output).not.toContain("generating static routes");
  });
});
