/**
 * Where the CMS saves entries and how editors log in, chosen at build time by the environment
 * (docs/deployment.md, "Editors' login"), and what the admin page may therefore talk to.
 * Pure: the environment comes in as an object.
 *
 * - `github` (default): the repository on GitHub; editors log in with GitHub through our
 *   login helper (`deploy/cms-auth/`) at `CMS_AUTH_URL`.
 * - `forgejo`: the repository on the association's own Forgejo; editors log in with the
 *   accounts it gives them, by PKCE straight from the browser: no helper, no secret.
 */

export interface BackendEnv {
  /** `github` or `forgejo`; `github` when unset. */
  CMS_BACKEND?: string | undefined;
  /** `owner/name` of the content repository. */
  CMS_REPO?: string | undefined;
  /** GitHub: the login helper's public address, e.g. `https://dang-nhap.ccbninhbinh.vn`. */
  CMS_AUTH_URL?: string | undefined;
  /** The Git host's REST API: Forgejo's `https://<host>/api/v1` (required); GitHub's only to override it. */
  CMS_API_ROOT?: string | undefined;
  /** Forgejo: the client id of the OAuth2 application made for the CMS. */
  CMS_APP_ID?: string | undefined;
}

export const DEFAULT_REPO = "hoi-ccb-ninh-binh/dan-van-kheo";

type CommitMessages = Record<"create" | "update" | "delete" | "uploadMedia" | "deleteMedia", string>;

export interface GitHubBackend {
  name: "github";
  repo: string;
  branch: string;
  /** The login helper's origin: Decap compares it with the origin of the helper's messages. */
  base_url?: string;
  /** The helper's login path under `base_url`. */
  auth_endpoint?: string;
  api_root?: string;
  commit_messages: CommitMessages;
}

export interface ForgejoBackend {
  name: "forgejo";
  repo: string;
  branch: string;
  /** Decap derives the login pages (`/login/oauth/authorize`, `/login/oauth/access_token`) from it. */
  api_root: string;
  app_id: string;
  commit_messages: CommitMessages;
}

export type DecapBackend = GitHubBackend | ForgejoBackend;

/** An absolute http(s) address, or an error naming the variable. Plain http only for this machine. */
function addressOf(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: “${value}” không phải một địa chỉ (is not a URL)`);
  }
  const local = url.hostname === "127.0.0.1" || url.hostname === "localhost";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new Error(`${name}: “${value}” phải bắt đầu bằng https:// (must be https, except on 127.0.0.1)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${name}: “${value}” không được có ?, # hay tên đăng nhập (no query, fragment or credentials)`);
  }
  return url;
}

const withoutTrailingSlash = (path: string) => path.replace(/\/+$/, "");

/** The helper's login path: `auth` under the path the helper is served from, if any. */
function loginPathOf(helper: URL): string {
  const prefix = helper.pathname.replace(/^\/+|\/+$/g, "");
  return prefix ? `${prefix}/auth` : "auth";
}

/** The backend block of Decap's config. Throws, naming the variable, on a value it cannot use. */
export function backendFromEnv(env: BackendEnv, commitMessages: CommitMessages): DecapBackend {
  const repo = env.CMS_REPO || DEFAULT_REPO;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CMS_REPO: “${repo}” phải có dạng chủ/kho (owner/name)`);
  const common = { repo, branch: "main", commit_messages: commitMessages };
  const kind = env.CMS_BACKEND || "github";

  if (kind === "github") {
    const helper = env.CMS_AUTH_URL ? addressOf("CMS_AUTH_URL", env.CMS_AUTH_URL) : undefined;
    const api = env.CMS_API_ROOT ? addressOf("CMS_API_ROOT", env.CMS_API_ROOT) : undefined;
    return {
      name: "github",
      ...common,
      // Decap opens `<base_url>/<auth_endpoint>` and accepts messages only from `base_url`,
      // which must therefore be an origin; a helper under a path keeps the path in the endpoint.
      ...(helper ? { base_url: helper.origin, auth_endpoint: loginPathOf(helper) } : {}),
      ...(api ? { api_root: withoutTrailingSlash(api.href) } : {}),
    };
  }
  if (kind === "forgejo") {
    if (!env.CMS_API_ROOT)
      throw new Error("CMS_API_ROOT: cần địa chỉ API của Forgejo, ví dụ https://git.example.vn/api/v1");
    const api = addressOf("CMS_API_ROOT", env.CMS_API_ROOT);
    if (!/\/api\/v\d+$/.test(withoutTrailingSlash(api.pathname))) {
      throw new Error(
        `CMS_API_ROOT: “${env.CMS_API_ROOT}” phải kết thúc bằng /api/v1 (Decap finds the login pages from it)`,
      );
    }
    if (!env.CMS_APP_ID) throw new Error("CMS_APP_ID: cần mã ứng dụng OAuth2 (client id) tạo trên Forgejo cho CMS");
    return { name: "forgejo", ...common, api_root: withoutTrailingSlash(api.href), app_id: env.CMS_APP_ID };
  }
  throw new Error(`CMS_BACKEND: “${kind}” không được hỗ trợ; chọn github hoặc forgejo`);
}

/**
 * The admin page's Content-Security-Policy, written into the page by the generator because it
 * follows the backend. Decap compiles its config's JSON schema with ajv, which evaluates code
 * ('unsafe-eval'; without it the CMS stops at "Error loading the CMS configuration"), and
 * writes its styles at run time (emotion: inline <style>). It calls the Git host's API, shows
 * its avatars and the uploads it reads back (blob:, data:), and reads an uploaded photo back
 * from its blob: address to save it (without `blob:` in connect-src, saving an entry with a new
 * photo fails); nothing else leaves the site.
 * Framing is forbidden by the server (`frame-ancestors` has no effect in a <meta> policy).
 */
export function adminPolicy(backend: DecapBackend, localBackendUrl?: string): string {
  const origin = (address: string) => new URL(address).origin;
  const api =
    backend.name === "forgejo" ? origin(backend.api_root) : origin(backend.api_root ?? "https://api.github.com");
  const images = backend.name === "github" && !backend.api_root ? "https://avatars.githubusercontent.com" : api;
  const connect = [api, ...(localBackendUrl ? [origin(localBackendUrl)] : [])];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images}`,
    `connect-src 'self' blob: ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
