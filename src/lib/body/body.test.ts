import { describe, expect, it } from "vitest";
import { processBody, type BodyResult } from "./index";

function html(source: string): string {
  const result = processBody(source);
  if (!result.ok) throw new Error(`expected the body to pass, got: ${result.problems.map((p) => p.en).join("; ")}`);
  return result.html;
}

function problemsOf(result: BodyResult) {
  if (result.ok) throw new Error("expected the body to be refused, but it passed");
  return result.problems;
}

describe("processBody: allowed content renders", () => {
  it("renders plain Markdown, GFM tables included", () => {
    const out = html("Đoạn **đậm** và *nghiêng*.\n\n| Xã | Hộ |\n| --- | --- |\n| Gia Thịnh | 12 |\n");
    expect(out).toContain("<p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>.</p>");
    expect(out).toContain("<td>Gia Thịnh</td>");
  });

  it("renders PullQuote with its attribution, role and Markdown children", () => {
    const out = html(
      [
        "Đoạn mở đầu.",
        "",
        '<PullQuote attribution="Ông Nguyễn Văn Minh" role="Chi hội trưởng">',
        "Dân vận **khéo** là *gần dân*, hiểu dân.",
        "</PullQuote>",
        "",
      ].join("\n"),
    );
    expect(out).toContain('<figure class="pull-quote">');
    expect(out).toContain(
      "<blockquote><p>Dân vận <strong>khéo</strong> là <em>gần dân</em>, hiểu dân.</p></blockquote>",
    );
    expect(out).toContain("<figcaption>— Ông Nguyễn Văn Minh, Chi hội trưởng</figcaption>");
  });

  it("renders PullQuote without the optional role", () => {
    expect(html('<PullQuote attribution="Bà Trần Thị Hoa">\nLời hay.\n</PullQuote>')).toContain(
      "<figcaption>— Bà Trần Thị Hoa</figcaption>",
    );
  });

  it("renders KeyFigure as a figure and its meaning", () => {
    expect(html('<KeyFigure value="1.200" label="mét đường bê tông" />')).toBe(
      '<p class="key-figure"><strong>1.200</strong><span>mét đường bê tông</span></p>',
    );
  });

  it("escapes markup typed into a prop", () => {
    const out = html('<KeyFigure value="<img src=x onerror=alert(1)>" label="x &amp; y" />');
    expect(out).not.toContain("<img");
    expect(out).toContain("&#x3C;img");
  });

  it("renders Figure as an image placeholder for Astro, with caption and credit", () => {
    const result = processBody(
      '<Figure src="../../assets/uploads/hop-chi-hoi.jpg" alt="Chi hội họp bàn làm đường" credit="Hội CCB xã Gia Thịnh" caption="Buổi họp chi hội" />',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.html).toContain('<figure class="body-figure">');
    expect(result.html).toMatch(/<img __ASTRO_IMAGE_="[^"]*hop-chi-hoi\.jpg[^"]*">/);
    expect(result.html).toContain(
      '<figcaption>Buổi họp chi hội <span class="credit">Ảnh: Hội CCB xã Gia Thịnh</span></figcaption>',
    );
    expect(result.images).toEqual([{ src: "../../assets/uploads/hop-chi-hoi.jpg", alt: "Chi hội họp bàn làm đường" }]);
  });

  it("numbers several Figures in order", () => {
    const result = processBody(
      '<Figure src="a.jpg" alt="Ảnh thứ nhất" credit="A" />\n\n<Figure src="b.jpg" alt="Ảnh thứ hai" credit="B" />\n',
    );
    expect(result.ok && result.images.map((image) => image.src)).toEqual(["a.jpg", "b.jpg"]);
  });

  it.each([
    ["an escaped brace", "Giá \\{ 5 \\} nghìn", "<p>Giá { 5 } nghìn</p>"],
    ["an escaped angle bracket", "Điểm \\<b> nhỏ hơn", "<p>Điểm &#x3C;b> nhỏ hơn</p>"],
    ["a lone angle bracket followed by a space", "a < b", "<p>a &#x3C; b</p>"],
  ])("renders %s as literal text", (_what, source, expected) => {
    expect(html(source)).toBe(expected);
  });

  it.each([
    ["https", "[Báo Ninh Bình](https://baoninhbinh.org.vn/)"],
    ["a path on this site", "[mô hình](/mo-hinh/)"],
    ["mailto", "[thư](mailto:tuyengiao@example.vn)"],
    ["an anchor", "[lên đầu](#dau-trang)"],
  ])("lets a %s link through", (_what, source) => {
    expect(html(source)).toContain("<a href=");
  });

  // MDX turns Markdown's autolinks off; editors type them, so they are read as the links they mean.
  it.each([
    ["in a line", "Xem <https://baoninhbinh.org.vn/tin?id=1> nhé.", '<a href="https://baoninhbinh.org.vn/tin?id=1">'],
    ["at the start of a line", "<https://baoninhbinh.org.vn/>", '<p><a href="https://baoninhbinh.org.vn/">'],
    ["an e-mail address", "Thư gửi <tuyengiao@example.vn>.", '<a href="mailto:tuyengiao@example.vn">'],
    ["in a list", "- <https://a.vn/>", '<li><a href="https://a.vn/">'],
  ])("renders an autolink %s", (_where, source, expected) => {
    expect(html(source)).toContain(expected);
  });

  it("does not render when asked only to check", () => {
    expect(processBody("Chữ **đậm**.", { render: false })).toEqual({ ok: true, html: "", images: [], figures: [] });
  });
});

