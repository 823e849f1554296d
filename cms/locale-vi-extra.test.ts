import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

type Phrases = { [key: string]: string | Phrases };

/**
 * The English phrases Decap falls back to: the list of every phrase the interface can show.
 * The module is one object literal and an `export default`; it is read as text and evaluated,
 * because Vite cannot load it when node_modules lives outside the project (a linked checkout).
 */
const en = runInNewContext(
  readFileSync(createRequire(import.meta.url).resolve("decap-cms-locales/dist/esm/en/index.js"), "utf8").replace(
    /export default (\w+);\s*$/,
    "$1;",
  ),
) as Phrases;

/** Runs the browser script against a stand-in `CMS` and returns what it registers. */
function registered(bundled?: Phrases): { locale: string; phrases: Phrases } {
  let result: { locale: string; phrases: Phrases } | undefined;
  const CMS = {
    getLocale: (locale: string) => (locale === "vi" ? bundled : undefined),
    registerLocale: (locale: string, phrases: Phrases) => {
      result = { locale, phrases };
    },
  };
  runInNewContext(readFileSync(new URL("./locale-vi-extra.js", import.meta.url), "utf8"), { CMS });
  if (!result) throw new Error("the script registered no locale");
  return result;
}

function leaves(phrases: Phrases, prefix = ""): [string, string][] {
  return Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (phrase: string) => [...phrase.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("Vietnamese CMS interface", () => {
  const { locale, phrases } = registered();
  const vi = new Map(leaves(phrases));

  it("registers the vi locale", () => {
    expect(locale).toBe("vi");
  });

  it.each(leaves(en as Phrases))("%s is translated with the same placeholders", (key, english) => {
    const phrase = vi.get(key);
    expect(phrase, `missing ${key}`).toBeTypeOf("string");
    expect(placeholders(phrase ?? "")).toEqual(placeholders(english));
    // Plural phrases keep Polyglot's "one |||| many" form.
    expect(phrase?.includes("||||")).toBe(english.includes("||||"));
  });

  it("keeps phrases that only the bundled locale has", () => {
    const merged = registered({ newer: { phrase: "Cụm từ mới" }, auth: { login: "cũ" } }).phrases;
    expect(merged.newer).toEqual({ phrase: "Cụm từ mới" });
    expect((merged.auth as Phrases).login).toBe("Đăng nhập");
  });
});
