/**
 * The allow-list: the only components an editor may write in an entry body. Each one takes
 * literal string props and renders to plain HTML, the same on the site and in the CMS preview.
 */
export interface ComponentSpec {
  /** Props that must be present, with a Vietnamese label for messages and the CMS. */
  required: Record<string, string>;
  /** Props that may be present. */
  optional: Record<string, string>;
  /** Whether Markdown may be written between the opening and closing tags. */
  children: boolean;
  /** What the component is for, shown to editors. */
  label: string;
}

export const BODY_COMPONENTS = {
  PullQuote: {
    label: "Trích dẫn nổi bật",
    required: { attribution: "Người nói" },
    optional: { role: "Chức danh người nói" },
    children: true,
  },
  KeyFigure: {
    label: "Con số nổi bật",
    required: { value: "Con số", label: "Ý nghĩa con số" },
    optional: {},
    children: false,
  },
  Figure: {
    label: "Ảnh có chú thích",
    required: { src: "Tệp ảnh", alt: "Mô tả ảnh", credit: "Nguồn ảnh" },
    optional: { caption: "Chú thích" },
    children: false,
  },
} as const satisfies Record<string, ComponentSpec>;

export type BodyComponentName = keyof typeof BODY_COMPONENTS;

export function isBodyComponent(name: string | null): name is BodyComponentName {
  return name !== null && Object.hasOwn(BODY_COMPONENTS, name);
}
