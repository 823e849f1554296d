import { z, type ZodTypeAny } from "astro/zod";
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from "yaml";
import { collectionFormats, schemasFor } from "../schemas";
import { isPublishable, type PersonEntry } from "../schemas/person";
import { ENTRY_ID, referenceTargets, type CollectionName } from "../schemas/shared";
import { processBody, type BodyProblem } from "./body";
import { vietnameseErrorMap } from "./zod-messages";
import { posix } from "node:path";

/** A content file as read from disk; `path` is relative to the project root, with `/`. */
export interface SourceFile {
  collection: CollectionName;
  path: string;
  text: string;
}

/** One problem found by the gate, with where it is and what to do, in Vietnamese and English. */
export interface GateProblem {
  severity: "error" | "warning";
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  vi: string;
  en: string;
}

/** An entry that passed its own checks. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  path: string;
  /** Front matter validated by the schema (images still as paths). */
  data: Record<string, unknown>;
  /** The MDX body, NFC-normalised; empty for data files. */
  body: string;
  /** Whether the entry may appear anywhere on the site (not a draft, consent standing). */
  publishable: boolean;
}

export interface GateResult {
  entries: CheckedEntry[];
  problems: GateProblem[];
}

/** What the gate needs from the outside world. */
export interface GateIo {
  /** Whether a file exists, given its path relative to the project root. */
  fileExists: (path: string) => boolean;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function idOf(path: string): string {
  return posix.basename(path).replace(/\.(mdx|ya?ml)$/, "");
}

function split(file: SourceFile): { yamlText: string; body: string; bodyLineOffset: number } | undefined {
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

/** Walks a schema beside its data and yields every reference found, with its data path. */
function* referencesIn(
  schema: ZodTypeAny,
  data: unknown,
  path: (string | number)[] = [],
): Generator<{ path: (string | number)[]; collection: CollectionName; id: string }> {
  const target = referenceTargets.get(schema);
  if (target && typeof data === "string") {
    yield { path, collection: target, id: data };
    return;
  }
  const def = schema._def as { typeName?: string; schema?: ZodTypeAny; innerType?: ZodTypeAny; type?: ZodTypeAny };
  switch (def.typeName) {
    case "ZodEffects":
      if (def.schema) yield* referencesIn(def.schema, data, path);
      return;
    case "ZodOptional":
    case "ZodNullable":
    case "ZodDefault":
      if (def.innerType) yield* referencesIn(def.innerType, data, path);
      return;
    case "ZodArray":
      if (def.type && Array.isArray(data)) {
        for (const [index, item] of data.entries()) yield* referencesIn(def.type, item, [...path, index]);
      }
      return;
    case "ZodObject":
      if (data && typeof data === "object") {
        const shape = (schema as z.AnyZodObject).shape as Record<string, ZodTypeAny>;
        for (const [key, child] of Object.entries(shape)) {
          yield* referencesIn(child, (data as Record<string, unknown>)[key], [...path, key]);
        }
      }
      return;
    default:
      return;
  }
}

function checkBodyOf(body: string, file: string, io: GateIo): BodyProblem[] {
  const result = processBody(body, { render: false });
  if (!result.ok) return result.problems;
  return result.figures
    .filter((figure) => !io.fileExists(posix.normalize(posix.join(posix.dirname(file), figure.src))))
    .map((figure) => ({
      line: figure.line,
      vi: `không tìm thấy tệp ảnh ${figure.src}`,
      en: `Figure image not found: ${figure.src}`,
    }));
}

/** The name of the key written on a given line (1-based) of a YAML text. */
function duplicateKeyAt(yamlText: string, line: number): string | undefined {
  return /^\s*([^:#\s][^:]*):/.exec(yamlText.split("\n")[line - 1] ?? "")?.[1]?.trim();
}

/** Where the key of a field starts in the YAML text, so a problem points at the field's name. */
function keyOffset(document: Document, path: (string | number)[]): number | undefined {
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  const last = path.at(-1);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  }
  const node = document.getIn(path, true);
  return isNode(node) && node.range ? node.range[0] : undefined;
}

function isDraft(data: Record<string, unknown>): boolean {
  return data.draft === true;
}

/**
 * Checks every content file: YAML syntax, schema, MDX bodies, images, ids and references.
 * Reports all problems in one pass, each naming the file, the field and (where known) the line.
 */
export function runContentGate(files: SourceFile[], io: GateIo): GateResult {
  const problems: GateProblem[] = [];
  const entries: CheckedEntry[] = [];
  let currentFile = "";
  const image = () =>
    z.string().refine((src) => io.fileExists(posix.normalize(posix.join(posix.dirname(currentFile), src))), {
      message: "không tìm thấy tệp ảnh",
    });
  const schemas = schemasFor({ image });
  const lines = new Map<string, (field: (string | number)[]) => number | undefined>();

  for (const file of files) {
    currentFile = file.path;
    const report = (problem: Omit<GateProblem, "file" | "severity">, severity: GateProblem["severity"] = "error") =>
      problems.push({ severity, file: file.path, ...problem });
    const id = idOf(file.path);
    if (!ENTRY_ID.test(id)) {
      report({
        vi: "tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang",
        en: "file name must be lower-case ASCII words joined by hyphens",
      });
    }
    let text = file.text;
    if (text !== text.normalize("NFC")) {
      report(
        { vi: "văn bản không ở dạng Unicode NFC; đã chuẩn hoá khi dựng trang", en: "text was not NFC; normalised" },
        "warning",
      );
      text = text.normalize("NFC");
    }
    const parts = split({ ...file, text });
    if (!parts) {
      report({ line: 1, vi: "thiếu phần thông tin đầu tệp (---)", en: "missing front matter" });
      continue;
    }
    const counter = new LineCounter();
    const document = parseDocument(parts.yamlText, { schema: "core", uniqueKeys: true, lineCounter: counter });
    const yamlLineOffset = collectionFormats[file.collection] === "yaml" ? 0 : 1;
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const line = error.linePos?.[0].line;
        const duplicate = error.code === "DUPLICATE_KEY" && line ? duplicateKeyAt(parts.yamlText, line) : undefined;
        report({
          line: line ? line + yamlLineOffset : undefined,
          field: duplicate,
          vi: duplicate
            ? `trường “${duplicate}” được khai báo hai lần`
            : `lỗi cú pháp YAML: ${error.message.split("\n")[0] ?? ""}`,
          en: `YAML syntax: ${error.message.split("\n")[0] ?? ""}`,
        });
      }
      continue;
    }
    const lineOf = (field: (string | number)[]) => {
      for (let depth = field.length; depth > 0; depth--) {
        const offset = keyOffset(document, field.slice(0, depth));
        if (offset !== undefined) return counter.linePos(offset).line + yamlLineOffset;
      }
      return undefined;
    };
    lines.set(file.path, lineOf);
    const raw: unknown = document.toJS() ?? {};
    const parsed = schemas[file.collection].safeParse(raw, { errorMap: vietnameseErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
        for (const path of paths) {
          report({
            line: lineOf(path),
            field: path.join(".") || undefined,
            vi: issue.message,
            en: `${path.join(".") || "entry"}: ${issue.code}`,
          });
        }
      }
    }
    const bodyProblems = parts.body.trim() === "" ? [] : checkBodyOf(parts.body, file.path, io);
    for (const problem of bodyProblems) {
      report({
        field: "body",
        ...(problem.line ? { line: problem.line + parts.bodyLineOffset } : {}),
        vi: problem.vi,
        en: problem.en,
      });
    }
    if (!parsed.success || bodyProblems.length > 0) continue;
    const data = parsed.data as Record<string, unknown>;
    const publishable = file.collection === "people" ? isPublishable(data as unknown as PersonEntry) : !isDraft(data);
    entries.push({ collection: file.collection, id, path: file.path, data, body: parts.body, publishable });
  }

  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  for (const entry of entries) {
    if (!entry.publishable) continue;
    for (const reference of referencesIn(schemas[entry.collection], entry.data)) {
      const target = byKey.get(`${reference.collection}/${reference.id}`);
      const field = reference.path.join(".");
      const line = lines.get(entry.path)?.(reference.path);
      if (!target) {
        problems.push({
          severity: "error",
          file: entry.path,
          field,
          line,
          vi: `không có mục “${reference.id}” trong ${reference.collection}`,
          en: `${field} points at "${reference.id}", which does not exist in ${reference.collection}`,
        });
      } else if (!target.publishable) {
        problems.push({
          severity: "error",
          file: entry.path,
          field,
          line,
          vi: `mục “${reference.id}” chưa được công bố (bản nháp hoặc không có đồng ý) nên không thể liên kết`,
          en: `${field} points at "${reference.id}", which is not published`,
        });
      }
    }
  }
  return { entries, problems };
}

/** Formats problems one per line: `file:line  field  message (english)`. */
export function formatProblems(problems: GateProblem[]): string {
  return problems
    .map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      const tag = p.severity === "error" ? "LỖI" : "CẢNH BÁO";
      return `${tag} ${where}${p.field ? ` [${p.field}]` : ""}: ${p.vi} (${p.en})`;
    })
    .join("\n");
}
