import type { PopupData } from "./page";

/**
 * Runs in the login popup (bundled to popup.js): hands the login's outcome to the admin page
 * that opened the popup, by Decap's handshake, and to nobody else. A message goes out only
 * with the configured site origin as its target, so a page of any other origin that opened
 * the popup receives nothing; its replies are ignored.
 */
const data = JSON.parse(document.getElementById("login")?.textContent ?? "{}") as PopupData;
const status = document.getElementById("status");
const opener = window.opener as Window | null;
const handshake = "authorizing:github";

if (!opener) {
  if (status) status.textContent = data.noOpener;
} else {
  window.addEventListener("message", (event) => {
    if (event.origin !== data.origin || event.source !== opener || event.data !== handshake) return;
    opener.postMessage(data.message, data.origin);
    if (status) status.textContent = data.done;
  });
  opener.postMessage(handshake, data.origin);
}
