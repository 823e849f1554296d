import { z } from "astro/zod";
import { NEEDS_MESSAGE, NO_PHONE_MESSAGE } from "../schemas/replication";

const TYPE_NAMES: Record<string, string> = {
  string: "chữ",
  number: "số",
  boolean: "có/không",
  array: "danh sách",
  object: "nhóm trường",
  date: "ngày",
  null: "trống",
  undefined: "trống",
};

/** What a value is, in the words zod used to use for it: `null`, `array`, `date`, `number`… */
function kindOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "date";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}

/**
 * Turns zod's issues into sentences an editor understands, in Vietnamese. A message a schema
 * gives itself (`.min(5, "…")`) wins over this one; `undefined` leaves zod's own.
 */
export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      const received = kindOfValue(issue.input);
      if (received === "undefined") return "bắt buộc nhưng chưa điền";
      if (issue.expected === "string" && received === "number") {
        return "phải là chữ; số có số 0 ở đầu (như 015) hay dấu gạch chéo cần đặt trong ngoặc kép";
      }
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}, không phải ${TYPE_NAMES[received] ?? received}`;
    }
    case "invalid_value":
      return `giá trị “${String(issue.input)}” không hợp lệ; chọn một trong: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `trường không có trong mẫu: ${issue.keys.join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return `cần ít nhất ${String(issue.minimum)} ký tự`;
      if (issue.origin === "array") return `cần ít nhất ${String(issue.minimum)} mục`;
      return `phải từ ${String(issue.minimum)} trở lên`;
    case "too_big":
      if (issue.origin === "string") return `tối đa ${String(issue.maximum)} ký tự`;
      if (issue.origin === "array") return `tối đa ${String(issue.maximum)} mục`;
      return `không được quá ${String(issue.maximum)}`;
    default:
      return undefined;
  }
};

/**
 * How the gate and the CMS parse an entry: Vietnamese messages, and each issue keeps the value
 * it was about, so that the English line can say what was written (zod 4 no longer says what
 * type it received).
 */
export const PARSE_IN_VIETNAMESE = { error: vietnameseErrorMap, reportInput: true } as const;

/** Where an issue is in the data: keys and list indexes (zod allows symbol keys, which YAML never has). */
export function issuePath(issue: { path: readonly PropertyKey[] }): (string | number)[] {
  return issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
}

/** English for the rules our schemas and the gate add themselves, keyed by their Vietnamese message. */
export const CUSTOM_RULES_IN_ENGLISH: Readonly<Record<string, string>> = {
  "ngày kết thúc phải sau ngày bắt đầu": "the end date must come after the start date",
  "ngày kết thúc trước ngày bắt đầu": "the end date is before the start date",
  "năm ban hành không khớp với ngày ban hành": "the year does not match the date of issue",
  "cần ghi ngày rút lại đồng ý": "a withdrawn consent needs the date of withdrawal",
  "người này không đồng ý công bố năm sinh: hãy bỏ trống năm sinh":
    "the person did not consent to publishing the birth year, but it is filled",
  "người này không đồng ý công bố ảnh: hãy bỏ ảnh chân dung":
    "the person did not consent to publishing a photo, but a portrait is filled",
  "đã công nhận thì cần số và ngày quyết định công nhận": "a recognised entry needs its recognition decision",
  "có quyết định công nhận thì trạng thái phải là “đã công nhận”":
    "an entry with a recognition decision must have the status recognised",
  "ngày công nhận không thể trước ngày đăng ký": "recognition cannot come before registration",
  "đơn vị dưới cấp tỉnh cần đơn vị cấp trên": "a unit below the province needs a parent unit",
  "tệp PDF phải nằm trong /van-ban/ và có tên không dấu":
    "the PDF must be a file under /van-ban/ with a lower-case ASCII name, e.g. /van-ban/ke-hoach-20.pdf",
  "mã mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang": "an id is lower-case ASCII letters, digits and hyphens",
  "ngày không có thật hoặc không đúng dạng YYYY-MM-DD": "not a real day, or not written YYYY-MM-DD",
  "số điện thoại cơ quan không hợp lệ": "not a phone number (digits, spaces, + . ( ) -, 8 to 20 characters)",
  "thư điện tử không hợp lệ": "not an e-mail address",
  "đơn vị đã hợp nhất vào đơn vị khác thì cần ngày kết thúc": "a unit with a successor needs its last day",
  "các lần đổi đơn vị cấp trên phải theo thứ tự ngày, trong thời gian đơn vị hoạt động":
    "changes of parent must be in date order, within the unit's dates",
  "mỗi cấp chỉ ghi một lần": "each level may be listed only once",
  [NO_PHONE_MESSAGE]:
    "no phone numbers in the how-to section: name the unit or office to contact through the association",
  [NEEDS_MESSAGE]: "the how-to section needs at least one of people, money, time or materials",
};

const quoted = (values: readonly unknown[]) => values.map((value) => `'${String(value)}'`);

/** zod's English messages, for the issues we have no sentence of our own for. */
const ENGLISH = z.locales.en();

/** English names of the text forms zod checks. */
const FORMS_IN_ENGLISH: Readonly<Record<string, string>> = { date: "date", email: "email", url: "url", regex: "" };

/**
 * A plain English sentence for a zod issue (parsed with `PARSE_IN_VIETNAMESE`): ours for our own
 * rules, the familiar wording for zod's.
 */
export function englishFor(issue: z.core.$ZodIssue): string {
  // Our own rules are found by their message, whether zod files them as custom or as a pattern.
  const ours = CUSTOM_RULES_IN_ENGLISH[issue.message];
  if (ours) return ours;
  switch (issue.code) {
    case "custom":
      return "does not meet a rule of its schema";
    case "invalid_type": {
      const received = kindOfValue(issue.input);
      return received === "undefined" ? "Required" : `Expected ${issue.expected}, received ${received}`;
    }
    case "invalid_value":
      return `Invalid enum value. Expected ${quoted(issue.values).join(" | ")}, received '${String(issue.input)}'`;
    case "unrecognized_keys":
      return `Unrecognized key(s) in object: ${quoted(issue.keys).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return `String must contain at least ${String(issue.minimum)} character(s)`;
      if (issue.origin === "array") return `Array must contain at least ${String(issue.minimum)} element(s)`;
      return `Number must be greater than or equal to ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "string") return `String must contain at most ${String(issue.maximum)} character(s)`;
      if (issue.origin === "array") return `Array must contain at most ${String(issue.maximum)} element(s)`;
      return `Number must be less than or equal to ${String(issue.maximum)}`;
    case "invalid_format":
      return `Invalid ${FORMS_IN_ENGLISH[issue.format] ?? issue.format}`.trim();
    default: {
      // zod's own English for the rest (a union, a multiple of…).
      const said = ENGLISH.localeError(issue as unknown as z.core.$ZodRawIssue);
      return (typeof said === "string" ? said : said?.message) ?? "invalid value";
    }
  }
}
