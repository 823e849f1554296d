import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSourceFiles } from "../src/loaders/read-content";
import { t } from "../src/i18n/vi";
import { bodyPreviewHtml, entryPreviewHtml, escapeHtml, type PreviewContext } from "./preview";

const root = new URL("..", import.meta.url).pathname;

const context: PreviewContext = {
  nameOf: (collection, id) => (id === "xa-cuc-phuong" ? "Hội Cựu chiến binh xã Cúc Phương" : `${collection}:${id}`),
  imageUrl: (src) => (src.startsWith("../../assets/uploads/") ? `blob:${src.slice(21)}` : undefined),
};

/** Front matter and body of an entry file's text. */
function fromText(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return { data: parse(match?.[1] ?? "") as Record<string, unknown>, body: text.slice(match?.[0].length) };
}

/** Every entry file of the project, as the CMS loads it: front matter and body. */
const entries = readSourceFiles(root)
  .filter((file) => file.path.endsWith(".mdx"))
  .map((file) => ({ collection: file.collection, ...fromText(file.text) }));

/** An entry file as the CMS loads it. */
function fixture(path: string): { data: Record<string, unknown>; body: string } {
  return fromText(readFileSync(join(root, path), "utf8"));
}

/** The first entry of a collection that has what a test needs, whichever the project has. */
function loaded(collection: string, has: (data: Record<string, unknown>) => boolean = () => true) {
  const found = entries.find((entry) => entry.collection === collection && has(entry.data) && entry.body.trim());
  if (!found) throw new Error(`no entry of ${collection} with a body and what the test needs`);
  return found;
}