describe("processBody: refusals", () => {
  it.each([
    ["import", "Mở đầu.\n\nimport X from './x.js'\n", "import/export", 3],
    ["export", "Mở đầu.\n\nexport const x = 1\n", "import/export", 3],
    ["a text expression {1+1}", "Mở đầu.\n\nHai cộng hai là {1+1} đấy.\n", "biểu thức", 3],
    ["a flow expression", "Mở đầu.\n\n{items.map((i) => i)}\n", "biểu thức", 3],
    ["<script>", "Mở đầu.\n\n<script>alert(1)</script>\n", "thẻ <script> không được phép", 3],
    ["<iframe>", 'Mở đầu.\n\n<iframe src="https://example.com"></iframe>\n', "thẻ <iframe> không được phép", 3],
    ["an event handler on a tag", '<div onClick="x">bấm</div>\n', "thẻ <div> không được phép", 1],
    ["a raw HTML tag", "Chữ <b>đậm</b>.\n", "thẻ <b> không được phép", 1],
    ["a fragment", "<>chữ</>\n", "không được phép", 1],
    ["an expression prop", 'Mở đầu.\n\n<KeyFigure value={1} label="hộ" />\n', "phải là chữ trong dấu ngoặc kép", 3],
    ["spread props", "Mở đầu.\n\n<KeyFigure {...props} />\n", "không được dùng {...}", 3],
    ["an unknown prop", '<KeyFigure value="1" label="hộ" color="red" />\n', "không có thuộc tính “color”", 1],
    ["a missing required prop", '<KeyFigure value="12" />\n', "thiếu “Ý nghĩa con số” (label)", 1],
    [
      "children in a component that takes none",
      '<KeyFigure value="12" label="hộ">\nchữ\n</KeyFigure>\n',
      "không chứa nội dung",
      1,
    ],
    ["a component inside a line of text", 'Có <KeyFigure value="1" label="hộ" /> ở giữa.\n', "đứng riêng một đoạn", 1],
    ["a javascript: link", "Mở đầu.\n\n[x](javascript:alert(1))\n", "liên kết không an toàn: javascript:", 3],
    ["a JavaScript: link in mixed case", "[x](JavaScript:alert(1))\n", "liên kết không an toàn", 1],
    ["a javascript: link definition", "[x][a]\n\n[a]: javascript:alert(1)\n", "liên kết không an toàn", 3],
    ["a data: link", "Mở đầu.\n\n[x](data:text/html,<script>alert(1)</script>)\n", "liên kết không an toàn: data:", 3],
    ["a vbscript: link", "[x](vbscript:msgbox(1))\n", "liên kết không an toàn", 1],
    ["a javascript: autolink", "Mở đầu.\n\n<javascript:alert(1)>\n", "liên kết không an toàn: javascript:", 3],
    ["a data: autolink inside a line", "Xem <data:text/html,x> nhé.\n", "liên kết không an toàn: data:", 1],
    ["an autolink broken by a space", "Xem <https://a.vn/ b> nhé.\n", "liên kết viết trong dấu < >", 1],
    [
      "an unsafe link inside a PullQuote",
      '<PullQuote attribution="A">\n[x](javascript:alert(1))\n</PullQuote>\n',
      "liên kết không an toàn",
      2,
    ],
    [
      "a javascript: Figure src",
      '<Figure src="javascript:alert(1)" alt="Ảnh xấu" credit="X" />\n',
      "đường dẫn ảnh không an toàn",
      1,
    ],
    ["a Figure with an empty alt", '<Figure src="a.jpg" alt="" credit="X" />\n', "cần mô tả ảnh (alt)", 1],
    ["a Figure whose alt is only spaces", '<Figure src="a.jpg" alt="    " credit="X" />\n', "cần mô tả ảnh (alt)", 1],
    ["a Markdown image", "Mở đầu.\n\n![Ảnh](../../assets/a.jpg)\n", "Figure", 3],
    ["an HTML comment (parse error)", "Mở đầu.\n\n<!-- ghi chú -->\n", "không đọc được như MDX", 3],
    ["an unclosed {", "Mở đầu.\n\nGiá từ { 5 nghìn\n", "không đọc được như MDX", 3],
    ["an unclosed tag", 'Mở đầu.\n\n<PullQuote attribution="A">\nchữ\n', "không đọc được như MDX", 3],
  ])("refuses %s", (_what, source, fragment, line) => {
    const problems = problemsOf(processBody(source));
    expect(problems.length).toBeGreaterThan(0);
    const first = problems[0];
    expect(first?.vi).toContain(fragment);
    expect(first?.line).toBe(line);
    expect(first?.en).toBeTruthy();
  });

  it("refuses when only checking, too", () => {
    expect(processBody("import x from 'y'\n", { render: false }).ok).toBe(false);
  });

  it("reports every problem of a body, in document order", () => {
    const problems = problemsOf(
      processBody('Một {1}.\n\n<script>x</script>\n\n[x](javascript:alert(1))\n\n<KeyFigure value="1" />\n'),
    );
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5, 7]);
  });

  it("names every allowed component when refusing a tag", () => {
    const [problem] = problemsOf(processBody("<span>x</span>\n"));
    expect(problem?.vi).toContain("PullQuote, KeyFigure, Figure");
  });
});
