import { describe, expect, it } from "vitest";
import { neighboursOf, type RelatedInput } from "./related";

const model = (id: string, field: string, replicatedFrom?: string): RelatedInput => ({
  id,
  data: { field, replicatedFrom },
});

/** Newest first, as the model list is. */
const list = [
  model("a", "kinh-te"),
  model("b", "kinh-te", "d"),
  model("c", "van-hoa-xa-hoi"),
  model("d", "kinh-te"),
  model("e", "kinh-te", "d"),
  model("f", "kinh-te", "gone"),
];

describe("neighboursOf", () => {
  const neighbours = neighboursOf(list);
  const ids = (items: RelatedInput[]) => items.map((item) => item.id);

  it.each([
    ["a", ["b", "d", "e"]],
    ["d", ["a", "b", "e"]],
    ["f", ["a", "b", "d"]],
    ["c", []],
  ])("%s is related to the first other models of its field: %j", (id, expected) => {
    expect(ids(neighbours.get(id)!.related)).toEqual(expected);
  });

  it.each([
    ["d", ["b", "e"]],
    ["a", []],
  ])("%s has the replications %j, in list order", (id, expected) => {
    expect(ids(neighbours.get(id)!.replications)).toEqual(expected);
  });

  it.each([
    ["b", "d"],
    ["a", undefined],
    ["f", undefined],
  ])("%s was replicated from %s (an unpublished source is left out)", (id, expected) => {
    expect(neighbours.get(id)!.source?.id).toBe(expected);
  });

  it("gives as many related models as asked", () => {
    expect(ids(neighboursOf(list, 1).get("d")!.related)).toEqual(["a"]);
  });

  it("matches a scan of the whole list for every model", () => {
    for (const item of list) {
      const scan = list.filter((other) => other.data.field === item.data.field && other.id !== item.id).slice(0, 3);
      expect(neighbours.get(item.id)!.related).toEqual(scan);
    }
  });
});
