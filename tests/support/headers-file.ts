import { readFileSync } from "node:fs";

/** One block of a `_headers` file: a URL pattern and what it does to the response headers. */
export interface HeaderRule {
  /** The URL pattern, e.g. `/*` or `/admin/*`. */
  pattern: string;
  /** Headers attached, in file order, as [name, value]. */
  set: [string, string][];
  /** Headers detached (`! Name`), lower case: those attached by earlier rules are removed. */
  detach: string[];
}

/**
 * Parses a `_headers` file in the Cloudflare Pages format: a line starting at the margin is a
 * URL pattern, indented `Name: value` lines attach headers, indented `! Name` lines detach one,
 * `#` starts a comment. Throws on anything else, so a typo cannot pass silently.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.trimEnd();
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const where = `_headers line ${index + 1}`;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`${where}: a URL pattern must start with /: ${line}`);
      rules.push({ pattern: line, set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any URL pattern`);
    const detached = /^\s+!\s*([\w-]+)$/.exec(line);
    if (detached?.[1]) {
      rule.detach.push(detached[1].toLowerCase());
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!header?.[1] || !header[2]) throw new Error(`${where}: expected "Name: value" or "! Name": ${line}`);
    rule.set.push([header[1], header[2]]);
  }
  return rules;
}

/** Reads and parses a `_headers` file. */
export function readHeadersFile(path: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path, "utf8"));
}

/** Whether a URL path matches a pattern: `*` matches anything (slashes too), `:name` one segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host following these rules sends for a path: every matching rule applies in
 * file order; a header attached twice is joined with a comma; a detach removes what came before.
 * Names are returned in lower case.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
