import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Locator, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { startDecapServer, type RunningDecapServer } from "../../cms/decap-server";
import { generateCms } from "../../cms/generate-config";
import { readPrivateMetadata } from "../../src/loaders/photo-metadata";
import { checkContent } from "../../src/loaders/read-content";
import { PHOTO_LIMITS } from "../../src/lib/photo-limits";
import { ROOT } from "../build/setup";
import { isPublished, rawBodyIn, rawEntriesIn } from "../support/entries";
import { SITE } from "../support/paths";
import { launchBrowser, type Browser } from "../support/browser";
import { freePort } from "../support/free-port";
import {
  GUIDE_SCREENSHOTS,
  missingIn,
  screenshotFolder,
  shoot,
  type GuideScreenshot,
} from "../support/guide-screenshots";
import { startNginx, type Nginx } from "../support/nginx";
import { GPS_IN_NINH_BINH, HEIC_HEADER } from "../support/phone-photo";

/**
 * The CMS end to end, as an editor uses it, on a temporary copy of the project that is a git
 * repository of its own: decap-server in git mode (the editorial workflow: a branch per entry,
 * merged on publishing) on 127.0.0.1, the generated admin served beside it, Chromium. The real
 * `src/content/` is never touched. Then the copy is built, and its pages and search are read.
 * On the way it takes the pictures of the editors' guide (tests/support/guide-screenshots.ts).
 */

const base = inject("baseUrl");

let project: string;
/** Photos to upload, made for the test. */
let photos: string;
/** Where the guide's pictures go in this run. */
let pictures: string;
const picture = (name: GuideScreenshot) => shoot(page, pictures, name);

/** Closes the notices of earlier steps, so that a picture shows only what it is about. */
async function closeNotices(): Promise<void> {
  for (const close of await page.locator(".Toastify__close-button").all()) await close.click().catch(() => {});
  await page.locator(".Toastify__toast").first().waitFor({ state: "detached" });
}
let decap: RunningDecapServer;
let admin: Nginx;
let browser: Browser;
let page: Page;
/** What Chromium asked with alert/confirm, in order; every confirm is accepted. */
const dialogs: string[] = [];
/** What the admin page's Content-Security-Policy refused, from the console. */
const refused: string[] = [];

const NEW_MODEL = {
  title: "Bếp ăn nghĩa tình đồng đội Đông Sơn",
  slug: "bep-an-nghia-tinh-dong-doi-dong-son",
  typed: "Giá mỗi suất {5} nghìn đồng, <b>không</b> hơn, 1 < 2.",
  quote: "Người bệnh ăn no thì mau khỏe.",
};
/** The project's own entries, which the copy the CMS edits starts with. */
const PROJECT_CONTENT = join(ROOT, "src", "content");
/**
 * The entries the editor works on, picked from whatever the project has (published, with a
 * story), never named: the model the new one replicates, the model renamed, the model whose
 * preview is compared with its page, and the news item whose body is refused.
 */
const projectModels = rawEntriesIn(PROJECT_CONTENT, "models").filter(
  (entry) => isPublished(entry) && rawBodyIn(PROJECT_CONTENT, "models", entry.id).trim() !== "",
);
const SOURCE = { id: projectModels[0]!.id, title: String(projectModels[0]!.data.title) };
const EDITED = { id: projectModels.at(-1)!.id, title: `${String(projectModels.at(-1)!.data.title)} (tên mới)` };
const PREVIEWED = projectModels[Math.floor(projectModels.length / 2)]!.id;
const REFUSED_NEWS = rawEntriesIn(PROJECT_CONTENT, "news").find(isPublished)!.id;
const modelFile = (id: string) => join(project, "src", "content", "models", `${id}.mdx`);

const git = (...args: string[]) => execFileSync("git", args, { cwd: project, encoding: "utf8" });

