import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { BodyResult } from "../lib/body";
import type { BodyCache } from "../lib/content-gate";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * What the body pipeline's results depend on besides the body: its own source files and the
 * exact versions of the parser packages (package-lock.json). A change to either empties the
 * cache, so a verdict is never reused under rules it was not made by.
 */
function pipelineVersion(root: string): string | undefined {
  const bodyDir = join(root, "src", "lib", "body");
  if (!existsSync(bodyDir)) return undefined;
  const sources = readdirSync(bodyDir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort()
    .map((name) => readFileSync(join(bodyDir, name), "utf8"));
  let lock = "";
  try {
    lock = readFileSync(join(root, "package-lock.json"), "utf8");
  } catch {
    // A copy of the project without its lock file: the sources alone name the version.
  }
  return sha256([...sources, lock].join("\0"));
}

/**
 * The body cache of a project, kept in `.cache/content-gate/bodies.json` between builds. It
 * holds the bodies of the last run only, so it never grows past the site. A root without the
 * pipeline's sources (a content folder checked on its own) gets no cache.
 */
export function bodyCacheOf(root: string): BodyCache & { save(): void } {
  const file = join(root, ".cache", "content-gate", "bodies.json");
  const version = pipelineVersion(root);
  if (version === undefined) return { get: () => undefined, set: () => undefined, save: () => undefined };
  let known: Record<string, BodyResult> = {};
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as { version: string; bodies: Record<string, BodyResult> };
    if (stored.version === version) known = stored.bodies;
  } catch {
    // No cache yet, or an unreadable one: every body is parsed.
  }
  const seen: Record<string, BodyResult> = {};
  return {
    get: (body) => known[sha256(body)],
    set: (body, result) => {
      seen[sha256(body)] = result;
    },
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      // Written beside and renamed, so that a build stopped halfway never leaves half a file.
      const partial = `${file}.${process.pid}.part`;
      writeFileSync(partial, JSON.stringify({ version, bodies: seen }));
      renameSync(partial, file);
    },
  };
}
