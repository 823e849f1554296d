import { posix } from "node:path";
import { isMap, isNode, isScalar, type Document } from "yaml";
import { collectionFormats } from "../../schemas";
import { slugOf } from "../slug";
import type { DataPath, SourceFile } from "./types";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** An entry's id: its file name without the extension. */
export function idOf(path: string): string {
  return posix.basename(path).replace(/\.(mdx|ya?ml)$/, "");
}

/** A file cut into its YAML (front matter, or the whole data file) and its MDX body. */
export interface FileParts {
  yamlText: string;
  body: string;
  /** Lines before the body, so that a body line becomes a line of the file. */
  bodyLineOffset: number;
}

/** Cuts a file into YAML and body; `undefined` when an MDX file has no closed front matter. */
export function split(file: SourceFile): FileParts | undefined {
  if (collectionFormats[file.collection] === "yaml") return { yamlText: file.text, body: "", bodyLineOffset: 0 };
  const match = FRONT_MATTER.exec(file.text);
  if (!match) return undefined;
  const head = match[0];
  return {
    yamlText: match[1] ?? "",
    body: file.text.slice(head.length),
    bodyLineOffset: head.split("\n").length - 1,
  };
}

/**
 * Files of one collection whose names give the same slug, and so the same address: `a.yaml`
 * beside `a.yml`, or one name typed once in NFC and once in NFD (two files on Linux, one URL).
 * Maps each such file to the others.
 */
export function slugClashes(files: SourceFile[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = `${file.collection}/${slugOf(idOf(file.path))}`;
    groups.set(key, [...(groups.get(key) ?? []), file.path]);
  }
  const clashes = new Map<string, string[]>();
  for (const paths of groups.values()) {
    if (paths.length < 2) continue;
    for (const path of paths)
      clashes.set(
        path,
        paths.filter((other) => other !== path),
      );
  }
  return clashes;
}

/** The name of the key written on a given line (1-based) of a YAML text. */
export function duplicateKeyAt(yamlText: string, line: number): string | undefined {
  return /^\s*([^:#\s][^:]*):/.exec(yamlText.split("\n")[line - 1] ?? "")?.[1]?.trim();
}

/** Where the key of a field starts in the YAML text, so a problem points at the field's name. */
export function keyOffset(document: Document, path: DataPath): number | undefined {
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  const last = path.at(-1);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const node = document.getIn(path, true);
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/** A value exactly as it was typed in the YAML text. */
export function writtenAt(document: Document, yamlText: string, path: DataPath): string | undefined {
  const node = document.getIn(path, true);
  return isScalar(node) && node.range ? yamlText.slice(node.range[0], node.range[1]) : undefined;
}

/**
 * The message for a number where text is expected. Unquoted, `015` is the number 15 and
 * `1.200` the number 1.2: the form the editor typed is lost, so it must be quoted.
 */
export function numberAsTextMessage(written: string, value: unknown): { vi: string; en: string } {
  const lost = /^[-+]?0\d/.test(written)
    ? "mất số 0 ở đầu"
    : String(value) === written
      ? "không còn là chữ"
      : `thành ${String(value)}`;
  return {
    vi: `phải là chữ: viết ${written} không có ngoặc kép thì bị đọc thành số và ${lost}; hãy viết "${written}"`,
    en: `${written} is read as the number ${String(value)}; quote it: "${written}"`,
  };
}

/** The 1-based line of the first text in a body, counted in the whole file. */
export function firstBodyLine(body: string, bodyLineOffset: number): number {
  const index = body.split("\n").findIndex((line) => line.trim() !== "");
  return bodyLineOffset + Math.max(index, 0) + 1;
}
