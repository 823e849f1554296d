import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The login's `state` and PKCE verifier, kept between /auth and /callback in a cookie of the
 * browser that started the login: signed with a key that lives only in the helper's memory,
 * and valid for ten minutes. A callback from another browser, an old one, or one whose `state`
 * differs, is refused.
 */

export interface PendingLogin {
  state: string;
  verifier: string;
}

export const COOKIE = "dvk_cms_login";
export const LIFETIME_SECONDS = 600;

const signatureOf = (payload: string, key: Buffer) => createHmac("sha256", key).update(payload).digest("base64url");

/** The cookie's value for a login begun at `now` (ms). */
export function seal(login: PendingLogin, key: Buffer, now: number): string {
  const payload = Buffer.from(JSON.stringify({ ...login, expires: now + LIFETIME_SECONDS * 1000 })).toString(
    "base64url",
  );
  return `${payload}.${signatureOf(payload, key)}`;
}

/** The login a cookie value holds, or undefined when it is forged, damaged or expired. */
export function open(value: string | undefined, key: Buffer, now: number): PendingLogin | undefined {
  const [payload, signature, ...rest] = (value ?? "").split(".");
  if (!payload || !signature || rest.length > 0) return undefined;
  const expected = Buffer.from(signatureOf(payload, key));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<
      PendingLogin & { expires: number }
    >;
    if (typeof data.state !== "string" || typeof data.verifier !== "string" || typeof data.expires !== "number")
      return undefined;
    return data.expires > now ? { state: data.state, verifier: data.verifier } : undefined;
  } catch {
    return undefined;
  }
}

/** A cookie's value from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