/** The files of the project as a fresh clone has them, plus what is not yet committed. */
function copyProject(): string {
  const target = mkdtempSync(join(tmpdir(), "dvk-cms-e2e-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(ROOT, file), join(target, file));
  }
  symlinkSync(realpathSync(join(ROOT, "node_modules")), join(target, "node_modules"));
  // The image cache of the test site's build: the rebuild then only optimises new photos.
  if (existsSync(join(SITE, ".cache", "astro")))
    cpSync(join(SITE, ".cache", "astro"), join(target, ".cache", "astro"), { recursive: true });
  execFileSync("git", ["init", "--quiet", "--initial-branch=main"], { cwd: target });
  const settings: [string, string][] = [
    ["user.name", "Ban Tuyên giáo"],
    ["user.email", "tuyengiao@example.invalid"],
    ["commit.gpgsign", "false"],
  ];
  for (const [key, value] of settings) execFileSync("git", ["config", key, value], { cwd: target });
  execFileSync("git", ["add", "--all"], { cwd: target });
  execFileSync("git", ["commit", "--quiet", "--no-verify", "-m", "Nội dung ban đầu"], { cwd: target });
  return target;
}

/** A field by its label as the editor reads it; optional fields add "(không bắt buộc)". */
function field(label: string, scope: Page | Locator = page): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^${escaped}(?: \\(không bắt buộc\\))?$`));
}

/** Picks an option of a select or relation field by typing part of it. */
async function choose(label: string, typed: string, option: string): Promise<void> {
  const input = field(label);
  await input.click();
  await input.fill(typed);
  await page.getByRole("option", { name: option }).first().click();
}

/**
 * Opens an entry (every one opened here has a body editor). The editor open before is closed
 * first, so that nothing of it is mistaken for the new one; the session logs in if it has not
 * (a test run on its own).
 */
async function openEntry(path: string): Promise<void> {
  await page.goto(`${admin.origin}/admin/#/`);
  await page.locator("[data-slate-editor]").waitFor({ state: "detached" });
  const login = page.getByRole("button", { name: "Đăng nhập" });
  const menu = page.getByRole("link", { name: "Mô hình" }).first();
  await login.or(menu).first().waitFor();
  if (await login.isVisible()) await login.click();
  await page.goto(`${admin.origin}/admin/#/collections/${path}`);
  await page.locator("[data-slate-editor]").waitFor();
}

/**
 * Saves, moves the entry to "ready", and publishes it, as an editor does in the toolbar. With a
 * screenshot name, it also photographs the review board with the saved entry on it.
 */
async function saveAndPublish(board?: { screenshot: GuideScreenshot; card: string }): Promise<void> {
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await page.getByText("Đã lưu", { exact: true }).waitFor();
  if (board) {
    const entry = page.url();
    await page.goto(`${admin.origin}/admin/#/workflow`);
    await page.getByRole("heading", { name: "Duyệt bài" }).waitFor();
    await page.getByText(board.card).first().waitFor();
    await closeNotices();
    await picture(board.screenshot);
    await page.goto(entry);
    await page.locator("[data-slate-editor]").waitFor();
  }
  await page.getByRole("button", { name: /^Duyệt bài: / }).click();
  if (board) {
    await page.getByText("Sẵn sàng đăng", { exact: true }).waitFor();
    await picture("gui-duyet");
  }
  await page.getByText("Sẵn sàng đăng", { exact: true }).click();
  await page.getByRole("button", { name: "Duyệt bài: Sẵn sàng đăng" }).waitFor();
  await page.getByRole("button", { name: "Đăng", exact: true }).click();
  await page.getByText("Đăng ngay", { exact: true }).click();
  await page.getByText("Đã đăng lên trang", { exact: true }).waitFor();
  // decap-server checks branches out to answer the CMS; read files once it is back on main.
  await expect.poll(() => `${git("branch", "--show-current").trim()} ${cmsBranches()}`).toBe("main ");
}

const cmsBranches = () => git("branch", "--list", "cms/*").trim();

/** The first person in the copy who agreed to be named and has not withdrawn, whatever the samples are. */
function firstNamedPerson(): string {
  const folder = join(project, "src", "content", "people");
  for (const name of readdirSync(folder).sort()) {
    const data = frontMatterOf(readFileSync(join(folder, name), "utf8")) as {
      consent?: { name?: boolean; withdrawn?: boolean };
      draft?: boolean;
    };
    if (data.consent?.name && !data.consent.withdrawn && !data.draft) return name.replace(/\.mdx$/, "");
  }
  throw new Error("no person who agreed to be named");
}
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, "");
const frontMatterOf = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;

