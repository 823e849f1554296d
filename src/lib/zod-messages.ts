import { z, type ZodErrorMap } from "astro/zod";
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

/** Turns zod's issues into sentences an editor understands, in Vietnamese. */
export const vietnameseErrorMap: ZodErrorMap = (issue, context) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === "undefined") return { message: "bắt buộc nhưng chưa điền" };
      if (issue.expected === "string" && issue.received === "number") {
        return { message: "phải là chữ; số có số 0 ở đầu (như 015) hay dấu gạch chéo cần đặt trong ngoặc kép" };
      }
      return {
        message: `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}, không phải ${TYPE_NAMES[issue.received] ?? issue.received}`,
      };
    case z.ZodIssueCode.invalid_enum_value:
      return {
        message: `giá trị “${String(issue.received)}” không hợp lệ; chọn một trong: ${issue.options.join(", ")}`,
      };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `trường không có trong mẫu: ${issue.keys.join(", ")}` };
    case z.ZodIssueCode.too_small:
      if (issue.type === "string") return { message: `cần ít nhất ${String(issue.minimum)} ký tự` };
      if (issue.type === "array") return { message: `cần ít nhất ${String(issue.minimum)} mục` };
      return { message: `phải từ ${String(issue.minimum)} trở lên` };
    case z.ZodIssueCode.too_big:
      if (issue.type === "string") return { message: `tối đa ${String(issue.maximum)} ký tự` };
      if (issue.type === "array") return { message: `tối đa ${String(issue.maximum)} mục` };
      return { message: `không được quá ${String(issue.maximum)}` };
    default:
      return { message: context.defaultError };
  }
};

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

/**
 * A plain English sentence for a zod issue: ours for a rule with our own message (a custom
 * rule, a pattern, a date), else zod's own wording, which for a pattern is only "Invalid".
 */
export function englishFor(issue: z.ZodIssue): string {
  // Our own rules are found by their message, whether zod files them as custom or as a pattern.
  const ours = CUSTOM_RULES_IN_ENGLISH[issue.message];
  if (ours) return ours;
  if (issue.code === z.ZodIssueCode.custom) return "does not meet a rule of its schema";
  return z.defaultErrorMap(issue, { defaultError: "invalid value", data: undefined }).message;
}
