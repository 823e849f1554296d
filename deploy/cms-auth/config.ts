/**
 * The login helper's settings, all from the environment (the systemd unit's EnvironmentFile),
 * the client secret preferably from a systemd credential so that it is in no environment at
 * all. Pure: the environment and the credential reader come in as arguments.
 */

export interface HelperConfig {
  /** The GitHub OAuth App's client id. */
  clientId: string;
  clientSecret: string;
  /** The only origin the token is ever sent to: the site whose /admin/ logs in. */
  siteOrigin: string;
  /** The helper's own public address; GitHub sends the browser back to `<it>/callback`. */
  publicUrl: URL;
  /** Where GitHub's login pages are: https://github.com, a GitHub Enterprise host, or a fake in tests. */
  githubUrl: URL;
  host: string;
  port: number;
}

/** Environment variables the helper reads. */
export interface HelperEnv {
  GITHUB_CLIENT_ID?: string | undefined;
  GITHUB_CLIENT_SECRET?: string | undefined;
  CMS_SITE_ORIGIN?: string | undefined;
  CMS_AUTH_URL?: string | undefined;
  GITHUB_URL?: string | undefined;
  HOST?: string | undefined;
  PORT?: string | undefined;
}

/** The systemd credential that holds the client secret (`LoadCredential=` in the unit). */
export const SECRET_CREDENTIAL = "github-client-secret";

/** An https address, or http on this machine (tests); undefined when it is neither. */
function addressOf(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    const local = url.hostname === "127.0.0.1" || url.hostname === "localhost";
    return url.protocol === "https:" || (url.protocol === "http:" && local) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The settings, or an error listing every variable that is missing or wrong, so that the
 * helper refuses to start rather than fail at the first login.
 */
export function configFrom(env: HelperEnv, credential: (name: string) => string | undefined): HelperConfig {
  const problems: string[] = [];
  const clientSecret = credential(SECRET_CREDENTIAL)?.trim() || env.GITHUB_CLIENT_SECRET;
  if (!env.GITHUB_CLIENT_ID) problems.push("GITHUB_CLIENT_ID: the OAuth App's client id is missing");
  if (!clientSecret) {
    problems.push(`GITHUB_CLIENT_SECRET: the client secret is missing (or the credential “${SECRET_CREDENTIAL}”)`);
  }
  const site = addressOf(env.CMS_SITE_ORIGIN);
  if (!site || site.origin !== env.CMS_SITE_ORIGIN?.replace(/\/$/, "")) {
    problems.push("CMS_SITE_ORIGIN: the site's origin, e.g. https://dvk.ccbninhbinh.vn (https, no path)");
  }
  const publicUrl = addressOf(env.CMS_AUTH_URL);
  if (!publicUrl || publicUrl.search || publicUrl.hash) {
    problems.push("CMS_AUTH_URL: this helper's public address, e.g. https://dang-nhap.ccbninhbinh.vn (https)");
  }
  const githubUrl = env.GITHUB_URL ? addressOf(env.GITHUB_URL) : new URL("https://github.com");
  if (!githubUrl) problems.push("GITHUB_URL: GitHub's address (https)");
  const port = Number(env.PORT ?? "8787");
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`PORT: not a port: ${env.PORT}`);
  if (problems.length > 0 || !site || !publicUrl || !githubUrl || !clientSecret || !env.GITHUB_CLIENT_ID) {
    throw new Error(`cms-auth không khởi động được (cannot start):\n  ${problems.join("\n  ")}`);
  }
  return {
    clientId: env.GITHUB_CLIENT_ID,
    clientSecret,
    siteOrigin: site.origin,
    publicUrl: new URL(publicUrl.href.replace(/\/?$/, "/")),
    githubUrl,
    host: env.HOST || "127.0.0.1",
    port,
  };
}
