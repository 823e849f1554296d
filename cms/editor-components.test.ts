import { describe, expect, it } from "vitest";
import { BODY_COMPONENTS } from "../src/lib/body/components";
import { processBody } from "../src/lib/body";
import { CHILDREN_FIELD, editorComponents } from "./editor-components";

const byId = Object.fromEntries(editorComponents.map((component) => [component.id, component]));

/** What an editor fills in, per component; props with characters that need care. */
const FILLED = {
  PullQuote: {
    attribution: 'Ông Nguyễn Văn "Minh" & cộng sự',
    role: "Chi hội trưởng",
    [CHILDREN_FIELD]: "Dân vận **khéo**.",
  },
  KeyFigure: { value: "1.200 < 2.000", label: "mét đường {bê tông}" },
  Figure: {
    src: "../../assets/uploads/hop-chi-hoi.jpg",
    alt: "Chi hội họp bàn\nlàm đường",
    credit: "Hội CCB xã Gia Thịnh",
    caption: "Buổi họp",
  },
} as const;

describe("editor components", () => {
  it("offers exactly the allow-listed components, labelled as the checker labels them", () => {
    expect(editorComponents.map((component) => [component.id, component.label])).toEqual(
      Object.entries(BODY_COMPONENTS).map(([name, spec]) => [name, spec.label]),
    );
  });

  it.each(Object.entries(BODY_COMPONENTS))("%s asks for every prop, required ones as required", (name, spec) => {
    const fields = byId[name]?.fields ?? [];
    const props = fields.filter((field) => field.name !== CHILDREN_FIELD);
    expect(props.map((field) => [field.name, field.label, field.required])).toEqual([
      ...Object.entries(spec.required).map(([prop, label]) => [prop, label, true]),
      ...Object.entries(spec.optional).map(([prop, label]) => [prop, label, false]),
    ]);
    expect(fields.some((field) => field.name === CHILDREN_FIELD)).toBe(spec.children);
  });

  it("uploads a figure's photo like every image field: no URLs, size-limited", () => {
    expect(byId.Figure?.fields.find((field) => field.name === "src")).toMatchObject({
      widget: "image",
      choose_url: false,
    });
  });

  it.each(Object.entries(FILLED))("%s writes literal props that the checker accepts", (name, data) => {
    const component = byId[name];
    const block = component?.toBlock(data) ?? "";
    expect(block).not.toMatch(/=\{/);
    const result = processBody(block);
    expect(result.ok ? "" : result.problems.map((problem) => problem.vi)).toBe("");
  });

  it.each(Object.entries(FILLED))("%s reads back what it wrote", (name, data) => {
    const component = byId[name];
    const block = component?.toBlock(data) ?? "";
    const match = component?.pattern.exec(block);
    expect(match?.[0]).toBe(block);
    const expected = Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, key === CHILDREN_FIELD ? value : value.replace(/\s+/g, " ")]),
    );
    expect(match && component?.fromBlock(match)).toEqual(expected);
  });

  it("writes props in the order of the allow-list, as the sample entries do", () => {
    expect(byId.PullQuote?.toBlock({ role: "Tổ trưởng", attribution: "Ông A", [CHILDREN_FIELD]: "Lời." })).toBe(
      '<PullQuote attribution="Ông A" role="Tổ trưởng">\nLời.\n</PullQuote>',
    );
    expect(byId.KeyFigure?.toBlock({ label: "hộ", value: "12" })).toBe('<KeyFigure value="12" label="hộ" />');
  });

  it.each([
    ["alt text", { src: "../../assets/uploads/a.jpg", credit: "Hội CCB", alt: "  " }, "thiếu “Mô tả ảnh” (alt)"],
    ["a credit", { src: "../../assets/uploads/a.jpg", alt: "Ảnh họp chi hội" }, "thiếu “Nguồn ảnh” (credit)"],
  ])("a figure without %s is written without it, so the save is refused", (_what, data, message) => {
    const block = byId.Figure?.toBlock(data) ?? "";
    const result = processBody(block);
    expect(result.ok ? [] : result.problems.map((problem) => problem.vi)).toContain(`<Figure> ${message}`);
  });

  it("leaves out an empty optional prop", () => {
    expect(byId.PullQuote?.toBlock({ attribution: "Bà B", role: "", [CHILDREN_FIELD]: "Lời." })).toBe(
      '<PullQuote attribution="Bà B">\nLời.\n</PullQuote>',
    );
  });

  it("matches a component only where it stands alone on its lines", () => {
    expect(byId.KeyFigure?.pattern.exec('<KeyFigure value="1" label="hộ" /> và chữ')).toBeNull();
    expect(byId.KeyFigure?.pattern.exec('<KeyFigure value={1} label="hộ" />')).toBeNull();
    expect(byId.PullQuote?.pattern.exec('<PullQuote attribution="A">\nMột.\n\nHai.\n</PullQuote>\n\nSau.')?.[2]).toBe(
      "Một.\n\nHai.",
    );
    for (const component of editorComponents) expect(component.pattern.flags).not.toContain("m");
  });

  it("shows a quote's text without the escapes the save adds", () => {
    const match = byId.PullQuote?.pattern.exec('<PullQuote attribution="A">\nGiá \\{5\\} \\<b\\>\n</PullQuote>');
    expect(match && byId.PullQuote?.fromBlock(match)[CHILDREN_FIELD]).toBe("Giá {5} <b>");
  });
});
