import { t } from "../../src/i18n/vi";
import { serializeJsonLd } from "../../src/lib/json-ld";

/**
 * The page the login popup ends on. It carries Decap's message as data (a JSON block, which no
 * browser runs) and `popup.js`, which hands the message over by Decap's protocol: it tells the
 * admin page `authorizing:github`, and answers only the reply that comes from the configured
 * site origin, with `authorization:github:success:{"token":…,"provider":"github"}` (or
 * `…:error:{"message":…}`) posted to that origin alone.
 */

export type Outcome = { token: string } | { error: string };

/** The message Decap's GitHub login waits for (decap-cms-lib-auth, netlify-auth.js). */
export function decapMessage(outcome: Outcome): string {
  return "token" in outcome
    ? `authorization:github:success:${JSON.stringify({ token: outcome.token, provider: "github" })}`
    : `authorization:github:error:${JSON.stringify({ message: outcome.error })}`;
}

/** What popup.js reads from the page. */
export interface PopupData {
  origin: string;
  message: string;
  done: string;
  noOpener: string;
}

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function popupPage(siteOrigin: string, outcome: Outcome): string {
  const data: PopupData = {
    origin: siteOrigin,
    message: decapMessage(outcome),
    done: "token" in outcome ? t("cmsAuth.done") : outcome.error,
    noOpener: t("cmsAuth.noOpener"),
  };
  const status = "token" in outcome ? t("cmsAuth.sending") : `${t("cmsAuth.failed")}: ${outcome.error}`;
  return [
    "<!doctype html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(t("cmsAuth.title"))}</title>`,
    `<script type="application/json" id="login">${serializeJsonLd({ ...data })}</script>`,
    '<script src="popup.js" defer></script>',
    "</head>",
    "<body>",
    `<p id="status" role="status">${escapeHtml(status)}</p>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
