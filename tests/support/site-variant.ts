import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Every file under a folder whose name ends with `extension`, as paths relative to it. */
export function filesUnder(root: string, extension: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}

const MARK = /<!-- release ([\w-]+) -->/;

/** The release a page of a variant belongs to, from the mark `makeVariant` wrote into it. */
export function releaseOf(html: string): string | undefined {
  return MARK.exec(html)?.[1];
}

/**
 * Copies a built site into `into` and changes it as another build of the same site would
 * change it, so that two variants can be told apart and mixed up: every page is marked with
 * the release's name, every stylesheet gets new content and so a new hashed name (pages point
 * to the new names, the old files are gone), and Pagefind's metadata file gets a new name in
 * the entry file that points to it.
 */
export function makeVariant(dist: string, into: string, release: string): void {
  cpSync(dist, into, { recursive: true });
  const renamed = new Map<string, string>();
  const assets = join(into, "_astro");
  for (const name of readdirSync(assets).filter((file) => /\.[\w-]{8}\.css$/.test(file))) {
    const content = `${readFileSync(join(assets, name), "utf8")}\n/* release ${release} */\n`;
    const hash = createHash("sha256").update(content).digest("base64url").slice(0, 8);
    const newName = name.replace(/\.[\w-]{8}\.css$/, `.${hash}.css`);
    writeFileSync(join(assets, newName), content);
    rmSync(join(assets, name));
    renamed.set(`/_astro/${name}`, `/_astro/${newName}`);
  }

  const entryFile = join(into, "pagefind", "pagefind-entry.json");
  const entry = JSON.parse(readFileSync(entryFile, "utf8")) as { languages: Record<string, { hash: string }> };
  for (const language of Object.values(entry.languages)) {
    const hash = language.hash.replace(
      /[0-9a-f]+$/,
      createHash("sha1").update(`${release}${language.hash}`).digest("hex").slice(0, 10),
    );
    renameSync(
      join(into, "pagefind", `pagefind.${language.hash}.pf_meta`),
      join(into, "pagefind", `pagefind.${hash}.pf_meta`),
    );
    language.hash = hash;
  }
  writeFileSync(entryFile, JSON.stringify(entry));

  for (const path of filesUnder(into, ".html")) {
    let html = readFileSync(join(into, path), "utf8").replace("<head>", `<head><!-- release ${release} -->`);
    for (const [from, to] of renamed) html = html.replaceAll(from, to);
    writeFileSync(join(into, path), html);
  }
}
