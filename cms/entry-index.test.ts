import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "../src/loaders/read-content";
import { testSiteRoot } from "../tests/support/test-site";
import { entryIndex, INDEXED_COLLECTIONS } from "./entry-index";

/**
 * On the test site's content (the project's entries and the fixture site's), so that there
 * are unpublished entries the index must leave out.
 */
const site = testSiteRoot();
afterAll(site.remove);

describe("entry index", async () => {
  const index = entryIndex(join(site.root, "src", "content"));
  const gate = (await checkContent(site.root)).entries.filter((entry) =>
    (INDEXED_COLLECTIONS as readonly string[]).includes(entry.collection),
  );
  const firstPublished = (collection: string) =>
    gate.find((entry) => entry.collection === collection && entry.publishable);

  it.each(["units", "campaigns", "models"] as const)(
    "names the first published entry of %s by its name",
    (collection) => {
      const entry = firstPublished(collection);
      expect(entry).toBeDefined();
      expect(index[collection][entry?.id ?? ""]).toBe(String(entry?.data.name ?? entry?.data.title));
    },
  );

  it("knows each campaign's dates and each unit's successor, as their files say", () => {
    const campaigns = gate.filter((entry) => entry.collection === "campaigns");
    const merged = gate.filter((entry) => entry.collection === "units" && entry.data.successor);
    expect(Object.keys(index.campaignDates).sort()).toEqual(campaigns.map((entry) => entry.id).sort());
    for (const entry of campaigns) {
      expect(index.campaignDates[entry.id]).toEqual({ startsOn: entry.data.startsOn, endsOn: entry.data.endsOn });
    }
    expect(merged.length).toBeGreaterThan(0);
    for (const entry of merged) expect(index.successors[entry.id]).toBe(entry.data.successor);
  });

  it("names a person with the title of address, as the site does", () => {
    const person = firstPublished("people");
    expect(index.people[person?.id ?? ""]).toBe(`${String(person?.data.honorific)} ${String(person?.data.name)}`);
    expect(index.people[person?.id ?? ""]).toMatch(/^(Ông|Bà) /);
  });

  it("holds exactly the entries the content gate publishes", () => {
    expect(gate.some((entry) => !entry.publishable)).toBe(true);
    const indexed = INDEXED_COLLECTIONS.flatMap((collection) =>
      Object.keys(index[collection]).map((id) => `${collection}/${id}`),
    );
    expect(indexed.sort()).toEqual(
      gate
        .filter((entry) => entry.publishable)
        .map((entry) => `${entry.collection}/${entry.id}`)
        .sort(),
    );
  });

  it("says nothing of an unpublished entry, not even its name: the index is public", () => {
    const text = JSON.stringify(index);
    for (const entry of gate.filter((candidate) => !candidate.publishable)) {
      expect(text).not.toContain(entry.id);
      expect(text).not.toContain(String(entry.data.title ?? entry.data.name));
    }
  });
});

describe("entry index of broken files", () => {
  it.each([
    ["a duplicate key", "---\ntitle: Một\ntitle: Hai\n---\n"],
    ["YAML that does not parse", "---\ntitle: [Một\n---\n"],
  ])("leaves out a file with %s (the content gate reports it and stops the build)", (_what, text) => {
    const dir = mkdtempSync(join(tmpdir(), "dvk-index-"));
    try {
      mkdirSync(join(dir, "models"));
      writeFileSync(join(dir, "models", "hong.mdx"), text);
      writeFileSync(join(dir, "models", "lanh.mdx"), "---\ntitle: Lành\n---\n");
      expect(entryIndex(dir).models).toEqual({ lanh: "Lành" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
