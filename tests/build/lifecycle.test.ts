import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sliceBetween, textOf } from "../support/html";
import { campaigns, recognisedWithin, stories, units, type RawStory } from "../support/movement";
import { DIST } from "./setup";

/**
 * Each model's and person's page tells its status history (registered, recognised by decision
 * no. X of date Y, awards at the reviews), and replication links both ways: a replica to its
 * source, the source to every published replica ("đã được nhân rộng tại …").
 */

const pageOf = (s: RawStory) => join(DIST, s.kind === "collective" ? "mo-hinh" : "dien-hinh", s.id, "index.html");
/** 2018-05-22 → 22/05/2018, the way the pages write a day. */
const vietnameseDay = (iso: string) => iso.split("-").reverse().join("/");
const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;

describe.each(stories.map((s) => [`${s.kind === "collective" ? "/mo-hinh" : "/dien-hinh"}/${s.id}/`, s] as const))(
  "%s: status history",
  (_path, story) => {
    const html = readFileSync(pageOf(story), "utf8");
    const history = textOf(sliceBetween(html, /<section class="status-history"/, "</section>"));

    it("starts with the registration: its day and the unit", () => {
      expect(history).toContain("Quá trình đăng ký, công nhận, khen thưởng");
      expect(history).toContain(`${vietnameseDay(story.registeredOn)} Đăng ký với ${unitName(story.unit)}`);
    });

    it(
      story.status === "recognised"
        ? `shows the recognition: decision ${story.recognition?.decisionNumber ?? ""}`
        : "says it is not recognised yet",
      () => {
        if (story.status === "recognised" && story.recognition) {
          expect(history).toContain(
            `${vietnameseDay(story.recognition.date)} Được công nhận theo quyết định số ${story.recognition.decisionNumber}`,
          );
          const campaign = campaigns.find((c) => c.id === story.campaign);
          const outside = campaign !== undefined && !recognisedWithin(story, campaign.startsOn, campaign.endsOn);
          expect(history.includes("không tính vào chỉ tiêu"), "note on a decision outside the campaign").toBe(outside);
        } else {
          expect(history).toMatch(/Hiện nay: (đã đăng ký|đang xây dựng), chưa được công nhận\./);
          expect(history).not.toContain("Được công nhận");
        }
      },
    );

    it(`shows its ${story.awards.length} award(s) with their days`, () => {
      for (const award of story.awards) expect(history).toContain(`${vietnameseDay(award.date)} Được`);
      expect(history.match(/khen thưởng khi|Được khen thưởng:/g)?.length ?? 0).toBe(story.awards.length);
    });
  },
);

const replicas = stories.filter((s) => s.replicatedFrom !== undefined);
const sources = stories.filter((s) => replicas.some((r) => r.replicatedFrom === s.id));

describe("replication", () => {
  it("the sample content has replicated models", () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(replicas.map((r) => [r.id, r] as const))("%s links to the model it replicates", (_id, replica) => {
    const facts = sliceBetween(readFileSync(pageOf(replica), "utf8"), /<aside class="facts"/, "</aside>");
    const source = stories.find((s) => s.id === replica.replicatedFrom);
    if (source) expect(facts).toContain(`href="/mo-hinh/${source.id}/"`);
    else expect(facts).not.toContain("Nhân rộng từ");
  });

  it.each(sources.map((s) => [s.id, s] as const))("%s lists every published replica", (_id, source) => {
    const section = sliceBetween(readFileSync(pageOf(source), "utf8"), /<h2[^>]*>Đã được nhân rộng tại/, "</section>");
    const listed = [...section.matchAll(/href="\/mo-hinh\/([^/"]+)\/"/g)].map((m) => m[1]).sort();
    const expected = replicas
      .filter((r) => r.replicatedFrom === source.id)
      .map((r) => r.id)
      .sort();
    expect(listed).toEqual(expected);
    for (const id of expected) {
      const replica = replicas.find((r) => r.id === id);
      expect(textOf(section)).toContain(unitName(replica?.unit ?? ""));
    }
  });
});
