import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCms } from "../../cms/generate-config";
import { buildHelper } from "../../deploy/cms-auth/build";
import { ROOT } from "../build/setup";
import { launchBrowser, type Browser } from "../support/browser";
import { startFakeGitHost, type FakeGitHost } from "../support/fake-git-host";
import { freePort } from "../support/free-port";
import { startNginx, type Nginx } from "../support/nginx";

/**
 * Editors' login, end to end in Chromium, everything on 127.0.0.1: the real admin page
 * (generated for the backend chosen by environment, served by nginx with deploy/nginx.conf),
 * a fake Git host, and, for GitHub, the login helper of deploy/cms-auth/ as it is deployed
 * (the bundle, run with node). Also the refusals: a wrong `state`, a page of another origin,
 * a missing secret; and the self-hosted alternative, Forgejo with Decap's PKCE login.
 */

const REPO = "hoi-ccb-ninh-binh/dan-van-kheo";
const SCREENS = join(ROOT, "test-results");
const work = mkdtempSync(join(tmpdir(), "dvk-cms-login-"));
let helperDir: string;

/** A site folder with only the CMS, generated for this environment. */
function adminSite(name: string, env: Record<string, string>): string {
  const root = join(work, name);
  generateCms(env, { outDir: join(root, "admin") });
  copyFileSync(join(ROOT, "public", "favicon.svg"), join(root, "favicon.svg"));
  return root;
}

