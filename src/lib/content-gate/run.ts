import { collectionFormats } from "../../schemas";
import { ENTRY_ID } from "../../schemas/shared";
import { slugOf } from "../slug";
import { isReservedId } from "../urls";
import { checkBodyOf } from "./body";
import { unsafeCharacter, unsafeCharacterMessage } from "./characters";
import { isEntryPublishable, mentionsOfHiddenPeople, storyWithoutConsent } from "./consent";
import { imagePathProblems, imageProblems, resolveFrom } from "./images";
import { firstBodyLine, idOf, numberAsTextMessage, readYaml, slugClashes, split, writtenAt } from "./parse";
import { referenceProblems, unitHistoryProblems } from "./references";
import type { GateProblem } from "./report";
import { gateSchemas, imagesIn, validate, type GateSchemas } from "./schema";
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

/** What every file's check shares: the schemas, the image facts read so far, the file names. */
interface RunContext {
  io: GateIo;
  schemas: GateSchemas;
  factsOf: (path: string) => Promise<ImageFacts | undefined>;
  clashes: Map<string, string[]>;
  parsedFiles: Map<string, ParsedFile>;
}

/** One problem of the file being checked, without its file (the caller adds it). */
type Report = (problem: Omit<GateProblem, "file" | "severity">, severity?: GateProblem["severity"]) => void;

/** The Unicode form a file name was typed in, to tell two names apart that look the same. */
function formOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === name.normalize("NFC")) return "NFC, chữ có dấu liền";
  if (name === name.normalize("NFD")) return "NFD, chữ có dấu gõ tách rời, thường từ máy Mac";
  return "trộn NFC và NFD";
}

/** Problems of the file's name: its id, and another file with the same address. */
function checkName(file: SourceFile, context: RunContext, report: Report): void {
  const id = idOf(file.path);
  if (!ENTRY_ID.test(id)) {
    report({
      field: "id",
      vi: `tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ “${slugOf(id)}”`,
      en: `file name must be lower-case ASCII words joined by hyphens, e.g. "${slugOf(id)}"`,
    });
  } else if (isReservedId(id)) {
    report({
      field: "id",
      vi: `tên tệp “${id}” trùng với một địa chỉ trang đã dùng (số trang của danh sách, “trang”, “in”, “rss”, “index”): hãy đặt tên theo tiêu đề, ví dụ “mo-hinh-${id}”`,
      en: `the id "${id}" is a path the site uses itself (a page number, trang, in, rss, index)`,
    });
  }
  const twins = context.clashes.get(file.path);
  if (twins) {
    const others = twins.map((twin) => `${twin} (${formOf(twin)})`).join(", ");
    report({
      field: "id",
      vi: `trùng địa chỉ “${slugOf(id)}” với tệp ${others}; tên tệp này ở dạng ${formOf(file.path)}: mỗi mục cần một tên tệp riêng, hãy đổi tên hoặc xoá một tệp`,
      en: `slug "${slugOf(id)}" is also the slug of ${twins.join(", ")}`,
    });
  }
}

/** Every string of raw YAML data, keys included, with its path. */
function* textsOf(value: unknown, path: DataPath = []): Generator<{ path: DataPath; text: string }> {
  if (typeof value === "string") yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* textsOf(item, [...path, index]);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      yield { path: [...path, key], text: key };
      yield* textsOf(item, [...path, key]);
    }
  }
}

/** Control characters and the like, in a field of the front matter or in the body, with their place. */
function checkCharacters(
  data: unknown,
  lineOf: ParsedFile["lineOf"],
  body: string,
  bodyLineOffset: number,
  report: Report,
) {
  for (const { path, text } of textsOf(data)) {
    const found = unsafeCharacter(text);
    if (found) {
      const field = path.join(".");
      report({
        field,
        line: lineOf(path),
        ...unsafeCharacterMessage(found.codePoint, `ở ký tự thứ ${found.index + 1}`),
      });
    }
  }
  const inBody = unsafeCharacter(body);
  if (inBody) {
    const before = body.slice(0, inBody.index).split("\n");
    const column = (before.at(-1)?.length ?? 0) + 1;
    report({
      field: "body",
      line: bodyLineOffset + before.length,
      ...unsafeCharacterMessage(inBody.codePoint, `ở cột ${column}`),
    });
  }
  return inBody === undefined;
}

/** The file a document's `pdf` names must be there: a dead download link helps no one. */
function checkPdf(data: Record<string, unknown>, io: GateIo, lineOf: ParsedFile["lineOf"], report: Report): boolean {
  if (typeof data.pdf !== "string") return true;
  const path = `public${data.pdf}`;
  if (io.fileExists(path) && !io.viaSymlink(path)) return true;
  report({
    field: "pdf",
    line: lineOf(["pdf"]),
    vi: `không tìm thấy tệp ${path} (hoặc đó là một liên kết tới tệp khác): hãy chép tệp PDF vào public/van-ban/ hoặc bỏ trường pdf`,
    en: `pdf names ${data.pdf}, but ${path} is missing (or a symbolic link)`,
  });
  return false;
}

