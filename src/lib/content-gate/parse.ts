import { posix } from "node:path";
import { LineCounter, isMap, isNode, isScalar, parseDocument, visit, type Document } from "yaml";
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

/**
 * Limits on YAML that keep reading a file cheap: aliases (`*a`) expand what they point at, so a
 * few lines of them can stand for billions of values (an "alias bomb"); and no field of ours
 * nests more than four levels, while thousands of levels overflow the parser's stack.
 */
export const YAML_LIMITS = { maxAliasCount: 100, maxDepth: 10 } as const;

/** A problem of the YAML itself, placed by its 1-based line in the YAML text. */
export interface YamlProblem {
  line?: number | undefined;
  field?: string | undefined;
  vi: string;
  en: string;
}

/** A YAML text read, with what places its fields; or what is wrong with it. */
export type YamlRead =
  | { ok: true; document: Document; data: unknown; lineOf: (path: DataPath) => number | undefined }
  | { ok: false; problems: YamlProblem[] };

/** Vietnamese for the YAML parser's errors, by their code: what is wrong and what to type. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: "thụt lề không đều: các trường cùng cấp phải thẳng cột, mỗi cấp thụt vào hai dấu cách",
  TAB_AS_INDENT: "thụt lề bằng phím Tab: hãy thay bằng dấu cách",
  MISSING_CHAR: "thiếu dấu đóng (] } hoặc dấu ngoặc kép): hãy đóng đủ cặp",
  BLOCK_AS_IMPLICIT_KEY: "một giá trị nhiều dòng đứng ở chỗ tên trường: có thể thiếu dấu “:” hoặc thụt lề sai",
  MULTILINE_IMPLICIT_KEY: "tên trường không được xuống dòng: có thể thiếu dấu “:” ở cuối dòng trên",
  UNEXPECTED_TOKEN:
    "có ký tự không đúng chỗ: giá trị có dấu “:”, “#”, “[”, “{” hay dấu ngoặc kép ở đầu cần đặt cả trong ngoặc kép",
  BAD_SCALAR_START: "giá trị bắt đầu bằng ký tự đặc biệt: hãy đặt cả giá trị trong ngoặc kép",
  BAD_DQ_ESCAPE: "dấu \\ trong ngoặc kép phải đi kèm ký tự hợp lệ: muốn viết dấu \\ hãy gõ \\\\",
  BAD_ALIAS: "dấu “*” ở đầu giá trị là bí danh YAML: hãy đặt cả giá trị trong ngoặc kép",
  MISSING_ANCHOR: "dấu “*” ở đầu giá trị là bí danh YAML: hãy đặt cả giá trị trong ngoặc kép",
  RESOURCE_EXHAUSTION: `lồng nhau quá sâu (giới hạn ${YAML_LIMITS.maxDepth} tầng): hãy viết phẳng lại`,
};

/** A YAML error in Vietnamese: by its message where the code is too broad, else by its code. */
function yamlErrorInVietnamese(code: string, english: string): string {
  if (/end with an? [\]}]/.test(english)) {
    return "dấu “[” hoặc “{” mở một danh sách chưa được đóng: hãy thêm “]” hoặc “}” ở cuối, hoặc đặt cả giá trị trong ngoặc kép nếu đó là chữ";
  }
  return YAML_ERRORS[code] ?? "dòng này viết sai cú pháp; giá trị có dấu “:” hay “#” cần đặt trong ngoặc kép";
}

/** How deeply a value nests lists and groups of fields, counted without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (!item || typeof item !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > YAML_LIMITS.maxDepth) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Reads a YAML text (a data file, or an entry's front matter) by the core schema with unique
 * keys. Refuses explicit tags (`!!js/function`, `!!binary`, `!custom`: never needed, and some
 * turn text into other kinds of value), aliases past `maxAliasCount`, and nesting past
 * `maxDepth`. Never throws.
 */
export function readYaml(yamlText: string): YamlRead {
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { schema: "core", uniqueKeys: true, lineCounter: counter });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const line = error.linePos?.[0].line;
        const duplicate = error.code === "DUPLICATE_KEY" && line ? duplicateKeyAt(yamlText, line) : undefined;
        const english = error.message.split("\n")[0] ?? "";
        return {
          line,
          field: duplicate ?? topLevelKeyAt(document, error.pos[0]),
          vi: duplicate
            ? `trường “${duplicate}” được khai báo hai lần: hãy xoá một dòng`
            : `lỗi cú pháp YAML: ${yamlErrorInVietnamese(error.code, english)}`,
          en: `YAML syntax: ${english}`,
        };
      }),
    };
  }
  const tagged: YamlProblem[] = [];
  visit(document, (_key, node) => {
    if (isNode(node) && node.tag) {
      tagged.push({
        line: lineAt(node.range?.[0]),
        vi: `thẻ YAML “${node.tag.replace("tag:yaml.org,2002:", "!!")}” không được dùng: hãy xoá thẻ, chỉ giữ giá trị (trong ngoặc kép nếu là chữ)`,
        en: `explicit YAML tag ${node.tag} is not allowed`,
      });
    }
  });
  if (tagged.length > 0) return { ok: false, problems: tagged };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    let firstAlias: number | undefined;
    visit(document, {
      Alias: (_key, node) => {
        firstAlias = node.range?.[0];
        return visit.BREAK;
      },
    });
    return {
      ok: false,
      problems: [
        {
          line: lineAt(firstAlias),
          field: topLevelKeyAt(document, firstAlias),
          vi: `bí danh YAML (*tên) được dùng quá nhiều, giới hạn ${YAML_LIMITS.maxAliasCount}: hãy viết thẳng từng giá trị`,
          en: `YAML aliases: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  const lineOf = (field: DataPath) => {
    for (let depth = field.length; depth > 0; depth--) {
      const line = lineAt(keyOffset(document, field.slice(0, depth)));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const tooDeep = Object.entries(data && typeof data === "object" ? data : {}).filter(
    ([, value]) => depthOf(value) >= YAML_LIMITS.maxDepth,
  );
  if (tooDeep.length > 0) {
    return {
      ok: false,
      problems: tooDeep.map(([key]) => ({
        line: lineOf([key]),
        field: key,
        vi: `lỗi cú pháp YAML: ${YAML_ERRORS.RESOURCE_EXHAUSTION ?? ""}`,
        en: `${key} nests more than ${YAML_LIMITS.maxDepth} levels`,
      })),
    };
  }
  return { ok: true, document, data: data ?? {}, lineOf };
}

/** The field at the top of the document whose value holds a place of the text. */
function topLevelKeyAt(document: Document, offset: number | undefined): string | undefined {
  if (offset === undefined || !isMap(document.contents)) return undefined;
  const pair = document.contents.items.find((item) => {
    const start = isNode(item.key) ? item.key.range?.[0] : undefined;
    const end = isNode(item.value) ? item.value.range?.[2] : undefined;
    return start !== undefined && start <= offset && (end === undefined || offset <= end);
  });
  return isScalar(pair?.key) ? String(pair.key.value) : undefined;
}

/** The name of the key written on a given line (1-based) of a YAML text. */
export function duplicateKeyAt(yamlText: string, line: number): string | undefined {
  return /^\s*([^:#\s][^:]*):/.exec(yamlText.split("\n")[line - 1] ?? "")?.[1]?.trim();
}

/** Where the key of a field starts in the YAML text, so a problem points at the field's name. */
function keyOffset(document: Document, path: DataPath): number | undefined {
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
