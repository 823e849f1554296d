import { describe, expect, it } from "vitest";
import { shownParts } from "./consent";

const portrait = { src: "chan-dung.jpg" };
const person = (consent: { photo: boolean; birthYear: boolean; story: boolean }) => ({
  consent,
  portrait,
  birthYear: 1952,
});

describe("shownParts", () => {
  it.each([
    ["everything agreed", { photo: true, birthYear: true, story: true }, { portrait, birthYear: 1952, story: true }],
    ["the name only", { photo: false, birthYear: false, story: false }, { story: false }],
    ["photo but not the year", { photo: true, birthYear: false, story: false }, { portrait, story: false }],
    ["the story and the year", { photo: false, birthYear: true, story: true }, { birthYear: 1952, story: true }],
  ])("%s", (_case, consent, shown) => {
    expect(shownParts(person(consent))).toEqual({ portrait: undefined, birthYear: undefined, ...shown });
  });

  it("shows no portrait that was not given, whatever the consent", () => {
    expect(shownParts({ consent: { photo: true, birthYear: true, story: true } }).portrait).toBeUndefined();
  });
});
