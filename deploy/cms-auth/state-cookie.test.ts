import { describe, expect, it } from "vitest";
import { cookieValue, LIFETIME_SECONDS, open, seal } from "./state-cookie";

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);
const login = { state: "s-123", verifier: "v-456" };
const now = 1_800_000_000_000;
const sealed = seal(login, key, now);

describe("the login cookie", () => {
  it("gives back the login it sealed, within its lifetime", () => {
    expect(open(sealed, key, now + 1000)).toEqual(login);
  });

  it.each<[string, string | undefined, Buffer, number]>([
    ["expired", sealed, key, now + LIFETIME_SECONDS * 1000 + 1],
    ["signed with another key (another helper, or one restarted)", sealed, otherKey, now],
    [
      "with its content changed",
      `${Buffer.from('{"state":"x","verifier":"y","expires":9e15}').toString("base64url")}.${sealed.split(".")[1]}`,
      key,
      now,
    ],
    ["with its signature cut", sealed.split(".")[0], key, now],
    ["with a part added", `${sealed}.x`, key, now],
    ["missing", undefined, key, now],
    ["not base64 JSON", "a.b", key, now],
  ])("refuses one %s", (_what, value, withKey, at) => {
    expect(open(value, withKey, at)).toBeUndefined();
  });

  it.each<[string | undefined, string | undefined]>([
    ["a=1; dvk_cms_login=abc.def; b=2", "abc.def"],
    ["dvk_cms_login=x=y", "x=y"],
    ["other=1", undefined],
    [undefined, undefined],
  ])("reads %j from a Cookie header", (header, expected) => {
    expect(cookieValue(header, "dvk_cms_login")).toBe(expected);
  });
});