beforeAll(async () => {
  project = copyProject();
  photos = mkdtempSync(join(tmpdir(), "dvk-cms-photos-"));
  pictures = screenshotFolder();
  const image = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: "#c8963c" } });
  // A phone photo as a phone writes it: 8,000 px, with where it was taken and by which camera.
  // Drawn (sky, limestone hills, rice fields) so that the guide's pictures show a landscape.
  const scene =
    '<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="6000" viewBox="0 0 80 60">' +
    '<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8cc4e8"/>' +
    '<stop offset="1" stop-color="#e8f1d0"/></linearGradient></defs><rect width="80" height="60" fill="url(#s)"/>' +
    '<circle cx="62" cy="12" r="5" fill="#fff3c4"/>' +
    '<path d="M0 36 C4 18 10 18 14 36 C18 22 24 14 30 36 C36 24 40 26 46 36 C52 16 60 20 64 36 C70 26 76 24 80 36 V60 H0Z" fill="#5f8a6b"/>' +
    '<rect y="36" width="80" height="24" fill="#9cc45a"/><path d="M0 44 H80 M0 50 H80 M0 56 H80" stroke="#7da343" stroke-width="0.6"/>' +
    "</svg>";
  await sharp(Buffer.from(scene))
    .withExif({
      IFD0: { Make: "Samsung", Model: "SM-S928B" },
      IFD3: GPS_IN_NINH_BINH,
    })
    .jpeg()
    .toFile(join(photos, "bep-an.jpg"));
  await image(3000, 8).avif().toFile(join(photos, "rong.avif"));
  const port = await freePort();
  generateCms({ DECAP_LOCAL: "1", DECAP_PORT: String(port) }, { root: project });
  decap = await startDecapServer({ mode: "git", repository: project, port, stdio: "ignore" });
  admin = await startNginx(join(project, "public"));
  browser = await launchBrowser();
  page = await browser.newPage();
  // The guide's pictures are this size: a laptop screen, small enough to read in the docs.
  await page.setViewportSize({ width: 1280, height: 800 });
  page.setDefaultTimeout(20_000);
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await admin?.close();
  await decap?.stop();
  if (project) rmSync(project, { recursive: true, force: true });
  if (photos) rmSync(photos, { recursive: true, force: true });
  if (pictures && !process.env.GUIDE_SCREENSHOTS_DIR) rmSync(pictures, { recursive: true, force: true });
});

