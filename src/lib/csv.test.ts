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

describe("csvResponse", () => {
  it("is UTF-8 CSV, downloaded under its file name when it has one", async () => {
    const named = csvResponse([["a"]], "chi-tieu-2016-2020.csv");
    expect(named.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(named.headers.get("Content-Disposition")).toBe('attachment; filename="chi-tieu-2016-2020.csv"');
    expect(await named.text()).toBe("a\r\n");
    expect(csvResponse([["a"]]).headers.get("Content-Disposition")).toBeNull();
  });
});
