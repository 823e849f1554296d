import type { z } from "astro/zod";
import { processBody } from "../src/lib/body";
import { unsafeCharacter } from "../src/lib/content-gate/characters";
import { slugOf } from "../src/lib/slug";
import { isReservedId } from "../src/lib/urls";
import { PARSE_IN_VIETNAMESE, issuePath } from "../src/lib/zod-messages";
import { prepareBody } from "./body-text";
import type { DecapCollection } from "./config-from-schemas";
import type { DecapField } from "./decap-field";
import type { EntryIndex, IndexedCollection } from "./entry-index";

/**
 * The check the CMS runs before every save (Decap's `preSave` event). The CMS's own field rules
 * come from the same schemas but cannot express everything: rules across fields (a recognised
 * model needs its decision), the MDX body, references to unpublished entries, file names. This
 * runs the site's own checks on the entry as it will be written, so that nothing is saved that
 * the build would refuse. Pure: the browser script hands in the entry as plain data.
 */

/** One reason a save is refused. */
export interface SaveProblem {
  /** Where: the field's label path as the editor sees it, e.g. "Ảnh bìa › Mô tả ảnh". */
  field: string;
  /** The line of the body, for problems in the body. */
  line?: number | undefined;
  message: string;
}

export interface SaveCheck {
  /** The body to save, escaped and with its edges normalised; absent if the entry has none. */
  body?: string;
  problems: SaveProblem[];
}

export interface SaveContext {
  collection: DecapCollection;
  schema: z.ZodType;
  index: EntryIndex;
  /** Whether the entry is new: its file name is made from its title when saved. */
  isNew: boolean;
}

const BODY_FIELD = "body";

/** Characters Decap keeps in a file name that the site refuses (ids are `a-z`, `0-9`, `-`). */
const UNSAFE_IN_FILE_NAME = /[_~]/;

function fieldsOf(collection: DecapCollection): DecapField[] {
  return collection.fields ?? collection.files?.[0]?.fields ?? [];
}

/** The labels along a data path; list items are numbered from 1. */
function labelPath(fields: DecapField[], path: readonly (string | number)[]): string {
  const labels: string[] = [];
  let current: DecapField[] | undefined = fields;
  for (const step of path) {
    if (typeof step === "number") {
      labels.push(String(step + 1));
      continue;
    }
    const field: DecapField | undefined = current?.find((candidate) => candidate.name === step);
    labels.push(field?.label ?? step);
    current = field?.fields;
  }
  return labels.join(" › ");
}

/** Every relation value in the data, with the collection it points at and its label path. */
function* relationsIn(
  fields: DecapField[],
  data: unknown,
  labels: string[] = [],
): Generator<{ collection: string; id: string; field: string }> {
  if (!data || typeof data !== "object") return;
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.name];
    const here = [...labels, field.label];
    if (field.widget === "relation" && field.collection) {
      for (const id of Array.isArray(value) ? value : [value]) {
        if (typeof id === "string") yield { collection: field.collection, id, field: here.join(" › ") };
      }
    } else if (field.fields) {
      for (const item of Array.isArray(value) ? value : [value]) yield* relationsIn(field.fields, item, here);
    }
  }
}

/** Every string of the data, with its path. */
function* stringsOf(
  value: unknown,
  path: (string | number)[] = [],
): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === "string") yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index]);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
  }
}

/** Whether the site publishes the entry, by the same flags the gate reads. */
function isPublished(collection: DecapCollection, data: Record<string, unknown>): boolean {
  if (data.draft === true) return false;
  if (collection.name !== "people") return true;
  const consent = (data.consent ?? {}) as Record<string, unknown>;
  return consent.name === true && consent.withdrawn !== true;
}

/** Checks an entry about to be saved; `data` is its front matter plus `body`, blanks removed. */
export function checkEntryForSave(data: Record<string, unknown>, context: SaveContext): SaveCheck {
  const { collection } = context;
  const fields = fieldsOf(collection);
  const problems: SaveProblem[] = [];
  const { [BODY_FIELD]: rawBody, ...frontMatter } = data;

  let body: string | undefined;
  if (typeof rawBody === "string") {
    body = prepareBody(rawBody);
    const bodyLabel = fields.find((field) => field.name === BODY_FIELD)?.label ?? BODY_FIELD;
    const result = body.trim() === "" ? undefined : processBody(body, { render: false });
    for (const problem of result && !result.ok ? result.problems : []) {
      // The saved body starts with a blank line; count lines as the editor sees them.
      const line = problem.line && problem.line > 1 ? problem.line - 1 : problem.line;
      problems.push({ field: bodyLabel, line, message: problem.vi });
    }
  }

  // The gate refuses invisible control characters in every field (they break the RSS feeds).
  for (const { path, text } of stringsOf(frontMatter)) {
    const found = unsafeCharacter(text);
    if (found) {
      problems.push({
        field: labelPath(fields, path),
        message: `có ký tự điều khiển không nhìn thấy (${found.codePoint}), thường do dán từ Word, PDF hay trang web: hãy xoá rồi gõ lại ô này`,
      });
    }
  }

  const parsed = context.schema.safeParse(frontMatter, PARSE_IN_VIETNAMESE);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: labelPath(fields, issuePath(issue)), message: issue.message });
    }
  }

  if (isPublished(collection, frontMatter)) {
    for (const relation of relationsIn(fields, frontMatter)) {
      const published = context.index[relation.collection as IndexedCollection];
      if (published && !(relation.id in published)) {
        problems.push({
          field: relation.field,
          message:
            `mục “${relation.id}” chưa có trên trang (bản nháp, chưa có phiếu đồng ý, hoặc vừa đăng mà trang ` +
            `chưa dựng lại xong) nên chưa liên kết tới được; hãy chọn mục đã đăng, hoặc lưu lại sau ít phút`,
        });
      }
    }
  }

  const identifier = collection.identifier_field;
  const named = String((identifier && frontMatter[identifier]) ?? "");
  if (context.isNew && identifier && UNSAFE_IN_FILE_NAME.test(named)) {
    problems.push({
      field: labelPath(fields, [identifier]),
      message: "tên tệp được đặt theo ô này, nên không được có dấu _ hoặc ~; hãy thay bằng dấu cách hoặc gạch ngang",
    });
  } else if (context.isNew && identifier && isReservedId(slugOf(named))) {
    problems.push({
      field: labelPath(fields, [identifier]),
      message: `tên tệp được đặt theo ô này và sẽ là “${slugOf(named)}”, trùng với một địa chỉ trang đã dùng (số trang của danh sách, “trang”, “in”, “rss”): hãy viết ô này dài hơn`,
    });
  }

  return { ...(body === undefined ? {} : { body }), problems };
}

/** The problems as one message, one problem a line. */
export function describeProblems(problems: SaveProblem[]): string {
  return problems
    .map((problem) => `${problem.field}${problem.line ? `, dòng ${problem.line}` : ""}: ${problem.message}`)
    .join("\n");
}
