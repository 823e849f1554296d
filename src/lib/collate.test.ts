import { describe, expect, it } from "vitest";
import { newestFirst, sortVietnamese, vietnameseCollator } from "./collate";

const byItself = (s: string) => s;

/** Shuffles deterministically, so that a sort that merely keeps its input order cannot pass. */
function reversedAndRotated<T>(items: readonly T[]): T[] {
  const reversed = [...items].reverse();
  return [...reversed.slice(2), ...reversed.slice(0, 2)];
}

describe("vietnameseCollator", () => {
  it.each([
    ["A", "Ă"],
    ["Ă", "Â"],
    ["Â", "B"],
    ["B", "C"],
    ["C", "D"],
    ["D", "Đ"],
    ["Đ", "E"],
    ["E", "Ê"],
    ["Ê", "G"],
    ["I", "K"],
    ["O", "Ô"],
    ["Ô", "Ơ"],
    ["Ơ", "P"],
    ["U", "Ư"],
    ["Ư", "V"],
    ["X", "Y"],
    ["Dương", "Đinh"],
    ["Duy", "Đàm"],
    ["Trương", "Tư"],
  ])("%s < %s", (before, after) => {
    expect(vietnameseCollator.compare(before, after)).toBeLessThan(0);
    expect(vietnameseCollator.compare(after, before)).toBeGreaterThan(0);
  });

  it.each([
    ["Anh", "Ánh"],
    ["Bình", "Bính"],
    ["a", "à"],
    ["a", "ạ"],
  ])("tones come after the base letter: %s < %s", (before, after) => {
    expect(vietnameseCollator.compare(before, after)).toBeLessThan(0);
  });

  it("ignores the Unicode form (NFC and NFD sort alike)", () => {
    expect(vietnameseCollator.compare("Đặng Văn Ấn".normalize("NFC"), "Đặng Văn Ấn".normalize("NFD"))).toBe(0);
  });

  it("orders numbers by value", () => {
    expect(sortVietnamese(["Chi hội 10", "Chi hội 2", "Chi hội 1"], byItself)).toEqual([
      "Chi hội 1",
      "Chi hội 2",
      "Chi hội 10",
    ]);
  });
});

describe("sortVietnamese", () => {
  describe.each([
    [
      "the Vietnamese alphabet",
      [
        "A",
        "Ă",
        "Â",
        "B",
        "C",
        "D",
        "Đ",
        "E",
        "Ê",
        "G",
        "H",
        "I",
        "K",
        "L",
        "M",
        "N",
        "O",
        "Ô",
        "Ơ",
        "P",
        "Q",
        "R",
        "S",
        "T",
        "U",
        "Ư",
        "V",
        "X",
        "Y",
      ],
    ],
    [
      "family names, with Đ after every D",
      ["Doãn Văn Hải", "Dương Thị Lan", "Dương Văn Bình", "Đặng Văn Cường", "Đinh Văn An", "Đỗ Thị Hoa"],
    ],
    ["unit short names", ["Gia Viễn", "Hoa Lư", "Kim Sơn", "Nho Quan", "Tam Điệp", "Yên Khánh", "Yên Mô"]],
    ["tones in Vietnamese dictionary order", ["Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"]],
  ])("%s", (_what, sorted) => {
    it("sorts a shuffled copy into order", () => {
      expect(sortVietnamese(reversedAndRotated(sorted), byItself)).toEqual(sorted);
    });
  });

  it("sorts by the key and leaves the input untouched", () => {
    const people = [{ name: "Đinh Văn An" }, { name: "Dương Thị Bình" }, { name: "Bùi Văn Cường" }];
    const frozen = Object.freeze([...people]);
    expect(sortVietnamese(frozen, (p) => p.name).map((p) => p.name)).toEqual([
      "Bùi Văn Cường",
      "Dương Thị Bình",
      "Đinh Văn An",
    ]);
    expect(frozen.map((p) => p.name)).toEqual(["Đinh Văn An", "Dương Thị Bình", "Bùi Văn Cường"]);
  });
});

describe("newestFirst", () => {
  const entries = [
    { title: "Đường hoa tự quản", date: "2019-05-01" },
    { title: "Bếp ăn tình nghĩa", date: "2020-10-15" },
    { title: "Dòng sông xanh", date: "2019-05-01" },
    { title: "Ăn ở có nghĩa", date: "2017-01-20" },
    { title: "An toàn giao thông", date: "2019-05-01" },
  ];
  const sorted = newestFirst(
    entries,
    (e) => e.date,
    (e) => e.title,
  );

  it.each([
    [0, "Bếp ăn tình nghĩa", "the newest date comes first"],
    [1, "An toàn giao thông", "same date: Vietnamese order of titles (A…)"],
    [2, "Dòng sông xanh", "same date: D before Đ"],
    [3, "Đường hoa tự quản", "same date: Đ last"],
    [4, "Ăn ở có nghĩa", "the oldest date comes last"],
  ])("position %i is %s (%s)", (index, title) => {
    expect(sorted[index]?.title).toBe(title);
  });

  it("does not change its input", () => {
    expect(entries[0]?.title).toBe("Đường hoa tự quản");
  });
});
