import { z, type ZodErrorMap } from "astro/zod";

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
