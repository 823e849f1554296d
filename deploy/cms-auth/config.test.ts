import { describe, expect, it } from "vitest";
import { configFrom, SECRET_CREDENTIAL, type HelperEnv } from "./config";

const complete: HelperEnv = {
  GITHUB_CLIENT_ID: "Iv1.abc",
  GITHUB_CLIENT_SECRET: "s3cret",
  CMS_SITE_ORIGIN: "https://dvk.example.vn",
  CMS_AUTH_URL: "https://dang-nhap.example.vn",
};
const noCredential = () => undefined;

describe("configFrom", () => {
  it("reads a complete environment, with GitHub and the port by default", () => {
    expect(configFrom(complete, noCredential)).toEqual({
      clientId: "Iv1.abc",
      clientSecret: "s3cret",
      siteOrigin: "https://dvk.example.vn",
      publicUrl: new URL("https://dang-nhap.example.vn/"),
      githubUrl: new URL("https://github.com"),
      host: "127.0.0.1",
      port: 8787,
    });
  });

  it("prefers the systemd credential to the environment for the secret", () => {
    const credential = (name: string) => (name === SECRET_CREDENTIAL ? "from-credential\n" : undefined);
    expect(configFrom({ ...complete, GITHUB_CLIENT_SECRET: undefined }, credential).clientSecret).toBe(
      "from-credential",
    );
  });

  it("keeps a path the helper is published under, for the callback address", () => {
    expect(configFrom({ ...complete, CMS_AUTH_URL: "https://example.vn/cms-auth" }, noCredential).publicUrl.href).toBe(
      "https://example.vn/cms-auth/",
    );
  });

  it.each<[string, HelperEnv, RegExp]>([
    ["no secret", { ...complete, GITHUB_CLIENT_SECRET: undefined }, /GITHUB_CLIENT_SECRET/],
    ["an empty secret", { ...complete, GITHUB_CLIENT_SECRET: "" }, /GITHUB_CLIENT_SECRET/],
    ["no client id", { ...complete, GITHUB_CLIENT_ID: undefined }, /GITHUB_CLIENT_ID/],
    ["no site origin", { ...complete, CMS_SITE_ORIGIN: undefined }, /CMS_SITE_ORIGIN/],
    ["a site origin with a path", { ...complete, CMS_SITE_ORIGIN: "https://dvk.example.vn/admin/" }, /CMS_SITE_ORIGIN/],
    ["a site over plain http", { ...complete, CMS_SITE_ORIGIN: "http://dvk.example.vn" }, /CMS_SITE_ORIGIN/],
    ["no public address", { ...complete, CMS_AUTH_URL: undefined }, /CMS_AUTH_URL/],
    ["GitHub over plain http", { ...complete, GITHUB_URL: "http://github.example.vn" }, /GITHUB_URL/],
    ["a port that is not one", { ...complete, PORT: "80a" }, /PORT/],
  ])("refuses to start with %s, naming the variable", (_what, env, message) => {
    expect(() => configFrom(env, noCredential)).toThrow(message);
  });

  it("names every problem at once", () => {
    expect(() => configFrom({}, noCredential)).toThrow(
      /GITHUB_CLIENT_ID[\s\S]*GITHUB_CLIENT_SECRET[\s\S]*CMS_SITE_ORIGIN[\s\S]*CMS_AUTH_URL/,
    );
  });
});
