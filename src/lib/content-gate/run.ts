import { LineCounter, parseDocument } from "yaml";
import { collectionFormats } from "../../schemas";
import { ENTRY_ID } from "../../schemas/shared";
import { slugOf } from "../slug";
import { checkBodyOf } from "./body";
import { isEntryPublishable, mentionsOfHiddenPeople, storyWithoutConsent } from "./consent";
import { imageProblems, resolveFrom, type ImageUse } from "./images";
import {
  duplicateKeyAt,
  firstBodyLine,
  idOf,
  keyOffset,
  numberAsTextMessage,
  slugClashes,
  split,
  writtenAt,
} from "./parse";
import { referenceProblems } from "./references";
import type { GateProblem } from "./report";
import { gateSchemas, validate } from "./schema";
import {
  PROGRESS_EVERY,
  type CheckedEntry,
  type DataPath,
  type GateIo,
  type ImageFacts,
  type SourceFile,
} from "./types";

export interface GateResult {
  entries: CheckedEntry[];
  problems: GateProblem[];
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
  let imageUses: ImageUse[] = [];
  const schemas = gateSchemas((src, field) => {
    const path = resolveFrom(currentFile, src);
    if (!io.fileExists(path)) return false;
    imageUses.push({ path, src, field });
    return true;
  });
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
    imageUses = [];
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
    const parsed = validate(schemas[file.collection], raw);
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        const written = issue.numberForText ? writtenAt(document, parts.yamlText, issue.path) : undefined;
        const message = written ? numberAsTextMessage(written, document.getIn(issue.path)) : issue;
        report({ line: lineOf(issue.path), field: issue.path.join(".") || undefined, vi: message.vi, en: message.en });
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
      ...imageUses.map((use) => ({ ...use, line: lineOf(use.field) })),
      ...body.images.map((use) => ({ ...use, line: use.line ? use.line + parts.bodyLineOffset : undefined })),
    ];
    let imagesFine = true;
    for (const use of images) {
      for (const problem of imageProblems(use.src, await factsOf(use.path))) {
        imagesFine = false;
        report({ field: use.field.join("."), line: use.line, ...problem });
      }
    }
    if (!parsed.ok || body.problems.length > 0 || !imagesFine) continue;
    const data = parsed.data;
    const untold = storyWithoutConsent(file.collection, data, hasBody);
    if (untold) {
      report({ field: "body", line: firstBodyLine(parts.body, parts.bodyLineOffset), ...untold });
      continue;
    }
    entries.push({
      collection: file.collection,
      id,
      path: file.path,
      data,
      body: parts.body,
      publishable: isEntryPublishable(file.collection, data),
      ...(body.rendered && { rendered: body.rendered }),
    });
  }

  const places = {
    lineOf: (entry: CheckedEntry, field: DataPath) => parsedFiles.get(entry.path)?.lineOf(field),
    bodyLineOffset: (entry: CheckedEntry) => parsedFiles.get(entry.path)?.bodyLineOffset ?? 0,
  };
  problems.push(...referenceProblems(entries, schemas, places.lineOf));
  problems.push(...mentionsOfHiddenPeople(entries, places));
  return { entries, problems };
}
