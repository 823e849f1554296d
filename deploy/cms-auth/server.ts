import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import * as oauth from "oauth4webapi";
import { t } from "../../src/i18n/vi";
import type { HelperConfig } from "./config";
import { popupPage, type Outcome } from "./page";
import { COOKIE, LIFETIME_SECONDS, cookieValue, open, seal } from "./state-cookie";

/**
 * The login helper Decap's GitHub backend needs (`base_url` + `auth_endpoint`): GitHub's OAuth
 * authorization-code flow, with `state` bound to the browser and PKCE, by oauth4webapi. It
 * keeps no token: the one GitHub gives is written once into the popup page for the site's
 * admin page, and nothing about a login is logged but the path and the status.
 *
 *   GET /auth?provider=github&scope=repo   sets the signed login cookie, sends the browser to GitHub
 *   GET /callback?code=…&state=…           checks the cookie and `state`, exchanges the code, ends the popup
 *   GET /popup.js                          the popup's script
 *   GET /health                            200 "ok" while the helper runs
 */

/** Scopes Decap asks for: `repo`, or `public_repo` for open authoring. */
const SCOPES = new Set(["repo", "public_repo"]);

/** Every answer: nothing cached, nothing framed, no script but our own file, no referrer (it holds the code). */
const HEADERS = {
  "cache-control": "no-store",
  "content-security-policy":
    "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export interface Helper {
  server: Server;
  /** Stops accepting logins and closes the server. */
  close: () => Promise<void>;
}

export function createHelper(config: HelperConfig, popupScript: string, log: (line: string) => void): Helper {
  const key = randomBytes(32);
  const as: oauth.AuthorizationServer = {
    issuer: config.githubUrl.origin,
    authorization_endpoint: new URL("login/oauth/authorize", config.githubUrl).href,
    token_endpoint: new URL("login/oauth/access_token", config.githubUrl).href,
  };
  const client: oauth.Client = { client_id: config.clientId };
  const clientAuth = oauth.ClientSecretPost(config.clientSecret);
  const redirectUri = new URL("callback", config.publicUrl).href;
  const secureCookie = config.publicUrl.protocol === "https:";
  // Plain http only for a GitHub on this machine (tests); oauth4webapi refuses it otherwise.
  const insecure = config.githubUrl.protocol === "http:" ? { [oauth.allowInsecureRequests]: true } : {};

  const cookie = (value: string, maxAge: number) =>
    `${COOKIE}=${value}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secureCookie ? "; Secure" : ""}`;

  function send(
    response: ServerResponse,
    status: number,
    type: string,
    body: string,
    extra: Record<string, string> = {},
  ) {
    response.writeHead(status, { ...HEADERS, "content-type": type, ...extra });
    response.end(body);
  }

  async function begin(url: URL, response: ServerResponse): Promise<void> {
    const scope = url.searchParams.get("scope") || "repo";
    if (url.searchParams.get("provider") !== "github" || !SCOPES.has(scope)) {
      send(response, 400, "text/plain; charset=utf-8", "provider=github, scope=repo|public_repo\n");
      return;
    }
    const state = oauth.generateRandomState();
    const verifier = oauth.generateRandomCodeVerifier();
    const target = new URL(as.authorization_endpoint!);
    target.search = new URLSearchParams({
      client_id: config.clientId,
      redirect_uri: redirectUri,
      scope,
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
    }).toString();
    response.writeHead(302, {
      ...HEADERS,
      location: target.href,
      "set-cookie": cookie(seal({ state, verifier }, key, Date.now()), LIFETIME_SECONDS),
    });
    response.end();
  }

  async function finish(url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const end = (status: number, outcome: Outcome) =>
      send(response, status, "text/html; charset=utf-8", popupPage(config.siteOrigin, outcome), {
        "set-cookie": cookie("", 0),
      });
    const login = open(cookieValue(request.headers.cookie, COOKIE), key, Date.now());
    if (!login) {
      end(400, { error: t("cmsAuth.expired") });
      return;
    }
    let parameters: URLSearchParams;
    try {
      parameters = oauth.validateAuthResponse(as, client, url.searchParams, login.state);
    } catch (error) {
      // A wrong or missing `state`, or GitHub's own refusal (access_denied).
      const denied = error instanceof oauth.AuthorizationResponseError;
      log(`callback refused: ${denied ? error.error : "state"}`);
      end(400, { error: t(denied ? "cmsAuth.denied" : "cmsAuth.expired") });
      return;
    }
    try {
      const answer = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        clientAuth,
        parameters,
        redirectUri,
        login.verifier,
        insecure,
      );
      const { access_token: token } = await oauth.processAuthorizationCodeResponse(as, client, answer);
      end(200, { token });
    } catch (error) {
      // The error's name only: its details may quote GitHub's answer.
      log(`token exchange failed: ${error instanceof Error ? error.name : "unknown"}`);
      end(502, { error: t("cmsAuth.exchange") });
    }
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://helper.invalid");
    response.on("finish", () => log(`${request.method ?? "?"} ${url.pathname} ${response.statusCode}`));
    if (request.method !== "GET") {
      send(response, 405, "text/plain; charset=utf-8", "GET only\n", { allow: "GET" });
      return;
    }
    const routes: Record<string, () => Promise<void> | void> = {
      "/auth": () => begin(url, response),
      "/callback": () => finish(url, request, response),
      "/popup.js": () => send(response, 200, "text/javascript; charset=utf-8", popupScript),
      "/health": () => send(response, 200, "text/plain; charset=utf-8", "ok\n"),
    };
    const route = routes[url.pathname];
    if (!route) {
      send(response, 404, "text/plain; charset=utf-8", "not found\n");
      return;
    }
    Promise.resolve(route()).catch((error: unknown) => {
      log(`error: ${error instanceof Error ? error.name : "unknown"}`);
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "error\n");
      else response.destroy();
    });
  });

  return {
    server,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
