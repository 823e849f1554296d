import { z } from "astro/zod";
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from "yaml";
import { collectionFormats, schemasFor } from "../schemas";
import { isPublishable, type PersonEntry } from "../schemas/person";
import { ENTRY_ID, type CollectionName } from "../schemas/shared";
import type { Unit } from "../schemas/unit";
import { describeSchema, valuesIn, type FieldShape } from "../schemas/walk";
import { historyProblems } from "./unit-history";
import { processBody, type BodyProblem, type BodyResult } from "./body";
import { slugOf } from "./slug";
import { PARSE_IN_VIETNAMESE, englishFor, issuePath } from "./zod-messages";
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
  /**
   * The body as HTML with the sources of its figures, rendered while it was checked so that
   * the build need not parse it twice; absent for data files and empty bodies.
   */
  rendered?: { html: string; imageSources: string[] };
  /** Whether the entry may appear anywhere on the site (not a draft, consent standing). */
  publishable: boolean;
}

export interface GateResult {
  entries: CheckedEntry[];
  problems: GateProblem[];
}

/** What the gate needs to know about an image file. */
export interface ImageFacts {
  /** Size of the file in bytes. */
  bytes: number;
  /** Width in pixels, as stored. */
  width: number;
  /** Height in pixels, as stored. */
  height: number;
}

/** What the gate needs from the outside world. */
export interface GateIo {
  /** Whether a file exists, given its path relative to the project root. */
  fileExists: (path: string) => boolean;
  /** Size and dimensions of an existing image file; `undefined` when it cannot be read as an image. */
  imageFacts: (path: string) => Promise<ImageFacts | undefined>;
  /**
   * Results of the body pipeline kept from an earlier run, by body text. Parsing is most of
   * the gate's work, and a body's verdict and HTML depend on nothing but its text and the
   * pipeline's code (whose change empties the cache, see `src/loaders/body-cache.ts`).
   */
  bodyCache?: BodyCache | undefined;
  /** Told after every `PROGRESS_EVERY` files, so that a long check is not silent. */
  progress?: ((checked: number, total: number) => void) | undefined;
}

/** Body pipeline results by body text. */
export interface BodyCache {
  get(body: string): BodyResult | undefined;
  set(body: string, result: BodyResult): void;
}

/** How many files (or pages, or images) between two progress lines of a long build. */
export const PROGRESS_EVERY = 1000;

/**
 * Limits for an uploaded image. A phone photo is about 4000 px and 3–8 MB; anything larger is a
 * scan or a panorama that would slow every build and waste the editor's upload.
 */
export const IMAGE_LIMITS = { maxBytes: 10 * 1024 * 1024, maxPixels: 6000 } as const;

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

type DataPath = (string | number)[];

/** Where an image file sits, given the entry file and the path written in it. */
export function resolveFrom(file: string, src: string): string {
  return posix.normalize(posix.join(posix.dirname(file), src));
}

/** An image an entry points at, in a photo field or in a Figure of its body. */
interface ImageUse {
  /** Path from the project root. */
  path: string;
  /** The path as written in the entry. */
  src: string;
  /** The field that names it: a photo's `src` in the front matter, or `body`. */
  field: DataPath;
  line?: number | undefined;
}

function checkBodyOf(
  body: string,
  file: string,
  io: GateIo,
): { problems: BodyProblem[]; images: ImageUse[]; rendered?: CheckedEntry["rendered"] } {
  const result = io.bodyCache?.get(body) ?? processBody(body);
  io.bodyCache?.set(body, result);
  if (!result.ok) return { problems: result.problems, images: [] };
  const problems: BodyProblem[] = [];
  const images: ImageUse[] = [];
  for (const figure of result.figures) {
    const path = resolveFrom(file, figure.src);
    if (io.fileExists(path)) {
      images.push({ path, src: figure.src, field: ["body"], line: figure.line });
    } else {
      problems.push({
        line: figure.line,
        vi: `không tìm thấy tệp ảnh ${figure.src}`,
        en: `Figure image not found: ${figure.src}`,
      });
    }
  }
  return { problems, images, rendered: { html: result.html, imageSources: result.images.map((image) => image.src) } };
}

