/**
 * The public pages' Content-Security-Policy lives in one place, `deploy/nginx.conf`. A host
 * that cannot send response headers (GitHub Pages) gets it as a <meta http-equiv> tag in each
 * page instead, read from that file by these functions.
 */

const POLICY_LINE = /^\s*set \$content_security_policy "([^"]*)";/;

/** The policy `deploy/nginx.conf` sets for every page at server level (not in a location). */
export function publicPolicyOf(conf: string): string {
  const found: string[] = [];
  let depth = 0;
  for (const line of conf.split("\n")) {
    const code = line.replace(/#.*$/, "");
    if (depth === 0) {
      const match = POLICY_LINE.exec(code);
      if (match?.[1]) found.push(match[1]);
    }
    depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
  }
  if (found.length !== 1) {
    throw new Error(
      `deploy/nginx.conf: expected one server-level “set $content_security_policy”, found ${found.length}`,
    );
  }
  return found[0]!;
}

/** Directives a browser ignores in a <meta> policy (and warns about): the host alone can send them. */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

/** The part of a policy that a <meta> tag can carry. */
export function metaPolicyOf(policy: string): string {
  return policy
    .split(";")
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY.has(directive.split(/\s+/)[0]!))
    .join("; ");
}

const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

/**
 * A page with the policy as its first rule after the charset declaration, before any script
 * or style it governs. A page without that declaration is refused: the policy's place would
 * be a guess.
 */
export function withPolicyMeta(html: string, policy: string): string {
  if (!CHARSET.test(html)) throw new Error('no <meta charset="utf-8"> to put the policy after');
  const attribute = policy.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return html.replace(
    CHARSET,
    (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${attribute}">`,
  );
}
