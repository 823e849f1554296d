import type { FieldText } from "../src/i18n/field-texts";
import type { CollectionName } from "../src/schemas/shared";

/**
 * What only the CMS shows: how each collection is named in its menu, and the texts of the body
 * components' forms. The labels, hints and order of the entries' fields are shared with the
 * paper forms and live in `src/i18n/field-texts.ts`.
 */

/**
 * The forms of body components (pull quote, key figure, figure): the label of a pull quote's
 * text, and hints for props. Prop labels come from `src/lib/body/components.ts`; photo props
 * take the hints of the photo fields.
 */
export const componentTexts: { content: FieldText; hints: Record<string, string> } = {
  content: { label: "Lời trích dẫn", hint: "Câu nói nguyên văn, không cần dấu ngoặc kép." },
  hints: {
    attribution: "Ví dụ: Ông Nguyễn Văn Minh.",
    role: "Ví dụ: Chi hội trưởng Chi hội CCB thôn Đông; có thể bỏ trống.",
    value: "Ghi như muốn hiện, ví dụ: 1.200 hoặc 12 km.",
    label: "Ví dụ: mét đường bê tông do hội viên hiến đất.",
  },
};

/** How a collection is named in the CMS. */
export interface CollectionText {
  label: string;
  singular: string;
  description: string;
  /** File name template of new entries, when the title would make a poor id. */
  slug?: string;
}

/** The collections in the CMS's menu: what editors add most often first. */
export const COLLECTION_ORDER: readonly CollectionName[] = [
  "models",
  "people",
  "news",
  "documents",
  "units",
  "campaigns",
  "settings",
];

export const collectionTexts: Record<CollectionName, CollectionText> = {
  models: {
    label: "Mô hình",
    singular: "mô hình",
    description: "Mô hình “Dân vận khéo” tập thể của các cấp Hội.",
  },
  people: {
    label: "Điển hình",
    singular: "điển hình",
    description: "Điển hình “Dân vận khéo” cá nhân. Chỉ đăng khi người đó đã ký phiếu đồng ý.",
  },
  news: {
    label: "Tin tức",
    singular: "tin",
    description: "Tin hoạt động của phong trào.",
  },
  documents: {
    label: "Văn bản",
    singular: "văn bản",
    description: "Nghị quyết, kế hoạch, hướng dẫn… của phong trào, tóm tắt bằng lời của mình.",
  },
  units: {
    label: "Đơn vị Hội",
    singular: "đơn vị",
    description: "Các đơn vị Hội Cựu chiến binh: cấp tỉnh, huyện, khối cơ quan tỉnh và xã.",
    // Unit ids are short place names (`nho-quan`), not the full "Hội Cựu chiến binh huyện …".
    slug: "{{shortName}}",
  },
  campaigns: {
    label: "Giai đoạn thi đua",
    singular: "giai đoạn",
    description: "Các giai đoạn thi đua với chỉ tiêu và mốc thời gian.",
  },
  settings: {
    label: "Thông tin chung",
    singular: "thông tin chung",
    description: "Tên, địa chỉ, đầu mối báo chí và mạng xã hội của Hội.",
  },
};
