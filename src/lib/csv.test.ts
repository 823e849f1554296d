import { describe, expect, it } from "vitest";
import { csvResponse, toSpreadsheetCsv } from "./csv";

describe("toSpreadsheetCsv", () => {
  it.each([
    [
      "a BOM, then CRLF after every record",
      [
        ["a", "b"],
        [1, 2],
      ],
      "\uFEFFa,b\r\n1,2\r\n",
    ],
    [
      "quotes a comma, a quote and a line break",
      [["x,y", 'nói "hay"', "hai\ndòng"]],
      '\uFEFF"x,y","nói ""hay""","hai\ndòng"\r\n',
    ],
    ["empty cells stay empty, flags read true/false", [[null, true, false]], "\uFEFF,true,false\r\n"],
    [
      "Vietnamese letters pass unchanged",
      [["Hội Cựu chiến binh huyện Yên Mô"]],
      "\uFEFFHội Cựu chiến binh huyện Yên Mô\r\n",
    ],
  ] as const)("%s", (_, rows, expected) => {
    expect(toSpreadsheetCsv(rows)).toBe(expected);
  });
});

describe("toSpreadsheetCsv: cells a spreadsheet would run as formulas", () => {
  it.each([
    ["=", '=HYPERLINK("http://x","bấm")', '"\'=HYPERLINK(""http://x"",""bấm"")"'],
    ["+", "+84 912 345 678", "'+84 912 345 678"],
    ["- (text)", "-5%", "'-5%"],
    ["@", "@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["a tab", "\t=1", "'\t=1"],
    ["a carriage return", "\r=1", '"\'\r=1"'],
    ["a full-width =", "＝1+1", "'＝1+1"],
    ["= with a comma (quoted too)", "=1,2", '"\'=1,2"'],
  ])("a text cell starting with %s is written as text", (_start, cell, written) => {
    expect(toSpreadsheetCsv([[cell]])).toBe(`\uFEFF${written}\r\n`);
  });

  it.each([
    ["a negative number", -5, "-5"],
    ["a positive number", 12, "12"],
    ["text with = inside, not first", "a=b", "a=b"],
    ["text with - inside", "Kim Sơn - Yên Mô", "Kim Sơn - Yên Mô"],
  ])("%s is left as it is", (_what, cell, written) => {
    expect(toSpreadsheetCsv([[cell]])).toBe(`\uFEFF${written}\r\n`);
  });
});

describe("csvResponse", () => {
  it("is UTF-8 CSV, downloaded under its file name when it has one", async () => {
    const named = csvResponse([["a"]], "chi-tieu-2016-2020.csv");
    expect(named.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(named.headers.get("Content-Disposition")).toBe('attachment; filename="chi-tieu-2016-2020.csv"');
    expect(await named.text()).toBe("a\r\n");
    expect(csvResponse([["a"]]).headers.get("Content-Disposition")).toBeNull();
  });
});
