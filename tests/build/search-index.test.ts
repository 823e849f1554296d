import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isPublished, rawEntries } from "../support/entries";
import { searchableEntries } from "../support/search";
import { DIST } from "./setup";

/**
 * The search index as built: one fragment per published page, with the facets its entry file
 * gives it; the `đ` rewriting stays inside the index; nothing unpublished gets in, however the
 * index spells it.
 */
const STROKE = "\u0335";

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function fragments(): Fragment[] {
  const dir = join(DIST, "pagefind", "fragment");
  return readdirSync(dir).map((name) => {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    // Pagefind prefixes its files with a 12-byte signature.
    return JSON.parse(bytes.subarray(12).toString("utf8")) as Fragment;
  });
}

/** Text as readers would read it: the index writes đ as d + U+0335 and sets quotes apart. */
const unstroked = (text: string) =>
  text
    .replaceAll(`d${STROKE}`, "đ")
    .replaceAll(`D${STROKE}`, "Đ")
    .replace(/([“‘«])\s/g, "$1")
    .replace(/\s([”’»])/g, "$1");

const indexed = fragments();
const byUrl = new Map(indexed.map((f) => [f.url, f]));
const entries = searchableEntries();
const units = new Map(rawEntries("units").map((u) => [u.id, u.data]));
const districtOf = (unit: string): string =>
  units.get(unit)?.level === "xa" ? districtOf(String(units.get(unit)?.parent)) : unit;

describe("the search index", () => {
  it("holds every published story, news item and document once, the about page and every unit's page", () => {
    const urls = indexed.map((f) => f.url).sort();
    const unitPages = [...units.keys()].map((id) => `/don-vi/${id}/`);
    expect(urls).toEqual([...entries.map((e) => e.url), "/gioi-thieu/", ...unitPages].sort());
  });

  /** The names of a unit by hand: its own, those it was formed from and the one it merged into. */
  const namesOfUnit = (id: string): string[] => {
    const data = units.get(id) ?? {};
    const successor = typeof data.successor === "string" ? units.get(data.successor)?.name : undefined;
    return [
      String(data.name),
      ...((data.otherPredecessors ?? []) as string[]),
      ...[...units.values()].filter((u) => u.successor === id).map((u) => String(u.name)),
      ...(successor === undefined ? [] : [String(successor)]),
    ].map((name) => name.normalize("NFC"));
  };

  it.each([...units.keys()].map((id) => [id] as const))(
    "/don-vi/%s/ is found by every name of the unit, as a unit page",
    (id) => {
      const fragment = byUrl.get(`/don-vi/${id}/`);
      expect(fragment?.filters.type).toEqual(["don-vi"]);
      const text = unstroked(`${fragment?.meta.title ?? ""} ${fragment?.content ?? ""}`);
      for (const name of namesOfUnit(id)) expect(text).toContain(name);
    },
  );

  it("some unit has a successor and some unit names predecessors, so that the test above means something", () => {
    expect([...units.values()].some((u) => typeof u.successor === "string")).toBe(true);
    expect([...units.values()].some((u) => ((u.otherPredecessors ?? []) as string[]).length > 0)).toBe(true);
  });

  it.each(
    entries
      .filter(
        (e) => (e.collection === "models" || e.collection === "people") && units.get(String(e.data.unit))?.successor,
      )
      .map((e) => [e.url, e] as const),
  )("%s is found by the name of the unit its unit merged into", (url, entry) => {
    let id = String(entry.data.unit);
    for (let steps = 0; typeof units.get(id)?.successor === "string" && steps < 10; steps++) {
      id = String(units.get(id)?.successor);
    }
    expect(unstroked(byUrl.get(url)?.content ?? "")).toContain(String(units.get(id)?.name).normalize("NFC"));
  });

  it.each(
    entries.filter((e) => e.collection === "models" || e.collection === "people").map((e) => [e.url, e] as const),
  )("%s has the facets of its entry file", (url, entry) => {
    const recognition = entry.data.recognition as { date: string } | undefined;
    const status = { registered: "da-dang-ky", building: "dang-xay-dung", recognised: "da-cong-nhan" };
    const expected: Record<string, string[]> = {
      type: [entry.collection === "models" ? "mo-hinh" : "dien-hinh"],
      field: [String(entry.data.field)],
      unit: [String(entry.data.unit)],
      district: [districtOf(String(entry.data.unit))],
      campaign: [String(entry.data.campaign)],
      status: [status[(entry.data.status ?? "registered") as keyof typeof status]],
      ...(recognition ? { year: [recognition.date.slice(0, 4)] } : {}),
      ...(entry.data.replication ? { replicable: ["san-sang"] } : {}),
    };
    const { thumb, ...facets } = byUrl.get(url)?.filters ?? {};
    expect(facets).toEqual(expected);
    expect(unstroked(byUrl.get(url)?.meta.title ?? "")).toBe(entry.title);
    expect(byUrl.get(url)?.meta.date).toBe(String(entry.data.publishedOn));
    const photo =
      entry.data.cover ?? ((entry.data.consent as { photo?: boolean }).photo ? entry.data.portrait : undefined);
    expect(thumb?.length ?? 0).toBe(photo ? 1 : 0);
  });

  it("keeps the stroked đ to itself: no built page shows U+0335", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
      );
    const pages = walk(DIST).filter((file) => readFileSync(file, "utf8").includes(STROKE));
    expect(pages).toEqual([]);
  });

  it("writes đ stroked, so that it folds to d like a tone", () => {
    const withD = indexed.filter((f) => /[đĐ]/.test(f.content));
    const stroked = indexed.filter((f) => f.content.includes(`d${STROKE}`) || f.content.includes(`D${STROKE}`));
    expect(withD).toEqual([]);
    expect(stroked.length).toBeGreaterThan(indexed.length / 2);
  });

  it("has nothing of an unpublished entry, even in the index's own spelling", () => {
    const unpublished = ["models", "people", "news", "documents"].flatMap((collection) =>
      rawEntries(collection)
        .filter((entry) => !isPublished(entry))
        .map((entry) => String(entry.data.title ?? entry.data.name).normalize("NFC")),
    );
    expect(unpublished.length).toBeGreaterThan(0);
    const text = indexed.map((f) => unstroked(`${f.meta.title} ${f.content}`)).join("\n");
    for (const heading of unpublished) expect(text).not.toContain(heading);
  });
});