const MEGABYTE = 1024 * 1024;

/** What is wrong with an image file, measured against `IMAGE_LIMITS`; nothing when it is fine. */
export function imageProblems(src: string, facts: ImageFacts | undefined): { vi: string; en: string }[] {
  if (!facts) {
    return [
      {
        vi: `tệp ${src} không đọc được như một ảnh (JPEG, PNG, WebP, AVIF)`,
        en: `${src} cannot be read as an image`,
      },
    ];
  }
  const problems: { vi: string; en: string }[] = [];
  if (facts.bytes > IMAGE_LIMITS.maxBytes) {
    const size = (facts.bytes / MEGABYTE).toFixed(1);
    problems.push({
      vi: `ảnh ${src} nặng ${size.replace(".", ",")} MB, quá giới hạn ${IMAGE_LIMITS.maxBytes / MEGABYTE} MB: hãy thu nhỏ ảnh rồi tải lên lại`,
      en: `${src} is ${size} MB, over the ${IMAGE_LIMITS.maxBytes / MEGABYTE} MB limit`,
    });
  }
  if (Math.max(facts.width, facts.height) > IMAGE_LIMITS.maxPixels) {
    problems.push({
      vi: `ảnh ${src} rộng ${facts.width} × cao ${facts.height} điểm ảnh, quá giới hạn ${IMAGE_LIMITS.maxPixels} điểm ảnh mỗi chiều: hãy thu nhỏ ảnh rồi tải lên lại`,
      en: `${src} is ${facts.width} × ${facts.height} px, over the ${IMAGE_LIMITS.maxPixels} px limit`,
    });
  }
  return problems;
}

/**
 * Files of one collection whose names give the same slug, and so the same address: `a.yaml`
 * beside `a.yml`, or one name typed once in NFC and once in NFD (two files on Linux, one URL).
 * Maps each such file to the others.
 */