describe("model preview", () => {
  // A model of every part, kept as a fixture: the expectations below are its own words.
  const { data, body } = fixture("tests/fixtures/cms-preview/model.mdx");
  const html = entryPreviewHtml("models", data, body, context);

  it("has the story page's parts, in its order", () => {
    const order = ["sample-note", "<h1", 'class="lede"', 'class="cover wide"', 'class="facts"', 'class="prose body"'];
    const positions = order.map((part) => html.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("fills the facts box as the site does, with names instead of ids", () => {
    expect(html).toContain(`<dt data-scope="FactsBox">${t("facts.unit")}</dt>`);
    expect(html).toContain(">Hội Cựu chiến binh xã Cúc Phương</a>");
    expect(html).toContain(`${t("facts.recognition")}</dt><dd data-scope="FactsBox">số 14/QĐ-CCB ngày 15/03/2017`);
    expect(html).toContain(
      `<dt data-scope="FactsBox">${t("facts.place")}</dt><dd data-scope="FactsBox">thôn 3, xã Cúc Phương</dd>`,
    );
  });

  it("writes the campaign and the unit's present name as the site does, when the CMS knows them", () => {
    const derived = entryPreviewHtml("models", data, body, {
      ...context,
      campaignTitle: (id) => `${id} (đã kết thúc)`,
      unitNow: (id) => (id === "xa-cuc-phuong" ? { id: "xa-moi", name: "Hội Cựu chiến binh xã Mới" } : undefined),
    });
    expect(derived).toContain(">2016-2020 (đã kết thúc)</a>");
    expect(derived).toContain(
      `${t("facts.unitNow")}</dt><dd data-scope="FactsBox"><a data-scope="FactsBox" href="/don-vi/xa-moi/">`,
    );
    expect(html).not.toContain(t("facts.unitNow"));
  });

  it("renders the body with the site's renderer, components included", () => {
    expect(html).toContain(bodyPreviewHtml(body, context.imageUrl));
    expect(html).toContain('<figure class="pull-quote">');
    expect(html).toContain('<p class="key-figure"><strong>540</strong>');
    expect(html).toContain(`<h2 data-scope="ModelPage">${t("story.results")}</h2>`);
  });

  it("marks each component's own elements with its style scope, and nothing it receives", () => {
    expect(html).toMatch(/<aside data-scope="FactsBox" class="facts"/);
    expect(html).toMatch(/<article data-scope="Story" class="story">/);
    expect(html).toContain('<h2 data-scope="FactsBox" id="facts-title">');
    expect(html).not.toMatch(/<figure data-scope="[^"]*" class="pull-quote"/);
  });

  it("frames a photo the CMS cannot load with its description", () => {
    expect(html).toContain('<div class="preview-image" role="img" aria-label="Tranh minh hoạ những thùng ong');
  });

  it("shows an uploaded photo from the CMS", () => {
    const withUpload = { ...data, cover: { src: "../../assets/uploads/ong.jpg", alt: "Thùng ong", credit: "Hội CCB" } };
    expect(entryPreviewHtml("models", withUpload, "", context)).toContain('<img src="blob:ong.jpg" alt="Thùng ong"');
  });

  it("escapes whatever the editor typed", () => {
    const typed = entryPreviewHtml("models", { ...data, title: '<img src=x onerror="alert(1)">' }, "", context);
    expect(typed).toContain('<h1 data-scope="Story">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</h1>');
    expect(typed).not.toContain("<img src=x");
  });

  it("still shows something while required fields are empty", () => {
    const blank = entryPreviewHtml("models", { title: "Mô hình mới" }, "", context);
    expect(blank).toContain("Mô hình mới</h1>");
    expect(blank).toContain('class="facts"');
  });

  it("tells the editor that a draft will not be shown", () => {
    expect(entryPreviewHtml("models", { ...data, draft: true }, "", context)).toContain(
      "Mục này đang bật “Chưa đăng lên trang”",
    );
  });
});

describe("body preview", () => {
  it("lists what the build would refuse, with lines, instead of the body", () => {
    const html = bodyPreviewHtml("Mở đầu.\n\n[bấm](javascript:alert(1))\n", context.imageUrl);
    expect(html).toContain('<div class="preview-problems" role="alert">');
    expect(html).toContain("<li>Dòng 3: liên kết không an toàn: javascript:alert(1)</li>");
  });

  it("shows a figure's uploaded photo with its alt text", () => {
    const html = bodyPreviewHtml(
      '<Figure src="../../assets/uploads/hop.jpg" alt="Họp chi hội" credit="Hội CCB" />',
      context.imageUrl,
    );
    expect(html).toContain('<img src="blob:hop.jpg" alt="Họp chi hội" loading="lazy">');
    expect(html).toContain('<span class="credit">Ảnh: Hội CCB</span>');
  });

  it("shows what the editor typed as the saved page will: as text", () => {
    expect(bodyPreviewHtml("Giá {5} <b>", context.imageUrl)).toBe("<p>Giá {5} &#x3C;b></p>");
  });

  it("is empty for an empty body", () => {
    expect(bodyPreviewHtml("\n\n", context.imageUrl)).toBe("");
  });
});

describe("person preview", () => {
  const { data, body } = loaded("people", (person) => {
    const consent = person.consent as { name?: boolean; story?: boolean; withdrawn?: boolean } | undefined;
    return consent?.name === true && consent.story === true && consent.withdrawn !== true;
  });

  it("titles the person as the site does and shows the story with consent", () => {
    const html = entryPreviewHtml("people", data, body, context);
    expect(html).toContain(`>${escapeHtml(`${String(data.honorific)} ${String(data.name)}`)}</h1>`);
    expect(html).toContain(`<dt data-scope="FactsBox">${t("facts.position")}</dt>`);
    expect(html).toContain(bodyPreviewHtml(body, context.imageUrl));
  });

  it("warns that a person without consent to their name is published nowhere", () => {
    const withdrawn = { ...data, consent: { ...(data.consent as object), withdrawn: true } };
    expect(entryPreviewHtml("people", withdrawn, body, context)).toContain("sẽ không xuất hiện ở đâu trên trang");
  });

  it("leaves out the portrait and the story without consent to them, and says so", () => {
    const consent = { ...(data.consent as object), photo: false, story: false };
    const html = entryPreviewHtml("people", { ...data, consent }, body, context);
    expect(html).not.toContain('class="cover portrait"');
    expect(html).not.toContain(bodyPreviewHtml(body, context.imageUrl));
    expect(html).toContain("Chưa có đồng ý công bố câu chuyện");
  });
});

describe("news preview", () => {
  const { data, body } = loaded("news");
  const related = { model: "mo-hinh-lien-quan", person: "nguoi-lien-quan" };

  it("lists the related models and people with links to their pages", () => {
    const html = entryPreviewHtml(
      "news",
      { ...data, relatedModels: [related.model], relatedPeople: [related.person] },
      body,
      context,
    );
    expect(html).toContain(`<h2>${t("news.related")}</h2>`);
    expect(html).toContain(`<li><a href="/mo-hinh/${related.model}/">models:${related.model}</a></li>`);
    expect(html).toContain(`<li><a href="/dien-hinh/${related.person}/">people:${related.person}</a></li>`);
  });
});

describe("the how-to section in a model's preview", () => {
  const replication = {
    steps: [{ title: "Họp chi hội <b>", detail: "Thống nhất cách làm." }, { title: "Làm thử" }],
    needs: { people: "5 hội viên", time: "một vụ" },
    conditions: [{ text: "Có đất đồi" }],
    mistakes: [{ mistake: "Gom tiền trước", instead: "Cho nuôi thử" }],
    contact: { unit: "xa-cuc-phuong", office: "Ban Thường vụ" },
  };
  const data = { title: "Mô hình thử", summary: "Tóm tắt đủ dài để hợp lệ ở đây.", replication };
  const html = entryPreviewHtml("models", data, "", context);

  it("comes after the body, with the page's headings in the page's order", () => {
    const order = ['class="prose body"', t("howto.title"), t("howto.steps"), t("howto.needs")]
      .concat([t("howto.conditions"), t("howto.mistakes"), t("howto.contact")])
      .map((part) => html.indexOf(part));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("shows each text escaped, only the needs that are filled, and the unit by name", () => {
    expect(html).toContain(`<strong data-scope="ReplicationGuide">Họp chi hội &lt;b&gt;</strong>`);
    expect(html).toContain(`<dt data-scope="ReplicationGuide">${t("howto.needPeople")}</dt>`);
    expect(html).not.toContain(t("howto.needMoney"));
    expect(html).toContain('<a data-scope="ReplicationGuide" href="/don-vi/xa-cuc-phuong/">Ban Thường vụ</a>');
    expect(html).toContain("(Hội Cựu chiến binh xã Cúc Phương)");
  });

  it("is absent when the model has no steps", () => {
    expect(entryPreviewHtml("models", { ...data, replication: undefined }, "", context)).not.toContain(
      t("howto.title"),
    );
  });
});
