import { describe, expect, it } from "vitest";
import type { SourceFile } from "./types";
import { formatProblems, runContentGate } from "./index";
import { BAD, goodFiles, io, read } from "./test-fixtures";

describe("slugs are unique whatever the Unicode form of the file name", async () => {
  /** One title typed twice as a file name: once in NFC, once in NFD (macOS keeps names in NFD). */
  const name = "nuôi-ong-cúc-phương";
  const model = read(`${BAD}/draft-model.mdx`, "models").text.replace("draft: true", "draft: false");
  const twins: SourceFile[] = [name.normalize("NFC"), name.normalize("NFD")].map((id) => ({
    collection: "models",
    path: `src/content/models/${id}.mdx`,
    text: model,
  }));
  const { problems } = await runContentGate([...goodFiles, ...twins], io);

  it.each(twins.map((twin) => twin.path))("%s is told it clashes with the other", (path) => {
    const clash = problems.find((p) => p.file === path && p.vi.includes("trùng địa chỉ “nuoi-ong-cuc-phuong”"));
    expect(clash, formatProblems(problems)).toMatchObject({ severity: "error", field: "id" });
    expect(clash?.vi).toContain(twins.find((twin) => twin.path !== path)?.path);
  });

  it.each([
    ["NFC", 0, "tên tệp này ở dạng NFC", "(NFD, chữ có dấu gõ tách rời"],
    ["NFD", 1, "tên tệp này ở dạng NFD, chữ có dấu gõ tách rời", "(NFC, chữ có dấu liền)"],
  ])("the %s one is told which form each name is in", (_form, index, own, other) => {
    const clash = problems.find((p) => p.file === twins[index]?.path && p.vi.includes("trùng địa chỉ"));
    expect(clash?.vi).toContain(own);
    expect(clash?.vi).toContain(other);
  });

  it("each is also told what its name should be", () => {
    const named = problems.filter((p) => p.vi.includes("ví dụ “nuoi-ong-cuc-phuong”"));
    expect(named.map((p) => p.file).sort()).toEqual(twins.map((twin) => twin.path).sort());
  });
});