/** Checks one file and returns its entry when it passed; every problem goes to `report`. */
async function checkFile(file: SourceFile, context: RunContext, report: Report): Promise<CheckedEntry | undefined> {
  const { io } = context;
  checkName(file, context, report);
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
    report({
      line: 1,
      vi: "thiếu phần thông tin đầu tệp: tệp phải mở đầu bằng một dòng ---, rồi các trường, rồi một dòng --- nữa",
      en: "missing front matter",
    });
    return undefined;
  }
  const yamlLineOffset = collectionFormats[file.collection] === "yaml" ? 0 : 1;
  const yaml = readYaml(parts.yamlText);
  if (!yaml.ok) {
    for (const problem of yaml.problems) {
      report({ ...problem, line: problem.line === undefined ? undefined : problem.line + yamlLineOffset });
    }
    return undefined;
  }
  const lineOf = (field: DataPath) => {
    const line = yaml.lineOf(field);
    return line === undefined ? undefined : line + yamlLineOffset;
  };
  context.parsedFiles.set(file.path, { lineOf, bodyLineOffset: parts.bodyLineOffset });
  // The line that closes the front matter: a missing field is added just before it.
  const endLine = parts.yamlText.split("\n").length + 2 * yamlLineOffset;
  const charactersFine = checkCharacters(yaml.data, lineOf, parts.body, parts.bodyLineOffset, report);
  const parsed = validate(context.schemas.schemaOf(file.collection), yaml.data);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const written = issue.numberForText ? writtenAt(yaml.document, parts.yamlText, issue.path) : undefined;
      const message = written ? numberAsTextMessage(written, yaml.document.getIn(issue.path)) : issue;
      const line = lineOf(issue.path);
      const field = issue.path.join(".") || undefined;
      const missing = line === undefined && field !== undefined && issue.missing;
      report({
        line: missing ? endLine : line,
        field,
        vi: missing ? `${message.vi}: hãy thêm “${field}:” vào phần thông tin đầu tệp, trước dòng này` : message.vi,
        en: message.en,
      });
    }
  }
  const hasBody = parts.body.trim() !== "";
  const body = hasBody && charactersFine ? checkBodyOf(parts.body, file.path, io) : { problems: [], images: [] };
  for (const problem of body.problems) {
    report({
      field: "body",
      ...(problem.line ? { line: problem.line + parts.bodyLineOffset } : {}),
      vi: problem.vi,
      en: problem.en,
    });
  }
  const images = [
    ...[...imagesIn(context.schemas.shapeOf(file.collection), yaml.data)].map(({ path, src }) => ({
      path: resolveFrom(file.path, src),
      src,
      field: path,
      line: lineOf(path),
    })),
    ...body.images.map((use) => ({ ...use, line: use.line ? use.line + parts.bodyLineOffset : undefined })),
  ];
  let imagesFine = true;
  for (const use of images) {
    const pathProblems = imagePathProblems(use, io);
    const problems = pathProblems.length > 0 ? pathProblems : imageProblems(use.src, await context.factsOf(use.path));
    for (const problem of problems) {
      imagesFine = false;
      report({ field: use.field.join("."), line: use.line, ...problem });
    }
  }
  if (!parsed.ok || !charactersFine || body.problems.length > 0 || !imagesFine) return undefined;
  const data = parsed.data;
  if (file.collection === "documents" && !checkPdf(data, io, lineOf, report)) return undefined;
  const untold = storyWithoutConsent(file.collection, data, hasBody);
  if (untold) {
    report({ field: "body", line: firstBodyLine(parts.body, parts.bodyLineOffset), ...untold });
    return undefined;
  }
  return {
    collection: file.collection,
    id: idOf(file.path),
    path: file.path,
    data,
    body: parts.body,
    publishable: isEntryPublishable(file.collection, data),
    ...(body.rendered && { rendered: body.rendered }),
  };
}

/** Whatever a check throws, as a problem of the file it was checking: the gate never crashes. */
function unexpected(error: unknown): { vi: string; en: string } {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    vi: `không kiểm tra được tệp này (${reason}): hãy xem lại phần vừa sửa, và báo cho người quản trị kèm tệp nếu vẫn lỗi`,
    en: `the check failed on this file: ${reason}`,
  };
}

/**
 * Checks every content file: names and slugs, Unicode form, YAML syntax and limits, control
 * characters, schema, MDX bodies, images (where they are, their format, present, readable,
 * within limits), documents' PDFs, consent, ids and references, and mentions of people who
 * may not be named. Reports all problems in one pass, each naming the file, the field and
 * (where known) the line. Never throws: whatever a check throws is a problem of its file.
 */
export async function runContentGate(files: SourceFile[], io: GateIo): Promise<GateResult> {
  const problems: GateProblem[] = [];
  const entries: CheckedEntry[] = [];
  const facts = new Map<string, Promise<ImageFacts | undefined>>();
  const context: RunContext = {
    io,
    schemas: gateSchemas(),
    factsOf: (path) => {
      if (!facts.has(path))
        facts.set(
          path,
          io.imageFacts(path).catch(() => undefined),
        );
      return facts.get(path) as Promise<ImageFacts | undefined>;
    },
    clashes: slugClashes(files),
    parsedFiles: new Map(),
  };

  for (const [index, file] of files.entries()) {
    if (index > 0 && index % PROGRESS_EVERY === 0) io.progress?.(index, files.length);
    const report: Report = (problem, severity = "error") => problems.push({ severity, file: file.path, ...problem });
    try {
      const entry = await checkFile(file, context, report);
      if (entry) entries.push(entry);
    } catch (error) {
      report(unexpected(error));
    }
  }

  const places = {
    lineOf: (entry: CheckedEntry, field: DataPath) => context.parsedFiles.get(entry.path)?.lineOf(field),
    bodyLineOffset: (entry: CheckedEntry) => context.parsedFiles.get(entry.path)?.bodyLineOffset ?? 0,
  };
  for (const across of [
    () => referenceProblems(entries, context.schemas, places.lineOf),
    () => mentionsOfHiddenPeople(entries, places),
    () => unitHistoryProblems(entries, places.lineOf),
  ]) {
    try {
      problems.push(...across());
    } catch (error) {
      problems.push({ severity: "error", file: "src/content", ...unexpected(error) });
    }
  }
  return { entries, problems };
}