describe("the CMS, end to end, on a copy of the project", () => {
  it("serves decap-server on 127.0.0.1 only", () => {
    expect(decap.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
  });

  it("logs in, in Vietnamese", async () => {
    await page.goto(`${admin.origin}/admin/`);
    await picture("dang-nhap");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("link", { name: "Mô hình" }).first().waitFor();
    expect(await page.getByRole("link", { name: "Duyệt bài" }).isVisible()).toBe(true);
    expect(await page.getByText("+ Thêm mô hình").isVisible()).toBe(true);
    await page.getByText(SOURCE.title, { exact: true }).waitFor();
    await picture("danh-sach");
  });

  it("refuses a save with a required field missing, in the form, and writes nothing", async () => {
    const before = cmsBranches();
    await openEntry("models/new");
    await field("Tóm tắt").fill("Một mô hình chưa có tên, để xem ô bắt buộc.");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByText("Cần điền “Tên mô hình”.").waitFor();
    expect(await page.getByText(/Còn ô bắt buộc chưa điền/).isVisible()).toBe(true);
    await picture("bao-loi-o-bat-buoc");
    expect(cmsBranches()).toBe(before);
  });

  it("refuses an upload that is not a photo, or an AVIF it cannot make smaller, saying why", async () => {
    await page.goto(`${admin.origin}/admin/#/collections/models`);
    await page.getByRole("button", { name: "Ảnh và tệp" }).click();
    const upload = page.locator('input[type="file"]');
    await upload.setInputFiles(join(photos, "rong.avif"));
    await expect.poll(() => dialogs.at(-1)).toContain("cạnh dài quá 2.560 điểm ảnh");
    await upload.setInputFiles({ name: "IMG_0042.HEIC", mimeType: "image/heic", buffer: HEIC_HEADER });
    await expect.poll(() => dialogs.at(-1)).toContain("Tệp “IMG_0042.HEIC” là ảnh HEIC của iPhone");
    expect(dialogs.at(-1)).toContain("hãy chuyển ảnh sang JPEG");
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    await upload.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
    await expect.poll(() => dialogs.at(-1)).toContain("Tệp “logo.svg” là hình vẽ SVG, không phải ảnh chụp");
    await upload.setInputFiles({ name: "dong.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a") });
    await expect.poll(() => dialogs.at(-1)).toContain("Tệp “dong.gif” là ảnh GIF");
    await page.keyboard.press("Escape");
    expect(git("status", "--porcelain")).toBe("");
    expect(existsSync(join(project, "src", "assets", "uploads"))).toBe(false);
  });

  it("creates a model with every kind of field and an 8,000 px phone photo, and publishes it", async () => {
    await openEntry("models/new");
    await field("Tên mô hình").fill(NEW_MODEL.title);
    await field("Tóm tắt").fill("Hội viên góp gạo, góp công nấu bữa trưa cho người bệnh nghèo ở trạm y tế xã.");
    await choose("Lĩnh vực", "Văn hoá", "Văn hoá – xã hội");
    await choose("Đơn vị", "Đông Sơn", "Hội Cựu chiến binh xã Đông Sơn");
    await choose("Giai đoạn thi đua", "2016", "Giai đoạn 2016–2020");
    await choose("Trạng thái", "công nhận", "Đã công nhận");
    await field("Ngày đăng ký").fill("2019-03-01");
    await field("Số quyết định").fill("21/QĐ-CCB");
    await field("Ngày ký quyết định").fill("2020-01-15");
    await choose("Đơn vị ra quyết định", "Nho Quan", "Hội Cựu chiến binh huyện Nho Quan");
    await choose("Nhân rộng từ mô hình", SOURCE.title, SOURCE.title);
    await page.getByRole("button", { name: "Thêm kết quả" }).click();
    await field("Chỉ số").fill("suất ăn mỗi tuần");
    await field("Con số").fill("120");
    await field("Xã, phường, thị trấn").fill("xã Đông Sơn");
    // Typed and then cleared: an optional field left empty is not saved as "".
    await field("Thôn, xóm, tổ dân phố").fill("thôn");
    await field("Thôn, xóm, tổ dân phố").fill("");
    await field("Vĩ độ").fill("20.25");
    await page.getByRole("button", { name: "Chọn ảnh" }).first().click();
    const alerts = dialogs.length;
    await page.locator('input[type="file"]').setInputFiles(join(photos, "bep-an.jpg"));
    await page.getByText("bep-an.jpg").first().waitFor({ timeout: 60_000 });
    expect(dialogs.slice(alerts), "an 8,000 px photo is made smaller, not refused").toEqual([]);
    await picture("chon-anh");
    await page.getByRole("button", { name: "Dùng tệp đã chọn" }).click();
    await field("Mô tả ảnh").fill("Hội viên chia cơm cho người nhà bệnh nhân ở trạm y tế xã");
    await field("Nguồn ảnh").fill("Hội CCB xã Đông Sơn");
    await page.getByRole("button", { name: "Thêm khen thưởng" }).click();
    await field("Hình thức khen thưởng").fill("Giấy khen của Hội CCB huyện");
    await field("Ngày khen thưởng").fill("2020-10-15");
    await choose("Đơn vị khen thưởng", "Nho Quan", "Hội Cựu chiến binh huyện Nho Quan");
    await choose("Dịp khen thưởng", "Tổng", "Tổng kết");
    await field("Từ khoá").fill("bếp ăn, nghĩa tình");
    await field("Nổi bật trên trang chủ").click();
    await field("Ngày đăng").fill("2020-11-02");
    // The story, in the rich-text editor, with a pull quote from its toolbar.
    await page.locator("[data-slate-editor]").click();
    await page.keyboard.type(NEW_MODEL.typed);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Chèn thành phần" }).click();
    await page.getByText("Trích dẫn nổi bật", { exact: true }).click();
    await field("Người nói").fill("Ông Trần Văn Bình");
    await field("Chức danh người nói").fill("Chi hội trưởng");
    await field("Lời trích dẫn").fill(NEW_MODEL.quote);
    const preview = page.frameLocator("iframe").first();
    await preview.getByText(NEW_MODEL.quote).waitFor();
    expect(await preview.locator("h1").innerText()).toBe(NEW_MODEL.title);
    expect(await preview.locator(".pull-quote figcaption").innerText()).toBe("— Ông Trần Văn Bình, Chi hội trưởng");
    await picture("them-mo-hinh");
    await saveAndPublish();
    // The entry opens again, published: its status reads "Đã đăng".
    await page.locator("[data-slate-editor]").waitFor();
    await page.getByRole("button", { name: "Đã đăng", exact: true }).waitFor();
    await picture("da-dang");

    expect(cmsBranches()).toBe("");
    const text = readFileSync(modelFile(NEW_MODEL.slug), "utf8");
    const saved = join(project, "src", "assets", "uploads", "bep-an.jpg");
    const { format, width, height, exif } = await sharp(saved).metadata();
    expect({ format, width, height }).toEqual({ format: "jpeg", width: PHOTO_LIMITS.longSide, height: 1920 });
    expect(exif, "no EXIF at all in the saved photo").toBeUndefined();
    expect(await readPrivateMetadata(saved)).toEqual([]);
    expect(await readPrivateMetadata(join(photos, "bep-an.jpg")), "the control: the photo picked had them").toEqual([
      "gps",
      "make",
      "model",
    ]);
    expect(frontMatterOf(text)).toMatchObject({
      title: NEW_MODEL.title,
      field: "van-hoa-xa-hoi",
      unit: "xa-dong-son",
      status: "recognised",
      recognition: { decisionNumber: "21/QĐ-CCB", date: "2020-01-15", by: "nho-quan" },
      replicatedFrom: SOURCE.id,
      results: [{ label: "suất ăn mỗi tuần", value: "120" }],
      place: { commune: "xã Đông Sơn", lat: 20.25 },
      cover: { src: "../../assets/uploads/bep-an.jpg", credit: "Hội CCB xã Đông Sơn" },
      tags: ["bếp ăn", "nghĩa tình"],
      featured: true,
    });
    expect(frontMatterOf(text).place).not.toHaveProperty("village");
    expect(bodyOf(text)).toBe(
      "\nGiá mỗi suất \\{5\\} nghìn đồng, \\<b\\>không\\</b\\> hơn, 1 \\< 2.\n\n" +
        `<PullQuote attribution="Ông Trần Văn Bình" role="Chi hội trưởng">\n${NEW_MODEL.quote}\n</PullQuote>\n`,
    );
  }, 150_000);

  it("the published file passes the content gate", async () => {
    const result = await checkContent(project);
    expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(result.entries.find((entry) => entry.id === NEW_MODEL.slug)?.publishable).toBe(true);
  });

  it("changes only the title of an existing entry: its body stays byte for byte", async () => {
    const before = readFileSync(modelFile(EDITED.id), "utf8");
    await openEntry(`models/entries/${EDITED.id}`);
    await field("Tên mô hình").fill(EDITED.title);
    await saveAndPublish({ screenshot: "duyet-bai", card: EDITED.title });
    const after = readFileSync(modelFile(EDITED.id), "utf8");
    expect(bodyOf(after)).toBe(bodyOf(before));
    expect(frontMatterOf(after)).toEqual({ ...frontMatterOf(before), title: EDITED.title });
  }, 90_000);

  it("refuses to save a body the build would refuse, saying why in Vietnamese", async () => {
    const before = cmsBranches();
    await openEntry(`news/entries/${REFUSED_NEWS}`);
    // The body's mode switch sits between its two labels.
    await page.getByText("Soạn thảo thường", { exact: true }).locator("xpath=..").getByRole("switch").click();
    const raw = page.locator(".cms-editor-raw [data-slate-editor]");
    await raw.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\n[Bấm vào đây](javascript:alert(1))");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    const problems = page.getByRole("alert").filter({ hasText: "Chưa lưu được" });
    await problems.waitFor();
    expect(await problems.innerText()).toMatch(/Nội dung, dòng \d+: liên kết không an toàn: javascript:alert\(1\)/);
    // The last step's "Đã đăng lên trang" may still show; the guide's picture is of the refusal alone.
    await closeNotices();
    await picture("bao-loi-noi-dung");
    expect(cmsBranches()).toBe(before);
    await page.getByRole("button", { name: "Đóng" }).click();
    await page.getByText("Soạn thảo thường", { exact: true }).locator("xpath=..").getByRole("switch").click();
  });

  it("previews a sample model with the same words as its page", async () => {
    const id = PREVIEWED;
    await openEntry(`models/entries/${id}`);
    const preview = page.frameLocator("iframe").first();
    const site = await browser.newPage();
    await site.goto(`${base}/mo-hinh/${id}/`);
    await expect.poll(() => preview.locator("h1").innerText()).toBe(await site.locator("h1").innerText());
    for (const selector of ["h1", ".lede", ".facts", ".story .body"]) {
      const words = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();
      expect(await words(preview.locator(selector).first()), selector).toBe(
        await words(site.locator(selector).first()),
      );
    }
    await site.close();
  });

  it("shows a person's consent, and how its withdrawal is recorded", async () => {
    const id = firstNamedPerson();
    await openEntry(`people/entries/${id}`);
    await closeNotices();
    const named = field("Đồng ý công bố họ tên");
    await named.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    expect(await named.isChecked()).toBe(true);
    await picture("dong-y");
    await field("Đã rút lại đồng ý").click();
    await field("Ngày rút lại đồng ý").fill("2026-12-12");
    await field("Ngày rút lại đồng ý").scrollIntoViewIfNeeded();
    await picture("rut-dong-y");
    // Not saved: the person stays published for the build below.
    expect(cmsBranches()).toBe("");
  });

  // The admin is served with the policy the generator wrote for its backend (here decap-server):
  // saving a new photo reads it back from a blob: address, which the policy must allow.
  it("broke no rule of the admin page's Content-Security-Policy in all of the above", () => {
    expect(refused).toEqual([]);
  });

  it("took every picture of the editors' guide", () => {
    expect(missingIn(pictures)).toEqual([]);
    expect(GUIDE_SCREENSHOTS.length).toBeGreaterThanOrEqual(6);
  });

  it("a rebuild shows the new page at its ASCII slug, and the search finds it", async () => {
    const build = spawnSync("npm", ["run", "build"], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, DECAP_LOCAL: "" },
    });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const site = await startNginx(join(project, "dist"));
    try {
      const reader = await browser.newPage();
      await reader.goto(`${site.origin}/mo-hinh/${NEW_MODEL.slug}/`);
      expect(await reader.locator("h1").innerText()).toBe(NEW_MODEL.title);
      const body = reader.locator(".story .body");
      expect(await body.locator("p").first().innerText()).toBe(NEW_MODEL.typed);
      expect(await body.locator(".pull-quote blockquote").innerText()).toBe(NEW_MODEL.quote);
      expect(await reader.locator(".cover img").getAttribute("alt")).toBe(
        "Hội viên chia cơm cho người nhà bệnh nhân ở trạm y tế xã",
      );
      await reader.goto(`${site.origin}/mo-hinh/${EDITED.id}/`);
      expect(await reader.locator("h1").innerText()).toBe(EDITED.title);
      await reader.goto(`${site.origin}/tim-kiem/?q=${encodeURIComponent("nghĩa tình đồng đội")}`);
      await reader.locator(`.results a[href="/mo-hinh/${NEW_MODEL.slug}/"]`).waitFor({ timeout: 15_000 });
      await reader.close();
    } finally {
      await site.close();
    }
  }, 240_000);
});
