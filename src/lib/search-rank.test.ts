import { describe, expect, it } from "vitest";
import { newestFirst, orderLike, rankHits, titleMatchesAll, type Hit } from "./search-rank";

const hit = (id: string, matchedMetaFields?: string[]): Hit => ({ id, score: 0, matchedMetaFields });
const ids = (hits: readonly Hit[]) => hits.map((h) => h.id);

describe("rankHits", () => {
  const hits = [hit("a"), hit("b"), hit("c"), hit("d")];
  it.each([
    ["without tiers, Pagefind's order stands", undefined, undefined, ["a", "b", "c", "d"]],
    ["exact spellings come first", new Set(["c"]), undefined, ["c", "a", "b", "d"]],
    ["full title matches come next", undefined, new Set(["d", "b"]), ["b", "d", "a", "c"]],
    ["an exact spelling beats a title match", new Set(["c"]), new Set(["b"]), ["c", "b", "a", "d"]],
    ["an exact title match beats both", new Set(["c", "d"]), new Set(["d"]), ["d", "c", "a", "b"]],
  ])("%s", (_rule, exact, titled, order) => {
    expect(ids(rankHits({ hits, exact, titled }))).toEqual(order);
  });
});

describe("titleMatchesAll", () => {
  it.each([
    ["no search, no page", [], []],
    ["one word: the pages whose title matched", [[hit("a", ["title"]), hit("b", ["date"]), hit("c")]], ["a"]],
    [
      "several words: only titles that hold every word",
      [
        [hit("a", ["title"]), hit("b", ["title"])],
        [hit("a", ["title"]), hit("b")],
      ],
      ["a"],
    ],
  ])("%s", (_rule, perWord, expected) => {
    expect([...titleMatchesAll(perWord)]).toEqual(expected);
  });
});

describe("orderLike", () => {
  it("keeps the subset, in the reference order, unknown pages last", () => {
    expect(ids(orderLike([hit("x"), hit("c"), hit("a")], [hit("a"), hit("b"), hit("c")]))).toEqual(["a", "c", "x"]);
  });
});

describe("newestFirst", () => {
  it("reverses the index order, pages missing from it last", () => {
    expect(ids(newestFirst([hit("old"), hit("x"), hit("new"), hit("mid")], ["old", "mid", "new"]))).toEqual([
      "new",
      "mid",
      "old",
      "x",
    ]);
  });
});