interface RunningHelper {
  origin: string;
  process: ChildProcess;
  /** Everything it printed. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs the deployed bundle of the helper; resolves once /health answers, or with its exit. */
async function startHelper(env: Record<string, string>): Promise<RunningHelper & { exit: Promise<number | null> }> {
  const port = Number(env.PORT);
  const child = spawn(process.execPath, [join(helperDir, "cms-auth.mjs")], {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exit = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (child.exitCode === null && Date.now() < deadline) {
    const healthy = await fetch(`${origin}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    origin,
    process: child,
    output: () => output,
    exit,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exit;
    },
  };
}

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  helperDir = await buildHelper(join(work, "helper"));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every message a page receives, as "origin data", from its first script on. */
async function recordMessages(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { messages: string[] }).messages = seen;
    window.addEventListener("message", (event) => seen.push(`${event.origin} ${String(event.data)}`));
  });
  return () => page.evaluate(() => (window as unknown as { messages: string[] }).messages);
}

describe("GitHub through the login helper", () => {
  const CLIENT = { id: "Ov23-dan-van-kheo", secret: "helper-secret-0123456789" };
  let github: FakeGitHost;
  let site: Nginx;
  let helper: RunningHelper;
  let browser: Browser | undefined;

  beforeAll(async () => {
    github = await startFakeGitHost({
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      apiPrefix: "/api/v3",
      repo: REPO,
    });
    const port = String(await freePort());
    const root = adminSite("github", {
      CMS_BACKEND: "github",
      CMS_REPO: REPO,
      CMS_AUTH_URL: `http://127.0.0.1:${port}`,
      CMS_API_ROOT: github.apiRoot,
    });
    site = await startNginx(root);
    helper = await startHelper({
      PORT: port,
      GITHUB_CLIENT_ID: CLIENT.id,
      GITHUB_CLIENT_SECRET: CLIENT.secret,
      CMS_SITE_ORIGIN: site.origin,
      CMS_AUTH_URL: `http://127.0.0.1:${port}`,
      GITHUB_URL: github.origin,
    });
  }, 60_000);

  afterAll(async () => {
    await helper?.stop();
    await site?.close();
    await github?.close();
  });

  // A fresh browser for each test: Decap keeps a login in the page's storage.
  afterAll(async () => {
    await browser?.close();
  });
  const freshPage = async () => {
    await browser?.close();
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    return page;
  };

  it("answers /health", async () => {
    const response = await fetch(`${helper.origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok\n");
  });

  it("logs an editor in from the admin page: the popup, GitHub's approval, the token back to the CMS", async () => {
    const page = await freshPage();
    const messages = await recordMessages(page);
    await page.goto(`${site.origin}/admin/`);
    const login = page.getByRole("button", { name: "Đăng nhập bằng GitHub" });
    await login.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENS, "cms-login-github.png") });
    const popupOpens = page.waitForEvent("popup");
    await login.click();
    const popup = await popupOpens;
    // Decap closes the popup once it has the token, then opens the CMS.
    const closed = popup.waitForEvent("close", { timeout: 15_000 });
    await popup.getByRole("button", { name: "Authorize" }).click();
    await closed;
    await page.getByRole("link", { name: "Mô hình" }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENS, "cms-logged-in-github.png") });

    expect(github.tokens).toHaveLength(1);
    const [token] = github.tokens;
    const user = JSON.parse((await page.evaluate(() => localStorage.getItem("decap-cms-user"))) ?? "{}") as {
      token?: string;
      login?: string;
    };
    expect(user).toMatchObject({ token, login: "bientap-vien" });
    expect(await messages()).toEqual([
      `${helper.origin} authorizing:github`,
      `${helper.origin} authorization:github:success:${JSON.stringify({ token, provider: "github" })}`,
    ]);
    // The helper sent the secret and the PKCE verifier; GitHub checked both before answering.
    expect(github.tokenRequests[0]).toMatchObject({ client_id: CLIENT.id, client_secret: CLIENT.secret });
    expect(github.tokenRequests[0]?.code_verifier).toMatch(/^[\w-]{43,}$/);
    expect(github.apiCalls).toEqual(expect.arrayContaining(["/user", `/repos/${REPO}`]));
  }, 90_000);

  it("refuses a callback whose state is not the one it gave this browser, and says so in the CMS", async () => {
    const tokensBefore = github.tokens.length;
    const exchangesBefore = github.tokenRequests.length;
    github.forgeState = "state-from-somewhere-else";
    try {
      const page = await freshPage();
      await page.goto(`${site.origin}/admin/`);
      const popupOpens = page.waitForEvent("popup");
      await page.getByRole("button", { name: "Đăng nhập bằng GitHub" }).click({ timeout: 30_000 });
      const popup = await popupOpens;
      const closed = popup.waitForEvent("close", { timeout: 15_000 });
      await popup.getByRole("button", { name: "Authorize" }).click();
      await closed;
      await page
        .getByText("Phiên đăng nhập đã hết hạn hoặc không khớp với trình duyệt này", { exact: false })
        .waitFor();
      await page.screenshot({ path: join(SCREENS, "cms-login-refused-state.png") });
      expect(await page.evaluate(() => localStorage.getItem("decap-cms-user"))).toBeNull();
    } finally {
      github.forgeState = undefined;
    }
    // The code was never exchanged: no token exists for that login.
    expect(github.tokenRequests.length).toBe(exchangesBefore);
    expect(github.tokens.length).toBe(tokensBefore);
  }, 90_000);

  it("refuses a callback without the login cookie (another browser)", async () => {
    const response = await fetch(`${helper.origin}/callback?code=abc&state=def`);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("authorization:github:error:");
  });

  it("never hands the token to a page of another origin that opens the login", async () => {
    const tokensBefore = github.tokens.length;
    const page = await freshPage();
    // A page elsewhere that opens the helper, answers every handshake and keeps every message.
    const foreign = "http://other-site.invalid";
    await page.route(`${foreign}/**`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>x</title><button>Login</button><script>
          window.received = [];
          addEventListener("message", (event) => {
            received.push(event.origin + " " + event.data);
            if (event.data === "authorizing:github") event.source.postMessage(event.data, "*");
          });
          document.querySelector("button").onclick = () => {
            const login = open(${JSON.stringify(`${helper.origin}/auth?provider=github&site_id=other-site.invalid&scope=repo`)}, "login", "width=600,height=600");
            setInterval(() => { try { login.postMessage("authorizing:github", "*"); } catch (error) {} }, 100);
          };
        </script>`,
      }),
    );
    await page.goto(`${foreign}/`);
    const popupOpens = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Login" }).click();
    const popup = await popupOpens;
    await popup.getByRole("button", { name: "Authorize" }).click();
    await popup.locator("#status").waitFor();
    // The helper did get a token for this login, and kept it to the page it was meant for.
    await expect.poll(() => github.tokens.length).toBe(tokensBefore + 1);
    await page.waitForTimeout(1500);
    await popup.screenshot({ path: join(SCREENS, "cms-login-foreign-origin.png") });
    expect(await page.evaluate(() => (window as unknown as { received: string[] }).received)).toEqual([]);
    expect(await popup.locator("#status").innerText()).toBe("Đang chuyển thông tin đăng nhập về trang quản trị…");
  }, 90_000);

  it("logged no token and no code", () => {
    const output = helper.output();
    expect(output).toMatch(/GET \/callback 200/);
    for (const secret of [...github.tokens, ...github.tokenRequests.map((request) => request.code ?? "")]) {
      expect(secret.length).toBeGreaterThan(10);
      expect(output).not.toContain(secret);
    }
    expect(output).not.toContain(CLIENT.secret);
    expect(
      output
        .split("\n")
        .filter((line) => line && !/^(GET \/\S* \d{3}|cms-auth: listening .*|callback refused: \w+)$/.test(line)),
    ).toEqual([]);
  });
});

describe("the login helper refuses to start", () => {
  it.each([
    ["without its secret", { GITHUB_CLIENT_SECRET: "" }, /GITHUB_CLIENT_SECRET/],
    ["without the site's origin", { CMS_SITE_ORIGIN: "" }, /CMS_SITE_ORIGIN/],
  ])("%s, naming what is missing, and never listens", async (_what, change, message) => {
    const port = String(await freePort());
    const helper = await startHelper({
      PORT: port,
      GITHUB_CLIENT_ID: "id",
      GITHUB_CLIENT_SECRET: "secret",
      CMS_SITE_ORIGIN: "https://dvk.example.vn",
      CMS_AUTH_URL: `http://127.0.0.1:${port}`,
      ...change,
    });
    expect(await helper.exit).toBe(1);
    expect(helper.output()).toMatch(message);
    await expect(fetch(`${helper.origin}/health`)).rejects.toThrow();
  });
});

describe("Forgejo, self-hosted: Decap's PKCE login, no helper, no secret", () => {
  const APP = "dan-van-kheo-cms";
  let forgejo: FakeGitHost;
  let site: Nginx;
  let browser: Browser;

  beforeAll(async () => {
    forgejo = await startFakeGitHost({ clientId: APP, apiPrefix: "/api/v1", repo: REPO });
    site = await startNginx(
      adminSite("forgejo", { CMS_BACKEND: "forgejo", CMS_REPO: REPO, CMS_API_ROOT: forgejo.apiRoot, CMS_APP_ID: APP }),
    );
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await forgejo?.close();
  });

  it("loads the generated config (Decap validates it) and logs in through the authorization page", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(`${site.origin}/admin/`);
    const login = page.getByRole("button", { name: "Đăng nhập bằng Forgejo" });
    await login.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENS, "cms-login-forgejo.png") });
    await login.click();
    await page.getByRole("button", { name: "Authorize" }).click();
    await page.getByRole("link", { name: "Mô hình" }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENS, "cms-logged-in-forgejo.png") });

    const [asked] = forgejo.authorizations;
    expect(asked?.get("redirect_uri")).toBe(`${site.origin}/admin/`);
    expect(asked?.get("response_type")).toBe("code");
    expect(asked?.get("code_challenge_method")).toBe("S256");
    const [exchange] = forgejo.tokenRequests;
    // A public client: no secret anywhere; the verifier proves the browser that began the login.
    expect(exchange).not.toHaveProperty("client_secret");
    expect(exchange).toMatchObject({
      client_id: APP,
      grant_type: "authorization_code",
      redirect_uri: `${site.origin}/admin/`,
    });
    expect(forgejo.tokens).toHaveLength(1);
    expect(forgejo.apiCalls).toEqual(expect.arrayContaining(["/user", `/repos/${REPO}`]));
  }, 90_000);
});