function slugClashes(files: SourceFile[]): Map<string, string[]> {
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
function duplicateKeyAt(yamlText: string, line: number): string | undefined {
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
function writtenAt(document: Document, yamlText: string, path: DataPath): string | undefined {
  const node = document.getIn(path, true);
  return isScalar(node) && node.range ? yamlText.slice(node.range[0], node.range[1]) : undefined;
}

/**
 * The message for a number where text is expected. Unquoted, `015` is the number 15 and
 * `1.200` the number 1.2: the form the editor typed is lost, so it must be quoted.
 */
function numberAsTextMessage(written: string, value: unknown): { vi: string; en: string } {
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
function firstBodyLine(body: string, bodyLineOffset: number): number {
  const index = body.split("\n").findIndex((line) => line.trim() !== "");
  return bodyLineOffset + Math.max(index, 0) + 1;
}

function isDraft(data: Record<string, unknown>): boolean {
  return data.draft === true;
}

/** Every string of an entry's data, with its path. */
function* stringsIn(value: unknown, path: DataPath = []): Generator<{ path: DataPath; text: string }> {
  if (typeof value === "string") yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
  }
}

/** A full name as a whole word sequence: “Văn Minh” inside “Nguyễn Văn Minh” counts, “Minhh” does not. */
function namePattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u");
}

/** What the gate remembers of a file that parsed, to place problems found across files. */
interface ParsedFile {
  lineOf: (field: DataPath) => number | undefined;
  bodyLineOffset: number;
}

/**
 * Checks every content file: names and slugs, Unicode form, YAML syntax, schema, MDX bodies,
 * images (present, readable, within limits), consent, ids and references. Reports all
 * problems in one pass, each naming the file, the field and (where known) the line.
 */
export async function runContentGate(files: SourceFile[], io: GateIo): Promise<GateResult> {
  const problems: GateProblem[] = [];
  const entries: CheckedEntry[] = [];
  let currentFile = "";
  const image = () =>
    z.string().superRefine((src, ctx) => {
      if (!io.fileExists(resolveFrom(currentFile, src)))
        ctx.addIssue({ code: "custom", message: "không tìm thấy tệp ảnh" });
    });
  const schemas = schemasFor({ image });
  const shapes = new Map<CollectionName, FieldShape>();
  const shapeOf = (collection: CollectionName) => {
    if (!shapes.has(collection)) shapes.set(collection, describeSchema(schemas[collection]));
    return shapes.get(collection) as FieldShape;
  };
  const parsedFiles = new Map<string, ParsedFile>();
  const facts = new Map<string, Promise<ImageFacts | undefined>>();
  const factsOf = (path: string) => {
    if (!facts.has(path)) facts.set(path, io.imageFacts(path));
    return facts.get(path) as Promise<ImageFacts | undefined>;
  };
  const clashes = slugClashes(files);

  for (const [index, file] of files.entries()) {
    if (index > 0 && index % PROGRESS_EVERY === 0) io.progress?.(index, files.length);
    currentFile = file.path;
    const report = (problem: Omit<GateProblem, "file" | "severity">, severity: GateProblem["severity"] = "error") =>
      problems.push({ severity, file: file.path, ...problem });
    const id = idOf(file.path);
    if (!ENTRY_ID.test(id)) {
      report({
        field: "id",
        vi: `tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ “${slugOf(id)}”`,
        en: `file name must be lower-case ASCII words joined by hyphens, e.g. "${slugOf(id)}"`,
      });
    }
    const twins = clashes.get(file.path);
    if (twins) {
      report({
        field: "id",
        vi: `trùng địa chỉ “${slugOf(id)}” với tệp ${twins.join(", ")}: mỗi mục cần một tên tệp riêng`,
        en: `slug "${slugOf(id)}" is also the slug of ${twins.join(", ")}`,
      });
    }
    let text = file.text;
    if (text !== text.normalize("NFC")) {
      const line = text.split("\n").findIndex((l) => l !== l.normalize("NFC")) + 1;
      report(
        {
          line,
          vi: "văn bản không ở dạng Unicode NFC (chữ có dấu gõ tách rời); đã chuẩn hoá khi dựng trang",
          en: "text was not NFC; normalised",
        },
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
    const lineOf = (field: DataPath) => {
      for (let depth = field.length; depth > 0; depth--) {
        const offset = keyOffset(document, field.slice(0, depth));
        if (offset !== undefined) return counter.linePos(offset).line + yamlLineOffset;
      }
      return undefined;
    };
    parsedFiles.set(file.path, { lineOf, bodyLineOffset: parts.bodyLineOffset });
    const raw: unknown = document.toJS() ?? {};
    const parsed = schemas[file.collection].safeParse(raw, PARSE_IN_VIETNAMESE);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const at = issuePath(issue);
        const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...at, key]) : [at];
        for (const path of paths) {
          const written =
            issue.code === "invalid_type" && issue.expected === "string" && typeof issue.input === "number"
              ? writtenAt(document, parts.yamlText, path)
              : undefined;
          const message = written
            ? numberAsTextMessage(written, document.getIn(path))
            : { vi: issue.message, en: `${path.join(".") || "entry"}: ${englishFor(issue)}` };
          report({ line: lineOf(path), field: path.join(".") || undefined, ...message });
        }
      }
    }
    const hasBody = parts.body.trim() !== "";
    const body = hasBody ? checkBodyOf(parts.body, file.path, io) : { problems: [], images: [] };
    for (const problem of body.problems) {
      report({
        field: "body",
        ...(problem.line ? { line: problem.line + parts.bodyLineOffset } : {}),
        vi: problem.vi,
        en: problem.en,
      });
    }
    const images = [
      ...[...valuesIn(shapeOf(file.collection), raw, "image")].flatMap(({ path: field, value: src }) => {
        const path = typeof src === "string" ? resolveFrom(file.path, src) : "";
        return typeof src === "string" && io.fileExists(path) ? [{ path, src, field, line: lineOf(field) }] : [];
      }),
      ...body.images.map((use) => ({ ...use, line: use.line ? use.line + parts.bodyLineOffset : undefined })),
    ];
    let imagesFine = true;
    for (const use of images) {
      for (const problem of imageProblems(use.src, await factsOf(use.path))) {
        imagesFine = false;
        report({ field: use.field.join("."), line: use.line, ...problem });
      }
    }
    if (!parsed.success || body.problems.length > 0 || !imagesFine) continue;
    const data = parsed.data as Record<string, unknown>;
    if (file.collection === "people" && hasBody && !(data as unknown as PersonEntry).consent.story) {
      report({
        field: "body",
        line: firstBodyLine(parts.body, parts.bodyLineOffset),
        vi: "người này không đồng ý công bố câu chuyện (consent.story): hãy để trống phần nội dung",
        en: "the person did not consent to publishing the story, but the body is filled",
      });
      continue;
    }
    const publishable = file.collection === "people" ? isPublishable(data as unknown as PersonEntry) : !isDraft(data);
    entries.push({
      collection: file.collection,
      id,
      path: file.path,
      data,
      body: parts.body,
      publishable,
      ...(body.rendered && { rendered: body.rendered }),
    });
  }

  const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  for (const entry of entries) {
    if (!entry.publishable) continue;
    for (const { path, shape, value } of valuesIn(shapeOf(entry.collection), entry.data, "reference")) {
      const reference = { path, collection: shape.collection, id: String(value) };
      const target = byKey.get(`${reference.collection}/${reference.id}`);
      const field = reference.path.join(".");
      const line = parsedFiles.get(entry.path)?.lineOf(reference.path);
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
  problems.push(...mentionsOfHiddenPeople(entries, parsedFiles));
  problems.push(...unitHistoryProblems(entries, parsedFiles));
  return { entries, problems };
}

/** Dates and links across unit files (successors, parents) that no single file can check. */
function unitHistoryProblems(entries: CheckedEntry[], parsedFiles: Map<string, ParsedFile>): GateProblem[] {
  const units = entries.filter((entry) => entry.collection === "units");
  const pathOf = new Map(units.map((entry) => [entry.id, entry.path]));
  return historyProblems(units.map((entry) => ({ id: entry.id, ...(entry.data as Unit) }))).map((problem) => {
    const file = pathOf.get(problem.unit) ?? problem.unit;
    return {
      severity: "error",
      file,
      field: problem.field,
      line: parsedFiles.get(file)?.lineOf([problem.field]),
      vi: problem.message,
      en: problem.en,
    };
  });
}

/**
 * A person who has not agreed, or no longer agrees, to be named must not be named elsewhere
 * either: in a news item, a quote's attribution or another story. Only full names of two
 * words or more are looked for, and a published namesake's own entry is left alone.
 */
function mentionsOfHiddenPeople(entries: CheckedEntry[], parsedFiles: Map<string, ParsedFile>): GateProblem[] {
  const hidden = entries
    .filter((entry) => entry.collection === "people" && !entry.publishable)
    .map((entry) => ({ id: entry.id, name: String(entry.data.name) }))
    .filter((person) => person.name.trim().split(/\s+/).length >= 2);
  const problems: GateProblem[] = [];
  for (const entry of entries.filter((e) => e.publishable)) {
    const where = parsedFiles.get(entry.path);
    for (const person of hidden) {
      if (entry.collection === "people" && entry.data.name === person.name) continue;
      const pattern = namePattern(person.name);
      const inData = [...stringsIn(entry.data)].find(({ text }) => pattern.test(text));
      const bodyIndex = entry.body.split("\n").findIndex((line) => pattern.test(line));
      if (!inData && bodyIndex < 0) continue;
      const field = inData ? inData.path.join(".") : "body";
      problems.push({
        severity: "error",
        file: entry.path,
        field,
        line: inData ? where?.lineOf(inData.path) : (where?.bodyLineOffset ?? 0) + bodyIndex + 1,
        vi: `nhắc tên “${person.name}”, người chưa đồng ý hoặc đã rút lại đồng ý công bố tên (${person.id}): hãy bỏ tên này`,
        en: `${field} names ${person.id}, who has not agreed (or no longer agrees) to be named`,
      });
    }
  }
  return problems;
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
