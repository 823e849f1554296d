import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { fieldOrder } from "../i18n/field-texts";
import { schemasFor } from "../schemas";
import { COLLECTIONS } from "../schemas/shared";
import { describeSchema, fieldsIn } from "../schemas/walk";
import { enumOptionsAt, fieldTextAt } from "./field-text";

const texts = {
  name: { label: "Tên" },
  "people.name": { label: "Họ và tên" },
  "consent.name": { label: "Đồng ý công bố họ tên" },
  "recognition.date": { label: "Ngày ký quyết định" },
};

describe("fieldTextAt: the longest end of the path wins", () => {
  it.each([
    [["units", "name"], "Tên"],
    [["people", "name"], "Họ và tên"],
    [["people", "consent", "name"], "Đồng ý công bố họ tên"],
    [["models", "recognition", "date"], "Ngày ký quyết định"],
    [["people", "recognition", "date"], "Ngày ký quyết định"],
  ])("%j → %s", (path, label) => {
    expect(fieldTextAt(path, texts).label).toBe(label);
  });

  it.each([[["models", "date"]], [["models", "mystery"]], [[]]])("refuses %j, naming the file to add it to", (path) => {
    expect(() => fieldTextAt(path, texts)).toThrow(/src\/i18n\/field-texts\.ts/);
  });
});

describe("enumOptionsAt: the table whose keys are exactly the values", () => {
  const tables = [
    { a: "Một", b: "Hai" },
    { a: "A", b: "B", c: "C" },
  ];
  it.each([
    [
      ["a", "b"],
      ["Một", "Hai"],
    ],
    [
      ["b", "a"],
      ["Hai", "Một"],
    ],
    [
      ["c", "a", "b"],
      ["C", "A", "B"],
    ],
  ])("%j → %j", (values, labels) => {
    expect(enumOptionsAt(values, ["x"], tables).map((option) => option.label)).toEqual(labels);
  });

  it.each([[["a"]], [["a", "d"]], [["a", "b", "c", "d"]]])("refuses %j", (values) => {
    expect(() => enumOptionsAt(values, ["documents", "kind"], tables)).toThrow(/documents\.kind/);
  });
});

describe("the shipped texts", () => {
  const schemas = schemasFor({ image: () => z.string() });

  it.each(COLLECTIONS.map((collection) => [collection]))("name every field of %s and every enum option", (name) => {
    for (const { path, shape } of fieldsIn(describeSchema(schemas[name]))) {
      expect(fieldTextAt([name, ...path]).label).not.toBe("");
      if (shape.kind === "enum")
        expect(enumOptionsAt(shape.options.map(String), [name, ...path])).toHaveLength(shape.options.length);
    }
  });

  it.each(COLLECTIONS.map((collection) => [collection]))("order only fields %s has", (name) => {
    const shape = describeSchema(schemas[name]);
    const top = shape.kind === "object" ? shape.fields.map((field) => field.name) : [];
    expect(fieldOrder[name].filter((field) => !top.includes(field))).toEqual([]);
  });
});
