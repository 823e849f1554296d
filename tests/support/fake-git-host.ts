import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A Git host on 127.0.0.1 with what the CMS's login touches, shaped like GitHub (OAuth App
 * login pages, REST API under `/api/v3`) or Forgejo (the same login pages, API under
 * `/api/v1`): an authorization page a person approves with a button, a token endpoint that
 * checks the client, the code, the redirect address and PKCE, and an API that knows the user
 * and the repository. It records what it was asked and what it issued.
 */

export interface FakeGitHostOptions {
  clientId: string;
  /** A confidential client (GitHub OAuth App) must send it; without one, the client is public (PKCE only). */
  clientSecret?: string;
  apiPrefix: "/api/v3" | "/api/v1";
  /** `owner/name` of the repository the user may push to. */
  repo: string;
}

interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  used: boolean;
}

export interface FakeGitHost {
  origin: string;
  apiRoot: string;
  /** The query of every authorization request. */
  authorizations: URLSearchParams[];
  /** The parameters of every token request, the secret and verifier included. */
  tokenRequests: Record<string, string>[];
  /** Tokens issued, in order. */
  tokens: string[];
  /** API paths asked with a valid token. */
  apiCalls: string[];
  /** When set, the authorization page sends the browser back with this `state` instead of the real one. */
  forgeState: string | undefined;
  close: () => Promise<void>;
}

const USER = {
  id: 7,
  login: "bientap-vien",
  name: "Biên tập viên",
  full_name: "Biên tập viên",
  email: "",
  avatar_url: "",
};

/** The body of a request, as form or JSON fields. */
async function fieldsOf(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (/json/.test(request.headers["content-type"] ?? "")) return JSON.parse(text) as Record<string, string>;
  return Object.fromEntries(new URLSearchParams(text));
}

const s256 = (verifier: string) => createHash("sha256").update(verifier).digest("base64url");

export async function startFakeGitHost(options: FakeGitHostOptions): Promise<FakeGitHost> {
  const grants = new Map<string, Grant>();
  const host: Omit<FakeGitHost, "origin" | "apiRoot" | "close"> = {
    authorizations: [],
    tokenRequests: [],
    tokens: [],
    apiCalls: [],
    forgeState: undefined,
  };

  const cors = {
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "*",
    "access-control-allow-methods": "GET, POST",
  };
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...cors });
    response.end(JSON.stringify(body));
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    if (url.pathname === "/login/oauth/authorize") {
      host.authorizations.push(url.searchParams);
      const query = url.searchParams;
      if (
        query.get("client_id") !== options.clientId ||
        query.get("code_challenge_method") !== "S256" ||
        !query.get("code_challenge")
      ) {
        response.writeHead(400, { "content-type": "text/plain" });
        response.end("bad authorization request");
        return;
      }
      const hidden = [...query].map(
        ([name, value]) =>
          `<input type="hidden" name="${name}" value="${value.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}">`,
      );
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><title>Authorize</title><h1>Authorize ${query.get("client_id")}</h1>` +
          `<form action="/login/oauth/approve">${hidden.join("")}<button>Authorize</button></form>`,
      );
      return;
    }
    if (url.pathname === "/login/oauth/approve") {
      const query = url.searchParams;
      const code = randomBytes(12).toString("hex");
      grants.set(code, {
        clientId: query.get("client_id") ?? "",
        redirectUri: query.get("redirect_uri") ?? "",
        challenge: query.get("code_challenge") ?? "",
        used: false,
      });
      const back = new URL(query.get("redirect_uri") ?? "");
      back.searchParams.set("code", code);
      back.searchParams.set("state", host.forgeState ?? query.get("state") ?? "");
      response.writeHead(302, { location: back.href });
      response.end();
      return;
    }
    if (url.pathname === "/login/oauth/access_token" && request.method === "POST") {
      const fields = await fieldsOf(request);
      host.tokenRequests.push(fields);
      const grant = grants.get(fields.code ?? "");
      const refusal =
        !grant || grant.used
          ? "bad_verification_code"
          : fields.client_id !== grant.clientId ||
              (options.clientSecret !== undefined && fields.client_secret !== options.clientSecret)
            ? "incorrect_client_credentials"
            : fields.redirect_uri !== grant.redirectUri
              ? "redirect_uri_mismatch"
              : s256(fields.code_verifier ?? "") !== grant.challenge
                ? "invalid_grant"
                : undefined;
      if (refusal) {
        // GitHub answers 200 with the error in the body; so does this fake.
        json(response, 200, { error: refusal });
        return;
      }
      grant!.used = true;
      const token = `fake-token-${randomBytes(16).toString("hex")}`;
      host.tokens.push(token);
      json(response, 200, { access_token: token, token_type: "bearer", scope: "repo" });
      return;
    }
    if (url.pathname.startsWith(`${options.apiPrefix}/`)) {
      const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? "")?.[1];
      if (!token || !host.tokens.includes(token)) {
        json(response, 401, { message: "Bad credentials" });
        return;
      }
      const path = url.pathname.slice(options.apiPrefix.length);
      host.apiCalls.push(path);
      const [owner = "", name = ""] = options.repo.split("/");
      if (path === "/user") json(response, 200, USER);
      else if (path === `/repos/${options.repo}`) {
        json(response, 200, {
          name,
          full_name: options.repo,
          owner: { login: owner },
          default_branch: "main",
          permissions: { admin: false, push: true, pull: true },
        });
      } else json(response, 404, { message: "Not Found" });
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(host, {
    origin,
    apiRoot: `${origin}${options.apiPrefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  });
}
