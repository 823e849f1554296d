import { describe, expect, it } from "vitest";
import { adminPolicy, backendFromEnv, type BackendEnv } from "./backend";

const messages = { create: "c", update: "u", delete: "d", uploadMedia: "m", deleteMedia: "x" };
const common = { repo: "hoi-ccb-ninh-binh/dan-van-kheo", branch: "main", commit_messages: messages };

describe("backendFromEnv", () => {
  it.each<[string, BackendEnv, object]>([
    ["GitHub by default, with Decap's own login address", {}, { name: "github", ...common }],
    [
      "GitHub through the login helper at its own origin",
      { CMS_AUTH_URL: "https://dang-nhap.example.vn" },
      { name: "github", ...common, base_url: "https://dang-nhap.example.vn", auth_endpoint: "auth" },
    ],
    [
      "GitHub through a helper under a path (the origin for Decap's check, the path in the endpoint)",
      { CMS_AUTH_URL: "https://example.vn/cms-auth/" },
      { name: "github", ...common, base_url: "https://example.vn", auth_endpoint: "cms-auth/auth" },
    ],
    [
      "GitHub with another API (GitHub Enterprise, or a fake on this machine)",
      { CMS_REPO: "a/b", CMS_AUTH_URL: "http://127.0.0.1:8787", CMS_API_ROOT: "http://127.0.0.1:9000/api/v3/" },
      {
        name: "github",
        ...common,
        repo: "a/b",
        base_url: "http://127.0.0.1:8787",
        auth_endpoint: "auth",
        api_root: "http://127.0.0.1:9000/api/v3",
      },
    ],
    [
      "Forgejo with PKCE",
      { CMS_BACKEND: "forgejo", CMS_API_ROOT: "https://git.example.vn/api/v1", CMS_APP_ID: "abc-123" },
      { name: "forgejo", ...common, api_root: "https://git.example.vn/api/v1", app_id: "abc-123" },
    ],
  ])("%s", (_what, env, expected) => {
    expect(backendFromEnv(env, messages)).toEqual(expected);
  });

  it.each<[string, BackendEnv, RegExp]>([
    ["an unknown backend", { CMS_BACKEND: "gitlab" }, /^CMS_BACKEND: “gitlab”/],
    ["a repository that is not owner/name", { CMS_REPO: "just-a-name" }, /^CMS_REPO/],
    ["a helper over plain http on the internet", { CMS_AUTH_URL: "http://auth.example.vn" }, /^CMS_AUTH_URL: .*https/],
    ["a helper address with a query", { CMS_AUTH_URL: "https://auth.example.vn/?x=1" }, /^CMS_AUTH_URL/],
    ["something that is not an address", { CMS_AUTH_URL: "auth.example.vn" }, /^CMS_AUTH_URL: .*not a URL/],
    ["Forgejo without its API", { CMS_BACKEND: "forgejo", CMS_APP_ID: "x" }, /^CMS_API_ROOT/],
    [
      "Forgejo with an API address Decap cannot find the login pages from",
      { CMS_BACKEND: "forgejo", CMS_API_ROOT: "https://git.example.vn/api", CMS_APP_ID: "x" },
      /^CMS_API_ROOT: .*\/api\/v1/,
    ],
    [
      "Forgejo without the application's client id",
      { CMS_BACKEND: "forgejo", CMS_API_ROOT: "https://git.example.vn/api/v1" },
      /^CMS_APP_ID/,
    ],
  ])("refuses %s, naming the variable", (_what, env, message) => {
    expect(() => backendFromEnv(env, messages)).toThrow(message);
  });
});

describe("adminPolicy", () => {
  const directive = (policy: string, name: string) =>
    policy
      .split("; ")
      .find((part) => part.startsWith(`${name} `))
      ?.split(" ")
      .slice(1);

  it.each<[string, BackendEnv, string | undefined, string[], string[]]>([
    ["GitHub", {}, undefined, ["'self'", "blob:", "https://api.github.com"], ["https://avatars.githubusercontent.com"]],
    [
      "GitHub's API elsewhere",
      { CMS_API_ROOT: "http://127.0.0.1:9000/api/v3" },
      undefined,
      ["'self'", "blob:", "http://127.0.0.1:9000"],
      ["http://127.0.0.1:9000"],
    ],
    [
      "Forgejo",
      { CMS_BACKEND: "forgejo", CMS_API_ROOT: "https://git.example.vn/api/v1", CMS_APP_ID: "x" },
      undefined,
      ["'self'", "blob:", "https://git.example.vn"],
      ["https://git.example.vn"],
    ],
    [
      "decap-server on this machine",
      {},
      "http://127.0.0.1:8081/api/v1",
      ["'self'", "blob:", "https://api.github.com", "http://127.0.0.1:8081"],
      ["https://avatars.githubusercontent.com"],
    ],
  ])("lets the CMS reach %s and nothing else", (_what, env, local, connect, images) => {
    const policy = adminPolicy(backendFromEnv(env, messages), local);
    expect(directive(policy, "connect-src")).toEqual(connect);
    expect(directive(policy, "img-src")).toEqual(["'self'", "data:", "blob:", ...images]);
    expect(directive(policy, "script-src")).toEqual(["'self'", "'unsafe-eval'"]);
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
    // Ignored in a <meta> policy, where the browser would only warn about it.
    expect(policy).not.toContain("frame-ancestors");
  });
});
